import { deleteConflict, limitExceeded, noSuchEntity } from './errors';
import { ARN, DOCUMENT, VERSION_ID, checker, flag } from './input';
import type { IamHandler, ManagedPolicyRecord } from './model';
import { versionOutput } from './output';
import { markerPage } from './pages';
import { checkManagedPolicySize, validatePolicyDocument } from './policy-document';
import { customerPolicy } from './policy-operations';
import type { IamStore } from './store';

/** A managed policy keeps at most five versions (IAM API Reference, CreatePolicyVersion). */
export const MAX_POLICY_VERSIONS = 5;

function version(policy: ManagedPolicyRecord, versionId: string) {
  const found = policy.versions.find((v) => v.id === versionId);
  if (!found) throw noSuchEntity(`Policy ${policy.arn} version ${versionId} does not exist or is not attachable.`);
  return found;
}

/** Managed policy versions: create (optionally as default), read, list, delete, set default. */
export function policyVersionOperations(store: IamStore): Record<string, IamHandler> {
  const read = (input: Record<string, unknown>, withVersion: boolean) => {
    const check = checker();
    const arn = check.string(input.PolicyArn, 'policyArn', { required: true, ...ARN }) ?? '';
    const versionId = withVersion ? (check.string(input.VersionId, 'versionId', { required: true, ...VERSION_ID }) ?? '') : '';
    check.done();
    return { arn, versionId };
  };

  return {
    CreatePolicyVersion(input, call) {
      const check = checker();
      const arn = check.string(input.PolicyArn, 'policyArn', { required: true, ...ARN }) ?? '';
      const document = check.string(input.PolicyDocument, 'policyDocument', { required: true, ...DOCUMENT }) ?? '';
      check.done();
      const policy = customerPolicy(store, call, arn, 'CreatePolicyVersion');
      validatePolicyDocument(document, 'identity');
      checkManagedPolicySize(document);
      if (policy.versions.length >= MAX_POLICY_VERSIONS)
        throw limitExceeded(
          `A managed policy can have up to ${MAX_POLICY_VERSIONS} versions. Before you create a new version, you must delete an existing version.`,
        );
      const id = `v${policy.nextVersion}`;
      policy.nextVersion += 1;
      policy.versions.push({ id, document, createDate: call.now });
      if (flag(input.SetAsDefault)) policy.defaultVersionId = id;
      policy.updateDate = call.now;
      return { PolicyVersion: versionOutput(policy, id, false) };
    },

    GetPolicyVersion(input, call) {
      const { arn, versionId } = read(input, true);
      const policy = store.policy(call.accountId, arn);
      version(policy, versionId);
      return { PolicyVersion: versionOutput(policy, versionId, true) };
    },

    ListPolicyVersions(input, call) {
      const check = checker();
      const arn = check.string(input.PolicyArn, 'policyArn', { required: true, ...ARN }) ?? '';
      check.done();
      const policy = store.policy(call.accountId, arn);
      // Newest first, as AWS lists them.
      const versions = [...policy.versions].reverse();
      const { page, ...paging } = markerPage(check, input, versions, `versions:${arn}`);
      return { Versions: page.map((v) => versionOutput(policy, v.id, false)), ...paging };
    },

    DeletePolicyVersion(input, call) {
      const { arn, versionId } = read(input, true);
      const policy = customerPolicy(store, call, arn, 'DeletePolicyVersion');
      version(policy, versionId);
      if (policy.defaultVersionId === versionId) throw deleteConflict('Cannot delete the default version of a policy.');
      policy.versions = policy.versions.filter((v) => v.id !== versionId);
      return {};
    },

    SetDefaultPolicyVersion(input, call) {
      const { arn, versionId } = read(input, true);
      const policy = customerPolicy(store, call, arn, 'SetDefaultPolicyVersion');
      version(policy, versionId);
      policy.defaultVersionId = versionId;
      policy.updateDate = call.now;
      return {};
    },
  };
}
