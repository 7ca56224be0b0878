import type { ApiDetail, MethodView } from '../../../../../../shared/domain/apis';

/** The sample a test starts from: the churn-style payload for a SageMaker integration, `{}` otherwise, nothing for GET. */
export function defaultTestBody(method: MethodView): string {
  if (method.httpMethod === 'GET' || method.httpMethod === 'HEAD') return '';
  return method.integration?.endpointName ? '{"instances": [[0.5, 1.2, 3.4]]}' : '{}';
}

/** The content type the method models first (what its validator and template expect), else JSON. */
export function defaultContentType(method: MethodView): string {
  return Object.keys(method.requestModels)[0] ?? Object.keys(method.integration?.requestTemplates ?? {})[0] ?? 'application/json';
}

/** `Name: value` lines as typed in the headers box; the first line that is not one says so. */
export function parseHeaderLines(text: string): { headers: Record<string, string> } | { error: string } {
  const headers: Record<string, string> = {};
  for (const [index, line] of text.split('\n').entries()) {
    if (line.trim() === '') continue;
    const colon = line.indexOf(':');
    const name = colon > 0 ? line.slice(0, colon).trim() : '';
    if (!/^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/.test(name)) return { error: `Line ${index + 1} is not a header: write Name: value.` };
    headers[name] = line.slice(colon + 1).trim();
  }
  return { headers };
}

/** The Content-Type among typed headers, whatever its case. */
export function contentTypeOf(headers: Record<string, string>): string | undefined {
  return Object.entries(headers).find(([name]) => name.toLowerCase() === 'content-type')?.[1];
}

/** The API keys of the usage plans that cover this stage: their ids only (the core reads the values). */
export function apiKeysForStage(api: ApiDetail, stageName: string): string[] {
  const stage = `${api.summary.id}/${stageName}`;
  return [...new Set(api.usagePlans.filter((plan) => plan.stages.includes(stage)).flatMap((plan) => plan.apiKeyIds))];
}
