import { describe, expect, it } from 'vitest';
import { inferJsonSchema, inferSchemaText, JSON_SCHEMA_DRAFT_4 } from '../../../shared/domain/json-schema-infer';

describe('inferJsonSchema', () => {
  it('infers the churn payload as the seed models it: required instances, non-empty arrays of non-empty arrays of numbers', () => {
    expect(inferJsonSchema({ instances: [[0.5, 1.2, 3.4]] }, 'ChurnPayload')).toEqual({
      $schema: JSON_SCHEMA_DRAFT_4,
      title: 'ChurnPayload',
      type: 'object',
      required: ['instances'],
      properties: { instances: { type: 'array', minItems: 1, items: { type: 'array', minItems: 1, items: { type: 'number' } } } },
    });
  });

  it('calls whole numbers number, so a later fractional value still passes', () => {
    expect(inferJsonSchema([24, 70.5, 1]).items).toEqual({ type: 'number' });
    expect(inferJsonSchema(3).type).toBe('number');
  });

  it('merges the objects of an array: every key known, only the keys all of them had required', () => {
    const schema = inferJsonSchema([
      { id: 'a', score: 1, note: 'x' },
      { id: 'b', score: 2 },
    ]);
    expect(schema.items).toEqual({
      type: 'object',
      properties: { id: { type: 'string' }, score: { type: 'number' }, note: { type: 'string' } },
      required: ['id', 'score'],
    });
  });

  it('lists the types of mixed values, and says nothing about the items of an empty array', () => {
    expect(inferJsonSchema([1, 'two', null]).items).toEqual({ type: ['number', 'string', 'null'] });
    expect(inferJsonSchema({ tags: [] }).properties?.tags).toEqual({ type: 'array' });
    expect(inferJsonSchema([[], [1]]).items).toEqual({ type: 'array' });
    expect(inferJsonSchema({ flag: true }).properties?.flag).toEqual({ type: 'boolean' });
  });

  it('reads a sample typed as text, and says why text that is not JSON cannot be read', () => {
    const result = inferSchemaText('{"instances": [[1, 2]]}');
    expect('schema' in result && JSON.parse(result.schema)).toMatchObject({ type: 'object', required: ['instances'] });
    const bad = inferSchemaText('{"instances": [[1, 2]]');
    expect('error' in bad && bad.error).toMatch(/^The sample is not JSON: /);
  });
});
