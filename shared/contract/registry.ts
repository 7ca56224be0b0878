import { z } from 'zod';
import type {
  ApprovalEvent,
  ModelGroupPage,
  ModelVersionDetail,
  ModelVersionPage,
} from '../domain/registry';
import { APPROVAL_STATUSES } from '../domain/registry';
import { jobNameSchema } from '../validation/sagemaker';
import type { REGISTRY_REQUESTS, REGISTRY_STREAMS } from './registry.channels';
import { request, returns, type AnyRequestSpec, type AnyStreamSpec, type SameKeys } from './spec';

/** AWS's EntityName pattern for model package groups. */
export const groupNameSchema = z
  .string()
  .min(1, 'Enter a model group name.')
  .max(63, 'Model group names are at most 63 characters.')
  .regex(/^[a-zA-Z0-9](-*[a-zA-Z0-9]){0,62}$/, 'Use letters, digits and hyphens; start and end with a letter or digit.');

/** AWS's ApprovalDescription is 0..1024 characters; SageDeck requires one, so every decision says why. */
export const approvalCommentSchema = z
  .string()
  .trim()
  .min(1, 'Say why: the comment is stored as the approval description.')
  .max(1024, 'AWS keeps at most 1,024 characters.');

const versionRef = z.object({ group: groupNameSchema, version: z.number().int().min(1) }).strict();
const decision = versionRef.extend({ comment: approvalCommentSchema }).strict();
/** What the confirmation names and a production profile types: `group/version`. */
const versionTarget = (input: { group: string; version: number }) => `${input.group}/${input.version}`;

export const registerVersionSchema = z
  .object({
    group: groupNameSchema,
    trainingJob: jobNameSchema,
    description: z.string().trim().max(1024, 'AWS keeps at most 1,024 characters.').optional(),
  })
  .strict();
export type RegisterVersionInput = z.infer<typeof registerVersionSchema>;

export const registryRequests = {
  /** One page of model package groups, newest first, filtered by AWS on a name fragment. */
  'registry.groups': request({
    input: z
      .object({
        nameContains: z
          .string()
          .max(63)
          .regex(/^[a-zA-Z0-9-]*$/, 'Model group names hold letters, digits and hyphens only.')
          .optional(),
        nextToken: z.string().max(8192).optional(),
      })
      .strict(),
    output: returns<ModelGroupPage>(),
  }),
  /** One page of a group's versions, newest first. */
  'registry.versions': request({
    input: z
      .object({
        group: groupNameSchema,
        approvalStatus: z.enum(APPROVAL_STATUSES).optional(),
        nextToken: z.string().max(8192).optional(),
      })
      .strict(),
    output: returns<ModelVersionPage>(),
  }),
  'registry.describe': request({ input: versionRef, output: returns<ModelVersionDetail>() }),
  /** Who approved or rejected the version, when and why: AWS's record and the journal's, oldest first. */
  'registry.history': request({ input: versionRef, output: returns<ApprovalEvent[]>() }),
  // Both decisions are gated: approval is the human review before production the pipeline asks for.
  'registry.approve': request({
    input: decision,
    output: returns<ApprovalEvent>(),
    mutation: { action: 'Approve model version', target: versionTarget, destructive: true },
  }),
  'registry.reject': request({
    input: decision,
    output: returns<ApprovalEvent>(),
    mutation: { action: 'Reject model version', target: versionTarget, destructive: true },
  }),
  /** A new version from a completed training job: its image, artifacts and final metrics. */
  'registry.register': request({
    input: registerVersionSchema,
    output: returns<{ arn: string; version: number }>(),
    mutation: { action: 'Register model version', target: (input) => `${input.group} from ${input.trainingJob}`, destructive: false },
  }),
} satisfies Record<(typeof REGISTRY_REQUESTS)[number], AnyRequestSpec>;

export const registryStreams = {} satisfies Record<(typeof REGISTRY_STREAMS)[number], AnyStreamSpec>;

export const registryChannelsMatch: [
  SameKeys<keyof typeof registryRequests, (typeof REGISTRY_REQUESTS)[number]>,
  SameKeys<keyof typeof registryStreams, (typeof REGISTRY_STREAMS)[number]>,
] = [true, true];
