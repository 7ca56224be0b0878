/**
 * The JSONPath subset API Gateway users write in `$input.json()` / `$input.path()`: `$`, `.name`,
 * `['name']`, `[n]` and the `[*]` / `.*` wildcard. A path with a wildcard selects a list of matches.
 */

type Step = { kind: 'name'; name: string } | { kind: 'index'; index: number } | { kind: 'all' };

export class JsonPathError extends Error {}

function parsePath(path: string): Step[] {
  const text = path.trim();
  if (!text.startsWith('$')) throw new JsonPathError(`Invalid JSONPath '${path}': it must start with $`);
  const steps: Step[] = [];
  let i = 1;
  while (i < text.length) {
    const char = text[i];
    if (char === '.') {
      if (text[i + 1] === '*') {
        steps.push({ kind: 'all' });
        i += 2;
        continue;
      }
      const match = /^[^.[\]\s]+/.exec(text.slice(i + 1));
      if (!match) throw new JsonPathError(`Invalid JSONPath '${path}': a name must follow '.' at ${i}`);
      steps.push({ kind: 'name', name: match[0] });
      i += 1 + match[0].length;
    } else if (char === '[') {
      const close = text.indexOf(']', i);
      if (close < 0) throw new JsonPathError(`Invalid JSONPath '${path}': '[' at ${i} is not closed`);
      const inner = text.slice(i + 1, close).trim();
      if (inner === '*') steps.push({ kind: 'all' });
      else if (/^-?\d+$/.test(inner)) steps.push({ kind: 'index', index: Number(inner) });
      else if (/^'.*'$|^".*"$/.test(inner)) steps.push({ kind: 'name', name: inner.slice(1, -1) });
      else throw new JsonPathError(`Invalid JSONPath '${path}': unsupported selector [${inner}]`);
      i = close + 1;
    } else {
      throw new JsonPathError(`Invalid JSONPath '${path}': unexpected '${char}' at ${i}`);
    }
  }
  return steps;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function apply(step: Step, value: unknown): unknown[] {
  if (step.kind === 'name') return isRecord(value) && Object.hasOwn(value, step.name) ? [value[step.name]] : [];
  if (step.kind === 'index') {
    if (!Array.isArray(value)) return [];
    const index = step.index < 0 ? value.length + step.index : step.index;
    return index >= 0 && index < value.length ? [value[index] as unknown] : [];
  }
  if (Array.isArray(value)) return value as unknown[];
  return isRecord(value) ? Object.values(value) : [];
}

/** The selected value: one value for a definite path (undefined when absent), a list with a wildcard. */
export function selectJsonPath(document: unknown, path: string): unknown {
  const steps = parsePath(path);
  let current: unknown[] = [document];
  for (const step of steps) current = current.flatMap((value) => apply(step, value));
  if (steps.some((step) => step.kind === 'all')) return current;
  return current[0];
}
