import { z } from 'zod';
import { roleArnSchema } from './sagemaker';

/*
 * API Gateway's rules (REST API reference: CreateResource pathPart, CreateStage stageName,
 * CreateUsagePlan throttle/quota), so the expose form says what is wrong before any call.
 * AWS's own refusals still reach the same fields.
 */

/** API Gateway's identifiers: 10 lowercase letters and digits. */
export const restApiIdSchema = z.string().regex(/^[a-z0-9]{10}$/, 'Pick an API (its 10-character id).');
export const resourceIdSchema = z.string().regex(/^[a-z0-9]{6,10}$/, 'Pick a resource (its id).');

export const restApiNameSchema = z
  .string()
  .trim()
  .min(1, 'Enter an API name.')
  .max(1024, 'API names are at most 1,024 characters.');

/** One path segment: letters, digits, `.`, `_`, `-`, or a `{parameter}`. */
export const pathPartSchema = z
  .string()
  .trim()
  .min(1, 'Enter a path, for example predict.')
  .max(255, 'A path segment is at most 255 characters.')
  .regex(/^([a-zA-Z0-9._-]+|\{[a-zA-Z0-9._-]+\+?\})$/, 'Use letters, digits, dots, hyphens and underscores (one segment, no slash).');

export const stageNameSchema = z
  .string()
  .trim()
  .min(1, 'Enter a stage name, for example prod.')
  .max(128, 'Stage names are at most 128 characters.')
  .regex(/^[a-zA-Z0-9_]+$/, 'Use letters, digits and underscores.');

export const HTTP_METHODS = ['GET', 'POST', 'PUT', 'PATCH', 'DELETE', 'HEAD', 'OPTIONS', 'ANY'] as const;
export const httpMethodSchema = z.enum(HTTP_METHODS);

/** A JSON Schema (draft 4) as text: it must parse to an object. */
export const jsonSchemaTextSchema = z
  .string()
  .min(2, 'Enter a JSON Schema.')
  .max(65_536, 'A model schema is at most 64 KiB here.')
  .refine((text) => {
    try {
      const parsed: unknown = JSON.parse(text);
      return typeof parsed === 'object' && parsed !== null && !Array.isArray(parsed);
    } catch {
      return false;
    }
  }, 'The schema must be a JSON object.');

export const modelNameSchema = z
  .string()
  .trim()
  .min(1, 'Enter a model name.')
  .max(128, 'Model names are at most 128 characters.')
  .regex(/^[a-zA-Z0-9]+$/, 'Model names use letters and digits only.');

export const usagePlanSchema = z
  .object({
    name: z.string().trim().min(1, 'Enter a usage plan name.').max(1024),
    /** Steady requests per second (API Gateway's account default is 10,000). */
    rateLimit: z.number({ error: 'Enter a number.' }).positive('More than 0.').max(10_000, 'At most 10,000 a second (the account default).'),
    burstLimit: z.number({ error: 'Enter a whole number.' }).int('A whole number.').min(1, 'At least 1.').max(5_000, 'At most 5,000 (the account default).'),
    quota: z
      .object({
        limit: z.number().int('A whole number.').min(1, 'At least 1.'),
        period: z.enum(['DAY', 'WEEK', 'MONTH']),
      })
      .strict()
      .optional(),
  })
  .strict();

export const invokeRoleArnSchema = roleArnSchema;

export const REQUEST_CONTENT_TYPES = ['application/json', 'text/csv'] as const;
