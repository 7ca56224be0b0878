import { z } from 'zod';
import { MAX_TAGS_PER_RESOURCE, tagKeySchema, tagValueSchema } from './tags';

/** The Resource Groups Tagging API takes any service's ARN (S3 buckets have no region or account). */
export const anyArnSchema = z
  .string()
  .max(2048)
  .regex(/^arn:aws[a-z-]*:[a-z0-9-]+:[a-z0-9-]*:(\d{12})?:.+$/, 'Enter the ARN of an AWS resource.');

/** The most ARNs one "tag these" takes: a screenful of the untagged list, sent 20 at a time. */
export const MAX_ARNS_TAGGED_AT_ONCE = 1000;

export const costTagKeySchema = tagKeySchema;

export const tagResourcesSchema = z
  .object({
    arns: z.array(anyArnSchema).min(1, 'Choose at least one resource.').max(MAX_ARNS_TAGGED_AT_ONCE, `At most ${MAX_ARNS_TAGGED_AT_ONCE} resources at once.`),
    tags: z
      .record(tagKeySchema, tagValueSchema)
      .refine((tags) => Object.keys(tags).length >= 1, 'Enter a tag to add.')
      .refine((tags) => Object.keys(tags).length <= MAX_TAGS_PER_RESOURCE, `AWS keeps at most ${MAX_TAGS_PER_RESOURCE} tags a resource.`),
  })
  .strict();
export type TagResourcesInput = z.infer<typeof tagResourcesSchema>;
