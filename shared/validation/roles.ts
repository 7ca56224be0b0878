import { z } from 'zod';

/*
 * IAM's patterns (API reference: GetRole, SimulatePrincipalPolicy, CreatePolicyVersion,
 * PutRolePolicy), checked before any call. AWS's refusals still reach the same fields.
 */

/** Role names: 1..64 of letters, digits and + = , . @ _ -. */
export const roleNameSchema = z
  .string()
  .min(1, 'Pick a role.')
  .max(64, 'Role names are at most 64 characters.')
  .regex(/^[\w+=,.@-]+$/, 'Role names use letters, digits and + = , . @ _ -.');

export const policyNameSchema = z
  .string()
  .min(1, 'Enter a policy name.')
  .max(128, 'Policy names are at most 128 characters.')
  .regex(/^[\w+=,.@-]+$/, 'Policy names use letters, digits and + = , . @ _ -.');

export const policyArnSchema = z.string().regex(/^arn:aws[a-z-]*:iam::(\d{12}|aws):policy\/[\w+=,.@/-]+$/, 'Pick a managed policy (its ARN).');

/** `service:Action`, wildcards allowed (what IAM's action names look like). */
export const actionNameSchema = z
  .string()
  .trim()
  .min(1, 'Enter an action, for example s3:GetObject.')
  .regex(/^[a-zA-Z0-9-]+:[a-zA-Z0-9*?]+$/, 'Write the action as service:Action, for example s3:GetObject.');

export const resourceArnSchema = z
  .string()
  .trim()
  .min(1, 'Enter a resource ARN, or * for any.')
  .max(2048, 'ARNs are at most 2,048 characters.')
  .regex(/^(\*|arn:[^:\s]+:[^:\s]*:[^:\s]*:[^:\s]*:\S+)$/, 'Enter an ARN (arn:aws:s3:::bucket/key) or *.');

export const contextEntrySchema = z
  .object({
    key: z.string().trim().min(1, 'Enter the context key, for example aws:SourceIp.').max(256, 'Context keys are at most 256 characters.'),
    type: z.enum(['string', 'stringList', 'numeric', 'numericList', 'boolean', 'booleanList', 'ip', 'ipList', 'binary', 'binaryList', 'date', 'dateList']),
    values: z.array(z.string()).min(1, 'Enter at least one value.'),
  })
  .strict();
export type ContextEntryInput = z.infer<typeof contextEntrySchema>;

export const simulateSchema = z
  .object({
    roleName: roleNameSchema,
    actions: z.array(actionNameSchema).min(1, 'Enter at least one action.').max(20, 'At most 20 actions at a time.'),
    resources: z.array(resourceArnSchema).max(20, 'At most 20 resources at a time.').optional(),
    context: z.array(contextEntrySchema).max(20, 'At most 20 context entries.').optional(),
  })
  .strict();
export type SimulateInput = z.infer<typeof simulateSchema>;

/** AWS counts a managed policy's characters without whitespace: 6,144 at most; inline policies share 10,240 per role. */
export const POLICY_DOCUMENT_MAX = 10_240;

export const policyDocumentSchema = z
  .string()
  .min(2, 'The policy document is empty.')
  .max(POLICY_DOCUMENT_MAX * 4, 'The policy document is too long.')
  .refine((text) => {
    try {
      const doc = JSON.parse(text) as unknown;
      return typeof doc === 'object' && doc !== null && 'Statement' in doc;
    } catch {
      return false;
    }
  }, 'The policy document must be JSON with a Statement.');

export const applyTargetSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('managed'), policyArn: policyArnSchema }).strict(),
  z.object({ kind: z.literal('inline'), policyName: policyNameSchema }).strict(),
]);

export const applySuggestionSchema = z
  .object({
    roleName: roleNameSchema,
    target: applyTargetSchema,
    document: policyDocumentSchema,
    /** The old version the suggestion said it would delete to make room (five versions exist). */
    deleteVersionId: z.string().regex(/^v\d+$/, 'A policy version id, like v1.').optional(),
  })
  .strict();
export type ApplySuggestionInput = z.infer<typeof applySuggestionSchema>;
