import {
  GetAccountAuthorizationDetailsCommand,
  GetPolicyCommand,
  GetPolicyVersionCommand,
  GetRoleCommand,
  GetRolePolicyCommand,
  ListAttachedRolePoliciesCommand,
  ListRolePoliciesCommand,
  type IAMClient,
  type ManagedPolicyDetail,
  type RoleDetail as AwsRoleDetail,
} from '@aws-sdk/client-iam';
import { mapLimited } from '../data/storage/limited';
import { documentText } from './policy-document';
import type { InlinePolicy, ManagedPolicyRecord, RoleRecord } from './role-facts';

/** 1,000 entities a page, 50 pages at most: an account that big is read in part, with a notice. */
const GAAD_PAGE = 1000;
const GAAD_PAGES = 50;
const AT_ONCE = 4;

export const isAwsManaged = (arn: string) => /^arn:aws[a-z-]*:iam::aws:policy\//.test(arn);
const nameOfPolicyArn = (arn: string) => arn.split('/').pop() ?? arn;

function managedRecord(policy: ManagedPolicyDetail): ManagedPolicyRecord | undefined {
  if (!policy.Arn) return undefined;
  const defaultVersion = (policy.PolicyVersionList ?? []).find((v) => v.IsDefaultVersion) ?? policy.PolicyVersionList?.[0];
  return {
    arn: policy.Arn,
    name: policy.PolicyName ?? nameOfPolicyArn(policy.Arn),
    defaultVersionId: policy.DefaultVersionId ?? defaultVersion?.VersionId,
    document: documentText(defaultVersion?.Document),
    awsManaged: isAwsManaged(policy.Arn),
  };
}

function roleRecord(role: AwsRoleDetail, attached: ManagedPolicyRecord[], inline: InlinePolicy[]): RoleRecord {
  return {
    name: role.RoleName ?? '',
    arn: role.Arn ?? '',
    path: role.Path ?? '/',
    trust: documentText(role.AssumeRolePolicyDocument),
    boundaryArn: role.PermissionsBoundary?.PermissionsBoundaryArn,
    inline,
    attached,
  };
}

export interface RoleRead {
  roles: RoleRecord[];
  notice?: string | undefined;
}

/** One managed policy's default version, for a policy GetAccountAuthorizationDetails did not carry (or its fallback). */
export async function readManagedPolicy(iam: IAMClient, arn: string, signal: AbortSignal): Promise<ManagedPolicyRecord> {
  const send = { abortSignal: signal };
  const policy = (await iam.send(new GetPolicyCommand({ PolicyArn: arn }), send)).Policy;
  const versionId = policy?.DefaultVersionId;
  const version = versionId ? (await iam.send(new GetPolicyVersionCommand({ PolicyArn: arn, VersionId: versionId }), send)).PolicyVersion : undefined;
  return { arn, name: policy?.PolicyName ?? nameOfPolicyArn(arn), defaultVersionId: versionId, document: documentText(version?.Document), awsManaged: isAwsManaged(arn) };
}

/**
 * Every role with its policies from GetAccountAuthorizationDetails (roles, customer and AWS
 * managed policies; paged): a handful of calls for the whole account.
 */
export async function readAuthorizationDetails(iam: IAMClient, signal: AbortSignal): Promise<RoleRead> {
  const roles: AwsRoleDetail[] = [];
  const policies = new Map<string, ManagedPolicyRecord>();
  let marker: string | undefined;
  let truncated = false;
  for (let page = 0; page < GAAD_PAGES; page += 1) {
    const answer = await iam.send(
      new GetAccountAuthorizationDetailsCommand({ Filter: ['Role', 'LocalManagedPolicy', 'AWSManagedPolicy'], MaxItems: GAAD_PAGE, ...(marker ? { Marker: marker } : {}) }),
      { abortSignal: signal },
    );
    roles.push(...(answer.RoleDetailList ?? []));
    for (const policy of answer.Policies ?? []) {
      const record = managedRecord(policy);
      if (record) policies.set(record.arn, record);
    }
    marker = answer.IsTruncated ? answer.Marker : undefined;
    truncated = marker !== undefined;
    if (!marker) break;
  }
  const missing = [...new Set(roles.flatMap((r) => (r.AttachedManagedPolicies ?? []).flatMap((p) => (p.PolicyArn && !policies.has(p.PolicyArn) ? [p.PolicyArn] : []))))];
  for (const record of await mapLimited(missing, AT_ONCE, (arn) => readManagedPolicy(iam, arn, signal))) policies.set(record.arn, record);
  const records = roles.map((role) =>
    roleRecord(
      role,
      (role.AttachedManagedPolicies ?? []).flatMap((p) => (p.PolicyArn && policies.get(p.PolicyArn) ? [policies.get(p.PolicyArn) as ManagedPolicyRecord] : [])),
      (role.RolePolicyList ?? []).map((p) => ({ name: p.PolicyName ?? '', document: documentText(p.PolicyDocument) })),
    ),
  );
  return truncated ? { roles: records, notice: `Only the first ${GAAD_PAGES * GAAD_PAGE} IAM entities were read.` } : { roles: records };
}

/** One role through GetRole, ListAttachedRolePolicies, ListRolePolicies/GetRolePolicy and GetPolicy/GetPolicyVersion. */
export async function readRole(iam: IAMClient, roleName: string, signal: AbortSignal): Promise<RoleRecord> {
  const send = { abortSignal: signal };
  const [role, attachedList, inlineNames] = await Promise.all([
    iam.send(new GetRoleCommand({ RoleName: roleName }), send),
    iam.send(new ListAttachedRolePoliciesCommand({ RoleName: roleName, MaxItems: 1000 }), send),
    iam.send(new ListRolePoliciesCommand({ RoleName: roleName, MaxItems: 1000 }), send),
  ]);
  const attached = await mapLimited(
    (attachedList.AttachedPolicies ?? []).flatMap((p) => (p.PolicyArn ? [p.PolicyArn] : [])),
    AT_ONCE,
    (arn) => readManagedPolicy(iam, arn, signal),
  );
  const inline = await mapLimited(inlineNames.PolicyNames ?? [], AT_ONCE, async (name) => ({
    name,
    document: documentText((await iam.send(new GetRolePolicyCommand({ RoleName: roleName, PolicyName: name }), send)).PolicyDocument),
  }));
  return roleRecord({ ...role.Role, RoleName: role.Role?.RoleName ?? roleName }, attached, inline);
}
