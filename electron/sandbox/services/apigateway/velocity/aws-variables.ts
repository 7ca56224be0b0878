import { JsonPathError, selectJsonPath } from './jsonpath';
import { Host, toText } from './values';

/** What a mapping template sees of the request (or, in a response template, of the integration's answer). */
export interface TemplateInput {
  /** The payload as received: the method request body, or the integration response body. */
  body: string;
  params: {
    path: Record<string, string>;
    querystring: Record<string, string>;
    header: Record<string, string>;
  };
}

export interface TemplateVariables {
  input: TemplateInput;
  /** `$context`: requestId, stage, httpMethod, resourcePath, identity, error … */
  context: Record<string, unknown>;
  stageVariables: Record<string, string>;
}

/** Parsed once per template run: `$input.json` and `$input.path` read the same document. */
function lazyJson(body: string): () => unknown {
  let parsed: { value: unknown } | undefined;
  return () => {
    if (!parsed) {
      // An empty payload reads as an empty object, as API Gateway's `$input.json('$')` gives `{}`.
      if (body.trim() === '') parsed = { value: {} };
      else {
        try {
          parsed = { value: JSON.parse(body) as unknown };
        } catch {
          throw new Error('the payload is not valid JSON');
        }
      }
    }
    return parsed.value;
  };
}

function select(document: () => unknown, path: unknown): unknown {
  try {
    return selectJsonPath(document(), toText(path));
  } catch (error) {
    if (error instanceof JsonPathError) throw error;
    throw error;
  }
}

function lookupParam(params: TemplateInput['params'], name: string): string {
  if (Object.hasOwn(params.path, name)) return params.path[name] ?? '';
  if (Object.hasOwn(params.querystring, name)) return params.querystring[name] ?? '';
  const header = Object.keys(params.header).find((key) => key.toLowerCase() === name.toLowerCase());
  return header === undefined ? '' : (params.header[header] ?? '');
}

export function inputHost(input: TemplateInput): Host {
  const document = lazyJson(input.body);
  return new Host('input', {
    body: input.body,
    json: ([path]: unknown[]) => {
      const value = select(document, path ?? '$');
      return value === undefined ? '' : JSON.stringify(value);
    },
    path: ([path]: unknown[]) => {
      const value = select(document, path ?? '$');
      // A copy, so a template changing what it read (#set($p.x = 1)) cannot change the next read.
      return value === undefined ? null : (structuredClone(value) as unknown);
    },
    params: ([name]: unknown[]) =>
      name === undefined
        ? { path: { ...input.params.path }, querystring: { ...input.params.querystring }, header: { ...input.params.header } }
        : lookupParam(input.params, toText(name)),
  });
}

/**
 * Apache Commons' escapeJavaScript, which `$util.escapeJavaScript` is: quotes, backslash, slash
 * and control characters escaped, non-ASCII as \uXXXX.
 */
export function escapeJavaScript(text: string): string {
  let out = '';
  for (const char of text) {
    const code = char.codePointAt(0) ?? 0;
    if (char === '"' || char === "'" || char === '\\' || char === '/') out += `\\${char}`;
    else if (char === '\n') out += '\\n';
    else if (char === '\r') out += '\\r';
    else if (char === '\t') out += '\\t';
    else if (char === '\b') out += '\\b';
    else if (char === '\f') out += '\\f';
    else if (code < 0x20 || code > 0x7e) {
      for (const unit of char.length === 1 ? [code] : [char.charCodeAt(0), char.charCodeAt(1)]) out += `\\u${unit.toString(16).toUpperCase().padStart(4, '0')}`;
    } else out += char;
  }
  return out;
}

/** Java's URLEncoder (form encoding: a space is '+'). */
function urlEncode(text: string): string {
  return encodeURIComponent(text)
    .replace(/%20/g, '+')
    .replace(/[!'()~]/g, (char) => `%${char.charCodeAt(0).toString(16).toUpperCase()}`);
}

export const UTIL_HOST = new Host('util', {
  escapeJavaScript: ([text]: unknown[]) => escapeJavaScript(toText(text)),
  parseJson: ([text]: unknown[]) => JSON.parse(toText(text)) as unknown,
  urlEncode: ([text]: unknown[]) => urlEncode(toText(text)),
  urlDecode: ([text]: unknown[]) => decodeURIComponent(toText(text).replace(/\+/g, ' ')),
  base64Encode: ([text]: unknown[]) => Buffer.from(toText(text), 'utf8').toString('base64'),
  base64Decode: ([text]: unknown[]) => Buffer.from(toText(text), 'base64').toString('utf8'),
});

/** The variables every API Gateway mapping template is rendered with. */
export function mappingVariables(variables: TemplateVariables): Record<string, unknown> {
  return {
    input: inputHost(variables.input),
    util: UTIL_HOST,
    context: structuredClone(variables.context),
    stageVariables: { ...variables.stageVariables },
  };
}
