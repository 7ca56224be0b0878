import { asString } from '../../protocols/values';
import { isAwsManagedArn } from './aws-managed-policies';
import { checker } from './input';
import type { IamHandler, ManagedPolicyRecord, RoleRecord } from './model';
import { boundaryOutput, lastUsedOutput, roleIdentity, policyOutput, versionOutput } from './output';
import { markerPage } from './pages';
import { encodeDocument } from './policy-document';
import type { IamStore } from './store';
import { asStringList } from './tags';

const FILTERS = ['User', 'Role', 'Group', 'LocalManagedPolicy', 'AWSManagedPolicy'];

type Entry = { role: RoleRecord } | { policy: ManagedPolicyRecord };

/**
 * GetAccountAuthorizationDetails: roles with their inline, attached and boundary policies, and
 * managed policies with every version, in one paged listing. The sandbox has no users or groups;
 * AWS managed policies appear only while the account uses them.
 */
export function authorizationDetailsOperation(store: IamStore): IamHandler {
  return (input, call) => {
    const check = checker();
    const filters = asStringList(input.Filter);
    filters.forEach((value, index) => check.string(asString(value), `filter.${index + 1}.member`, { enum: FILTERS }));
    const wants = (kind: string) => filters.length === 0 || filters.includes(kind);
    const entries: Entry[] = [];
    if (wants('Role')) entries.push(...store.account(call.accountId).roles.map((role) => ({ role })));
    for (const policy of store.allPolicies(call.accountId)) {
      const aws = isAwsManagedArn(policy.arn);
      if (!wants(aws ? 'AWSManagedPolicy' : 'LocalManagedPolicy')) continue;
      const used = store.attachmentCount(call.accountId, policy.arn) + store.boundaryUsageCount(call.accountId, policy.arn) > 0;
      if (!aws || used) entries.push({ policy });
    }
    const { page, ...paging } = markerPage(check, input, entries, `details:${[...filters].sort().join(',')}`);
    return {
      UserDetailList: [],
      GroupDetailList: [],
      RoleDetailList: page.flatMap((entry) => ('role' in entry ? [roleDetail(store, call.accountId, entry.role)] : [])),
      Policies: page.flatMap((entry) => ('policy' in entry ? [policyDetail(store, call.accountId, entry.policy)] : [])),
      ...paging,
    };
  };
}

function roleDetail(store: IamStore, accountId: string, role: RoleRecord): Record<string, unknown> {
  return {
    ...roleIdentity(role),
    InstanceProfileList: [],
    RolePolicyList: role.inline.map((p) => ({ PolicyName: p.name, PolicyDocument: encodeDocument(p.document) })),
    AttachedManagedPolicies: role.attached.map((arn) => ({ PolicyName: store.findPolicy(accountId, arn)?.name, PolicyArn: arn })),
    PermissionsBoundary: boundaryOutput(role),
    Tags: role.tags,
    RoleLastUsed: lastUsedOutput(role),
  };
}

function policyDetail(store: IamStore, accountId: string, policy: ManagedPolicyRecord): Record<string, unknown> {
  const { Tags: _tags, ...shape } = policyOutput(store, accountId, policy, true);
  return { ...shape, PolicyVersionList: [...policy.versions].reverse().map((v) => versionOutput(policy, v.id, true)) };
}
