import { CreatePolicyVersionCommand, DeletePolicyVersionCommand, ListAttachedRolePoliciesCommand, PutRolePolicyCommand, type IAMClient } from '@aws-sdk/client-iam';
import type { ApplySuggestionResult } from '../../../../shared/domain/roles';
import { SageDeckError } from '../../../../shared/errors';
import type { ApplySuggestionInput } from '../../../../shared/validation/roles';
import { isAwsManaged } from './iam-reads';
import { listPolicyVersions, MAX_POLICY_VERSIONS, versionToDelete } from './policy-versions';

const refuse = (message: string, fields?: Record<string, string>) => new SageDeckError({ code: 'InvalidInput', message, retryable: false, ...(fields ? { fields } : {}) });

/** AWS's refusal of the document itself goes next to the document. */
function documentRefusal(error: unknown): never {
  if (error instanceof Error && /MalformedPolicyDocument|LimitExceeded/i.test(error.name)) {
    throw refuse(`IAM refused the policy: ${error.message}`, { document: error.message });
  }
  throw error;
}

async function applyManaged(iam: IAMClient, input: ApplySuggestionInput & { target: { kind: 'managed' } }, signal: AbortSignal): Promise<ApplySuggestionResult> {
  const send = { abortSignal: signal };
  const { policyArn } = input.target;
  const name = policyArn.split('/').pop() ?? policyArn;
  if (isAwsManaged(policyArn)) {
    throw refuse(`${name} is an AWS managed policy: SageDeck never changes those. Attach a customer managed policy with the suggested document instead, then detach ${name}.`);
  }
  const attached = (await iam.send(new ListAttachedRolePoliciesCommand({ RoleName: input.roleName, MaxItems: 1000 }), send)).AttachedPolicies ?? [];
  if (!attached.some((p) => p.PolicyArn === policyArn)) throw refuse(`${name} is not attached to ${input.roleName} any more. Suggest again.`);
  const versions = await listPolicyVersions(iam, policyArn, signal);
  const deletes = versionToDelete(versions);
  if (deletes && deletes !== input.deleteVersionId) {
    throw refuse(
      `${name} has ${MAX_POLICY_VERSIONS} versions, the most AWS keeps: the new one needs the oldest non-default version (${deletes}) deleted first, which this confirmation did not include. Suggest again to confirm that.`,
    );
  }
  if (deletes) await iam.send(new DeletePolicyVersionCommand({ PolicyArn: policyArn, VersionId: deletes }), send);
  const created = await iam.send(new CreatePolicyVersionCommand({ PolicyArn: policyArn, PolicyDocument: input.document, SetAsDefault: true }), send).catch(documentRefusal);
  return { policyName: name, versionId: created.PolicyVersion?.VersionId, ...(deletes ? { deletedVersionId: deletes } : {}) };
}

/**
 * Writes a confirmed suggestion: a managed policy's new default version (deleting the oldest
 * non-default one first when five exist, as confirmed), or the inline policy replaced.
 */
export async function applySuggestion(iam: IAMClient, input: ApplySuggestionInput, signal: AbortSignal): Promise<ApplySuggestionResult> {
  if (input.target.kind === 'managed') return applyManaged(iam, { ...input, target: input.target }, signal);
  await iam
    .send(new PutRolePolicyCommand({ RoleName: input.roleName, PolicyName: input.target.policyName, PolicyDocument: input.document }), { abortSignal: signal })
    .catch(documentRefusal);
  return { policyName: input.target.policyName };
}
