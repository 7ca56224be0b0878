import { z } from 'zod';
import type { TaggedResources } from '../domain/tags';
import { MAX_TAGS_PER_RESOURCE, sagemakerArnSchema, tagKeySchema, tagValueSchema } from '../validation/tags';
import type { TAGS_REQUESTS, TAGS_STREAMS } from './tags.channels';
import { request, returns, type AnyRequestSpec, type AnyStreamSpec, type SameKeys } from './spec';

export const tagUpdateSchema = z
  .object({
    arn: sagemakerArnSchema,
    /** Tags to add or overwrite. */
    set: z.record(tagKeySchema, tagValueSchema).refine((tags) => Object.keys(tags).length <= MAX_TAGS_PER_RESOURCE, `AWS keeps at most ${MAX_TAGS_PER_RESOURCE} tags a resource.`),
    remove: z.array(tagKeySchema).max(MAX_TAGS_PER_RESOURCE),
  })
  .strict();
export type TagUpdateInput = z.infer<typeof tagUpdateSchema>;

/** Short words for a resource in the confirmation and journal: the last part of its ARN. */
const arnTarget = (input: { arn: string }) => input.arn.slice(input.arn.indexOf(':', 'arn:aws:sagemaker:'.length) + 1).replace(/^\d{12}:/, '');

export const tagsRequests = {
  /** A SageMaker resource's tags (model package groups and versions, jobs, experiments, endpoints). */
  'tags.list': request({ input: z.object({ arn: sagemakerArnSchema }).strict(), output: returns<Record<string, string>>() }),
  'tags.update': request({
    input: tagUpdateSchema,
    output: returns<Record<string, string>>(),
    mutation: { action: 'Edit tags', target: arnTarget, destructive: false },
  }),
  /** ARNs of the pipeline's resources carrying the tags (jobs, registry, endpoints, experiments). */
  'tags.find': request({
    input: z
      .object({
        filters: z
          .array(z.object({ key: tagKeySchema, value: tagValueSchema.optional() }).strict())
          .min(1, 'Enter a tag such as stage=prod.')
          .max(10),
      })
      .strict(),
    output: returns<TaggedResources>(),
  }),
} satisfies Record<(typeof TAGS_REQUESTS)[number], AnyRequestSpec>;

export const tagsStreams = {} satisfies Record<(typeof TAGS_STREAMS)[number], AnyStreamSpec>;

export const tagsChannelsMatch: [
  SameKeys<keyof typeof tagsRequests, (typeof TAGS_REQUESTS)[number]>,
  SameKeys<keyof typeof tagsStreams, (typeof TAGS_STREAMS)[number]>,
] = [true, true];
