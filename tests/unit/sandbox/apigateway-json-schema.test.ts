import { describe, expect, it } from 'vitest';
import { validateBodyAgainstModel, validateJsonSchema } from '../../../electron/sandbox/services/apigateway/json-schema';
import type { ModelRecord } from '../../../electron/sandbox/services/apigateway/model';

const CHURN_PAYLOAD = {
  $schema: 'http://json-schema.org/draft-04/schema#',
  type: 'object',
  required: ['instances'],
  properties: { instances: { type: 'array', minItems: 1, items: { type: 'array', minItems: 1, items: { type: 'number' } } } },
};

function model(name: string, schema: unknown): ModelRecord {
  return { id: name, name, contentType: 'application/json', schema: JSON.stringify(schema) };
}

describe('API Gateway model validation (JSON Schema draft 4)', () => {
  it("reports AWS's validationErrorString for the churn payload", () => {
    const models = { ChurnPayload: model('ChurnPayload', CHURN_PAYLOAD) };
    expect(validateBodyAgainstModel('api1', models, 'ChurnPayload', '{"instances":[[1,2.5],[3,4]]}')).toBeUndefined();
    expect(validateBodyAgainstModel('api1', models, 'ChurnPayload', '{"rows":[]}')).toBe('[object has missing required properties (["instances"])]');
    expect(validateBodyAgainstModel('api1', models, 'ChurnPayload', '{"instances":[]}')).toBe('[array is too short: must have at least 1 elements but instance has 0 elements]');
    expect(validateBodyAgainstModel('api1', models, 'ChurnPayload', '{"instances":[["a", 1, null]]}')).toBe(
      '[instance type (string) does not match any allowed primitive type (allowed: ["number"]), instance type (null) does not match any allowed primitive type (allowed: ["number"])]',
    );
    expect(validateBodyAgainstModel('api1', models, 'ChurnPayload', 'not json')).toBe('[Unknown error parsing request body]');
  });

  it('checks types (incl. lists of types), numbers, strings, enums and extra properties', () => {
    const schema = {
      type: 'object',
      additionalProperties: false,
      properties: {
        id: { type: ['string', 'null'], minLength: 2, maxLength: 4, pattern: '^[a-z]+$' },
        n: { type: 'integer', minimum: 1, maximum: 10 },
        x: { type: 'number', minimum: 0, exclusiveMinimum: true, maximum: 1, exclusiveMaximum: true },
        kind: { enum: ['a', 'b'] },
      },
    };
    expect(validateJsonSchema(schema, { id: null, n: 3, x: 0.5, kind: 'a' })).toEqual([]);
    expect(validateJsonSchema(schema, { id: 'a', n: 2.5, x: 0, kind: 'c', other: 1, again: 2 })).toEqual([
      'object instance has properties which are not allowed by the schema: ["again","other"]',
      'string "a" is too short (length: 1, required minimum: 2)',
      'instance type (number) does not match any allowed primitive type (allowed: ["integer"])',
      'numeric instance is not strictly greater than the required minimum 0',
      'instance value ("c") not found in enum (possible values: ["a","b"])',
    ]);
    expect(validateJsonSchema(schema, { id: 'ABCDE', n: 11, x: 1 })).toEqual([
      'string "ABCDE" is too long (length: 5, maximum allowed: 4)',
      'ECMA 262 regex "^[a-z]+$" does not match input string "ABCDE"',
      'numeric instance is greater than the required maximum (maximum: 10, found: 11)',
      'numeric instance is not strictly lower than the required maximum 1',
    ]);
    expect(validateJsonSchema({ type: 'integer', minimum: 0 }, -1)).toEqual(['numeric instance is lower than the required minimum (minimum: 0, found: -1)']);
  });

  it('validates tuples and maxItems', () => {
    const schema = { type: 'array', maxItems: 2, items: [{ type: 'string' }, { type: 'number' }] };
    expect(validateJsonSchema(schema, ['a', 1])).toEqual([]);
    expect(validateJsonSchema(schema, [1, 'a', 3])).toEqual([
      'array is too long: must have at most 2 elements but instance has 3 elements',
      'instance type (integer) does not match any allowed primitive type (allowed: ["string"])',
      'instance type (string) does not match any allowed primitive type (allowed: ["number"])',
    ]);
  });

  it('follows $ref to definitions and to other models by their API Gateway URL', () => {
    const models = {
      Row: model('Row', { type: 'array', items: { $ref: '#/definitions/cell' }, definitions: { cell: { type: 'number' } } }),
      Batch: model('Batch', {
        type: 'object',
        required: ['instances'],
        properties: { instances: { type: 'array', items: { $ref: 'https://apigateway.amazonaws.com/restapis/api1/models/Row' } } },
      }),
    };
    expect(validateBodyAgainstModel('api1', models, 'Batch', '{"instances":[[1,2]]}')).toBeUndefined();
    expect(validateBodyAgainstModel('api1', models, 'Batch', '{"instances":[[1,"x"]]}')).toBe('[instance type (string) does not match any allowed primitive type (allowed: ["number"])]');
    const dangling = { Bad: model('Bad', { $ref: 'https://apigateway.amazonaws.com/restapis/api1/models/Nope' }) };
    expect(validateBodyAgainstModel('api1', dangling, 'Bad', '{}')).toBe('[unable to dereference JSON Reference "https://apigateway.amazonaws.com/restapis/api1/models/Nope"]');
  });
});
