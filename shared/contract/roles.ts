import { z } from 'zod';
import type { ApplySuggestionResult, PolicySuggestion, RoleDetail, RolesPage, SimulationAnswer } from '../domain/roles';
import { applySuggestionSchema, roleNameSchema, simulateSchema, type ApplySuggestionInput } from '../validation/roles';
import type { ROLES_REQUESTS, ROLES_STREAMS } from './roles.channels';
import { empty, request, returns, type AnyRequestSpec, type AnyStreamSpec, type SameKeys } from './spec';

const policyNameOf = (input: ApplySuggestionInput) => (input.target.kind === 'managed' ? (input.target.policyArn.split('/').pop() ?? input.target.policyArn) : input.target.policyName);

/** "SageDeckDemoSageMakerAccess of SageDeckDemoSageMakerRole (deletes old version v1)": what the dialog and the journal name. */
export const applyTargetLabel = (input: ApplySuggestionInput) =>
  `${policyNameOf(input)} of ${input.roleName}${input.deleteVersionId ? ` (deletes old version ${input.deleteVersionId})` : ''}`;

/** IAM roles the pipeline uses: trust and permission policies, findings, the policy simulator, a least-privilege suggestion. */
export const rolesRequests = {
  /** The roles the pipeline's resources name (and the account's other roles), with who uses them and finding counts. */
  'roles.list': request({ input: empty, output: returns<RolesPage>() }),
  /** One role: trust policy, each policy document, findings with their statements, usage. */
  'roles.describe': request({ input: z.object({ roleName: roleNameSchema }).strict(), output: returns<RoleDetail>() }),
  /** "Can this role do X on Y?" through IAM's policy simulator (SimulatePrincipalPolicy). */
  'roles.simulate': request({ input: simulateSchema, output: returns<SimulationAnswer>() }),
  /** A least-privilege document built from what the pipeline uses the role for, with the current one and a line diff. */
  'roles.suggest': request({ input: z.object({ roleName: roleNameSchema }).strict(), output: returns<PolicySuggestion>() }),
  /** Writes the suggestion as the managed policy's new default version (or replaces the inline policy): confirmed, journalled. */
  'roles.applySuggestion': request({
    input: applySuggestionSchema,
    output: returns<ApplySuggestionResult>(),
    mutation: { action: 'Apply least-privilege policy', target: applyTargetLabel, destructive: true },
  }),
} satisfies Record<(typeof ROLES_REQUESTS)[number], AnyRequestSpec>;

export const rolesStreams = {} satisfies Record<(typeof ROLES_STREAMS)[number], AnyStreamSpec>;

export const rolesChannelsMatch: [
  SameKeys<keyof typeof rolesRequests, (typeof ROLES_REQUESTS)[number]>,
  SameKeys<keyof typeof rolesStreams, (typeof ROLES_STREAMS)[number]>,
] = [true, true];
