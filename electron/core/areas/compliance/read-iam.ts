import { GetAccountAuthorizationDetailsCommand, type ManagedPolicyDetail, type RoleDetail } from '@aws-sdk/client-iam';
import type { AwsClients } from '../../aws/clients';
import { probe, type NotRun } from '../posture/probe';
import type { Runner } from '../posture/report-sink';

export interface IamSnapshot {
  roles: RoleDetail[];
  /** Managed policies by ARN (the account's and AWS's), with their versions. */
  policies: Map<string, ManagedPolicyDetail>;
}

/** Roles and managed policies in one paged read (GetAccountAuthorizationDetails). */
export async function readIam(clients: AwsClients, run: Runner): Promise<{ ok: true; value: IamSnapshot } | { ok: false; notRun: NotRun }> {
  const iam = clients.get('iam');
  const snapshot: IamSnapshot = { roles: [], policies: new Map() };
  let marker: string | undefined;
  for (let page = 0; page < 50; page += 1) {
    const from = marker;
    const answer = await probe(
      'iam',
      'GetAccountAuthorizationDetails',
      () => run(() => iam.send(new GetAccountAuthorizationDetailsCommand({ Filter: ['Role', 'LocalManagedPolicy', 'AWSManagedPolicy'], MaxItems: 1000, ...(from ? { Marker: from } : {}) }))),
    );
    if (!answer.ok) return answer;
    snapshot.roles.push(...(answer.value.RoleDetailList ?? []));
    for (const policy of answer.value.Policies ?? []) if (policy.Arn) snapshot.policies.set(policy.Arn, policy);
    marker = answer.value.IsTruncated ? answer.value.Marker : undefined;
    if (!marker) break;
  }
  return { ok: true, value: snapshot };
}

/** The documents a role's permissions come from: inline policies and the default version of each attached one. */
export function permissionDocuments(role: RoleDetail, snapshot: IamSnapshot): { source: string; document?: string }[] {
  const inline = (role.RolePolicyList ?? []).map((p) => ({ source: `inline ${p.PolicyName ?? ''}`, ...(p.PolicyDocument ? { document: p.PolicyDocument } : {}) }));
  const attached = (role.AttachedManagedPolicies ?? []).map((a) => {
    const policy = a.PolicyArn ? snapshot.policies.get(a.PolicyArn) : undefined;
    const version = policy?.PolicyVersionList?.find((v) => v.IsDefaultVersion);
    return { source: a.PolicyName ?? a.PolicyArn ?? '', ...(version?.Document ? { document: version.Document } : {}) };
  });
  return [...inline, ...attached];
}
