import type { Statement } from './types';

const list = (value: unknown): string[] | undefined => {
  if (value === undefined) return undefined;
  return (Array.isArray(value) ? value : [value]).map(String);
};

function conditionBlock(value: unknown): Statement['condition'] {
  if (typeof value !== 'object' || value === null) return undefined;
  const block: NonNullable<Statement['condition']> = {};
  for (const [op, keys] of Object.entries(value as Record<string, unknown>)) {
    if (typeof keys !== 'object' || keys === null) continue;
    block[op] = Object.fromEntries(Object.entries(keys as Record<string, unknown>).map(([key, values]) => [key, list(values) ?? []]));
  }
  return block;
}

/** A parsed (already validated) policy document's statements, each element as a list. */
export function statementsOf(document: unknown): Statement[] {
  const raw = (document as { Statement?: unknown } | null)?.Statement;
  const items = Array.isArray(raw) ? raw : raw === undefined ? [] : [raw];
  return items.map((item) => {
    const s = item as Record<string, unknown>;
    return {
      sid: typeof s.Sid === 'string' ? s.Sid : undefined,
      effect: s.Effect === 'Deny' ? 'Deny' : 'Allow',
      action: list(s.Action),
      notAction: list(s.NotAction),
      resource: list(s.Resource),
      notResource: list(s.NotResource),
      condition: conditionBlock(s.Condition),
    };
  });
}
