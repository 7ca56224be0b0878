/**
 * Turns awsQuery's flattened form members back into the nested input a handler expects:
 * `Tags.member.1.Key=a` → `{ Tags: [{ Key: 'a' }] }`, `Attrs.entry.1.key=k&Attrs.entry.1.value=v`
 * → `{ Attrs: { k: 'v' } }`, and flattened lists (`Names.1=a`) → `{ Names: ['a'] }`.
 */
export function decodeQueryMembers(params: URLSearchParams): Record<string, unknown> {
  const root: Record<string, unknown> = {};
  for (const [key, value] of params) {
    if (key === 'Action' || key === 'Version') continue;
    const parts = key.split('.');
    let node = root;
    for (let i = 0; i < parts.length - 1; i += 1) {
      const part = parts[i] as string;
      const child = node[part];
      if (typeof child === 'object' && child !== null) {
        node = child as Record<string, unknown>;
      } else {
        const created: Record<string, unknown> = {};
        node[part] = created;
        node = created;
      }
    }
    node[parts[parts.length - 1] as string] = value;
  }
  return normalise(root) as Record<string, unknown>;
}

function isIndexed(node: Record<string, unknown>): boolean {
  const keys = Object.keys(node);
  return keys.length > 0 && keys.every((key) => /^[1-9]\d*$/.test(key));
}

function indexedValues(node: Record<string, unknown>): unknown[] {
  return Object.keys(node)
    .sort((a, b) => Number(a) - Number(b))
    .map((key) => normalise(node[key]));
}

function normalise(value: unknown): unknown {
  if (typeof value !== 'object' || value === null) return value;
  const node = value as Record<string, unknown>;
  const keys = Object.keys(node);
  if (
    keys.length === 1 &&
    keys[0] === 'member' &&
    typeof node.member === 'object' &&
    node.member !== null &&
    isIndexed(node.member as Record<string, unknown>)
  ) {
    return indexedValues(node.member as Record<string, unknown>);
  }
  if (
    keys.length === 1 &&
    keys[0] === 'entry' &&
    typeof node.entry === 'object' &&
    node.entry !== null &&
    isIndexed(node.entry as Record<string, unknown>)
  ) {
    const map: Record<string, unknown> = {};
    for (const entry of indexedValues(node.entry as Record<string, unknown>)) {
      if (typeof entry !== 'object' || entry === null) continue;
      const pair = entry as Record<string, unknown>;
      const key = pair.key ?? pair.Key ?? pair.Name;
      if (typeof key === 'string') map[key] = pair.value ?? pair.Value;
    }
    return map;
  }
  if (isIndexed(node)) return indexedValues(node);
  const out: Record<string, unknown> = {};
  for (const key of keys) out[key] = normalise(node[key]);
  return out;
}
