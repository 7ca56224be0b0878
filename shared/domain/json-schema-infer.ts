/**
 * A JSON Schema (draft 4, what API Gateway models take) inferred from one sample payload: the
 * shape the sample has, no more. Every key of an object is required, every array is non-empty,
 * and every number is a `number` (never `integer`): a model fed `[24, 70.5]` today gets `[24.5, 70]`
 * tomorrow, and a validator that refuses it would break callers for nothing.
 */

export const JSON_SCHEMA_DRAFT_4 = 'http://json-schema.org/draft-04/schema#';

export interface JsonSchema {
  $schema?: string;
  title?: string;
  type?: JsonType | JsonType[];
  properties?: Record<string, JsonSchema>;
  required?: string[];
  items?: JsonSchema;
  minItems?: number;
}

type JsonType = 'object' | 'array' | 'string' | 'number' | 'boolean' | 'null';

function typeOf(value: unknown): JsonType {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  if (typeof value === 'number') return 'number';
  if (typeof value === 'string') return 'string';
  if (typeof value === 'boolean') return 'boolean';
  return 'object';
}

function schemaOf(value: unknown): JsonSchema {
  const type = typeOf(value);
  if (type === 'object') {
    const entries = Object.entries(value as Record<string, unknown>);
    const schema: JsonSchema = { type, properties: Object.fromEntries(entries.map(([key, inner]) => [key, schemaOf(inner)])) };
    if (entries.length > 0) schema.required = entries.map(([key]) => key);
    return schema;
  }
  if (type === 'array') {
    const items = value as unknown[];
    if (items.length === 0) return { type };
    return { type, minItems: 1, items: items.map(schemaOf).reduce(merge) };
  }
  return { type };
}

const typesOf = (schema: JsonSchema): JsonType[] => (schema.type === undefined ? [] : Array.isArray(schema.type) ? schema.type : [schema.type]);

/** One schema both samples satisfy: types joined; object keys required only where every sample had them. */
function merge(a: JsonSchema, b: JsonSchema): JsonSchema {
  const types = [...new Set([...typesOf(a), ...typesOf(b)])];
  if (types.length > 1) return { type: types };
  const merged: JsonSchema = { ...a };
  if (a.properties && b.properties) {
    const keys = [...new Set([...Object.keys(a.properties), ...Object.keys(b.properties)])];
    merged.properties = Object.fromEntries(
      keys.map((key) => {
        const left = a.properties?.[key];
        const right = b.properties?.[key];
        return [key, left && right ? merge(left, right) : (left ?? right ?? {})];
      }),
    );
    const required = (a.required ?? []).filter((key) => b.required?.includes(key));
    if (required.length > 0) merged.required = required;
    else delete merged.required;
  }
  if (a.type === 'array') {
    if (a.items && b.items) merged.items = merge(a.items, b.items);
    else {
      // One of them was an empty array: its items say nothing, and it allowed no items at all.
      delete merged.items;
      delete merged.minItems;
    }
  }
  return merged;
}

/** The draft-4 schema of a parsed sample, with `$schema` and an optional title. */
export function inferJsonSchema(sample: unknown, title?: string): JsonSchema {
  return { $schema: JSON_SCHEMA_DRAFT_4, ...(title ? { title } : {}), ...schemaOf(sample) };
}

/** The schema of a sample typed as text, pretty-printed; or why the text is not JSON. */
export function inferSchemaText(sampleText: string, title?: string): { schema: string } | { error: string } {
  let sample: unknown;
  try {
    sample = JSON.parse(sampleText);
  } catch (error) {
    return { error: `The sample is not JSON: ${error instanceof Error ? error.message : String(error)}` };
  }
  return { schema: JSON.stringify(inferJsonSchema(sample, title), null, 2) };
}
