import type { ModelRecord } from '../model';
import { validateJsonSchema, validationErrorString, type Schema } from './validate';

/** How a model refers to another model of its API (AWS's model URL form). */
const MODEL_URL = /^https:\/\/apigateway\.amazonaws\.com\/restapis\/([^/]+)\/models\/([^/#]+)$/;

/** What a body that is not JSON at all reports (API Gateway's own words for it). */
export const UNPARSABLE_BODY = 'Unknown error parsing request body';

function parseSchema(model: ModelRecord | undefined): Schema | undefined {
  if (!model?.schema) return undefined;
  try {
    const parsed = JSON.parse(model.schema) as unknown;
    return typeof parsed === 'object' && parsed !== null && !Array.isArray(parsed) ? (parsed as Schema) : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Validates a request body against a model of the deployed API; undefined when it is valid, else
 * the validationErrorString (`[object has missing required properties (["instances"])]`).
 */
export function validateBodyAgainstModel(restApiId: string, models: Record<string, ModelRecord>, modelName: string, body: string): string | undefined {
  const schema = parseSchema(models[modelName]);
  if (!schema) return undefined;
  let instance: unknown;
  try {
    instance = JSON.parse(body) as unknown;
  } catch {
    return validationErrorString([UNPARSABLE_BODY]);
  }
  const errors = validateJsonSchema(schema, instance, (url) => {
    const match = MODEL_URL.exec(url);
    return match && match[1] === restApiId ? parseSchema(models[decodeURIComponent(match[2] ?? '')]) : undefined;
  });
  return errors.length === 0 ? undefined : validationErrorString(errors);
}
