import { badRequest } from './errors';
import type { Input } from './input';

/** API Gateway's JSON-Patch-like operations (UpdateRestApi, UpdateStage ...). */
export type PatchOp = 'add' | 'remove' | 'replace';

export interface PatchRule<T> {
  /** `/name`, `/variables/{}`, `/{}/{}/throttling/rateLimit`: `{}` is any one segment. */
  path: string;
  ops: PatchOp[];
  /** `keys` are the raw (still `~1`-escaped) segments the `{}`s matched. */
  apply(target: T, op: PatchOp, value: string | undefined, keys: string[]): void;
}

interface PatchOperation {
  op: string;
  path: string;
  value?: string;
}

function operations(input: Input): PatchOperation[] {
  const list = input.patchOperations ?? [];
  if (!Array.isArray(list)) throw badRequest('Invalid patch operations');
  return list.map((entry: unknown) => {
    if (typeof entry !== 'object' || entry === null) throw badRequest('Invalid patch operation');
    const { op, path, value } = entry as Record<string, unknown>;
    if (typeof op !== 'string' || typeof path !== 'string') throw badRequest('Invalid patch operation: op and path are required');
    return { op, path, value: typeof value === 'string' ? value : undefined };
  });
}

/** JSON Pointer escapes, as API Gateway uses them in paths (`/requestModels/application~1json`). */
export const unescapeSegment = (segment: string) => segment.replace(/~1/g, '/').replace(/~0/g, '~');

function match(template: string, path: string): string[] | undefined {
  const want = template.split('/');
  const got = path.split('/');
  if (want.length !== got.length) return undefined;
  const keys: string[] = [];
  for (let i = 0; i < want.length; i += 1) {
    if (want[i] === '{}') {
      if (!got[i]) return undefined;
      keys.push(got[i] as string);
    } else if (want[i] !== got[i]) return undefined;
  }
  return keys;
}

/**
 * Applies the request's patch operations to a copy of `target` and returns it: every operation
 * applies or none does, as on AWS. An unknown path or op answers AWS's BadRequestException listing
 * the paths that op accepts.
 */
export function applyPatch<T>(input: Input, target: T, rules: PatchRule<T>[]): T {
  const copy = structuredClone(target);
  for (const operation of operations(input)) {
    if (!['add', 'remove', 'replace', 'move', 'copy', 'test'].includes(operation.op))
      throw badRequest(`Invalid patch operation specified. Must be one of: [add, remove, replace, move, copy, test]`);
    const op = operation.op as PatchOp;
    let applied = false;
    for (const rule of rules) {
      if (!rule.ops.includes(op)) continue;
      const keys = match(rule.path, operation.path);
      if (!keys) continue;
      rule.apply(copy, op, operation.value, keys);
      applied = true;
      break;
    }
    if (!applied) {
      const allowed = rules.filter((rule) => rule.ops.includes(op)).map((rule) => rule.path.replace(/\{\}/g, '*'));
      throw badRequest(`Invalid patch path  '${operation.path}' specified for op '${operation.op}'. Must be one of: [${allowed.join(', ')}]`);
    }
  }
  return copy;
}

export function patchBool(value: string | undefined): boolean {
  if (value !== 'true' && value !== 'false') throw badRequest(`Invalid boolean value: ${value ?? 'null'}`);
  return value === 'true';
}

export function patchNumber(value: string | undefined, what: string): number {
  const number = Number(value);
  if (value === undefined || value.trim() === '' || !Number.isFinite(number)) throw badRequest(`Invalid ${what}: ${value ?? 'null'}`);
  return number;
}

/** A replace-only string field; `remove` clears it where AWS allows that. */
export function stringRule<T>(path: string, set: (target: T, value: string | undefined) => void, removable = false): PatchRule<T> {
  return {
    path,
    ops: removable ? ['replace', 'remove'] : ['replace'],
    apply: (target, op, value) => set(target, op === 'remove' ? undefined : value),
  };
}

/** A map entry (`/variables/{}`, `/requestTemplates/{}`): add/replace sets it, remove drops it. */
export function mapEntryRule<T>(path: string, map: (target: T) => Record<string, string>): PatchRule<T> {
  return {
    path: `${path}/{}`,
    ops: ['add', 'replace', 'remove'],
    apply: (target, op, value, keys) => {
      const key = unescapeSegment(keys[keys.length - 1] as string);
      if (op === 'remove') delete map(target)[key];
      else map(target)[key] = value ?? '';
    },
  };
}
