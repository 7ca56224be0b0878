import { z } from 'zod';

/*
 * SageMaker's Tag shape (service model 2017-07-24): Key 1..128, Value 0..256, both matching
 * ^([\p{L}\p{Z}\p{N}_.:/=+\-@]*)$; keys beginning with "aws:" are AWS's own; 50 tags a resource.
 */
const TAG_CHARACTERS = /^[\p{L}\p{Z}\p{N}_.:/=+\-@]*$/u;
const TAG_CHARACTERS_HINT = 'Use letters, digits, spaces and _ . : / = + - @ only.';

export const MAX_TAGS_PER_RESOURCE = 50;

export const tagKeySchema = z
  .string()
  .min(1, 'Enter a tag key.')
  .max(128, 'Tag keys are at most 128 characters.')
  .regex(TAG_CHARACTERS, TAG_CHARACTERS_HINT)
  .refine((key) => !key.toLowerCase().startsWith('aws:'), 'Keys starting with aws: are reserved for AWS.');

export const tagValueSchema = z.string().max(256, 'Tag values are at most 256 characters.').regex(TAG_CHARACTERS, TAG_CHARACTERS_HINT);

export const sagemakerArnSchema = z
  .string()
  .max(2048)
  .regex(/^arn:aws[a-z-]*:sagemaker:[a-z0-9-]+:\d{12}:[a-z-]+\/.+$/, 'Enter the ARN of a SageMaker resource.');
