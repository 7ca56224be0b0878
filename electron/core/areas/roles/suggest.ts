import type { IAMClient } from '@aws-sdk/client-iam';
import { DescribeKeyCommand, type KMSClient } from '@aws-sdk/client-kms';
import type { PolicySuggestion, RoleFinding, SuggestionTarget } from '../../../../shared/domain/roles';
import { mapLimited } from '../data/storage/limited';
import { isAbort } from '../lineage/aws-refusals';
import { lineDiff } from './line-diff';
import { prettyPolicy } from './policy-document';
import { listPolicyVersions, versionToDelete } from './policy-versions';
import { emptyNeeds, type RoleNeeds, type RoleRecord } from './role-facts';
import { buildSuggestion } from './suggestion-builder';

/** The inline policy a role with no policy SageDeck may change gets. */
export const NEW_INLINE_POLICY = 'sagedeck-least-privilege';

/** KMS references (aliases, ids) → key ARNs, where KMS answers; IAM authorizes keys by their ARN, not an alias. */
async function keyArns(kms: KMSClient, refs: readonly string[], signal: AbortSignal): Promise<Map<string, string>> {
  const resolved = new Map<string, string>();
  await mapLimited([...new Set(refs)], 4, async (ref) => {
    try {
      const arn = (await kms.send(new DescribeKeyCommand({ KeyId: ref }), { abortSignal: signal })).KeyMetadata?.Arn;
      if (arn) resolved.set(ref, arn);
    } catch (error) {
      if (isAbort(error)) throw error;
      // Unresolved: the suggestion names the key as the resource did.
    }
  });
  return resolved;
}

/** The policy the suggestion replaces: the customer managed or inline policy the worst findings come from, else the first one. */
function pickTarget(role: RoleRecord, findings: readonly RoleFinding[]): { kind: 'managed'; arn: string; name: string; document: string } | { kind: 'inline'; name: string; document: string } | undefined {
  const weight = (name: string) => findings.filter((f) => f.source?.policyName === name && f.severity !== 'low').length;
  const candidates = [
    ...role.attached.filter((p) => !p.awsManaged).map((p) => ({ kind: 'managed' as const, arn: p.arn, name: p.name, document: p.document })),
    ...role.inline.map((p) => ({ kind: 'inline' as const, name: p.name, document: p.document })),
  ];
  return [...candidates].sort((a, b) => weight(b.name) - weight(a.name))[0];
}

export interface SuggestDeps {
  iam: IAMClient;
  kms: KMSClient;
  region: string;
  signal: AbortSignal;
}

export async function suggestPolicy(deps: SuggestDeps, role: RoleRecord, needs: RoleNeeds | undefined, findings: readonly RoleFinding[], usageNotice?: string): Promise<PolicySuggestion> {
  const use = needs ?? emptyNeeds();
  const accountId = /^arn:aws[a-z-]*:iam::(\d{12}):/.exec(role.arn)?.[1] ?? '';
  const built = buildSuggestion(use, { roleArn: role.arn, region: deps.region, accountId, keyArns: await keyArns(deps.kms, use.kmsKeys, deps.signal) });
  const suggested = JSON.stringify(built.document, null, 2);
  const notices = [
    use.uses.length === 0 ? `No pipeline resource uses ${role.name}, so the suggestion grants nothing; keep the role's policies if something outside the pipeline needs them.` : undefined,
    usageNotice,
  ].filter((n): n is string => n !== undefined);
  const base = { roleName: role.name, suggested, reasons: built.reasons, ...(notices.length ? { notice: notices.join(' ') } : {}) };
  const picked = pickTarget(role, findings);
  if (!picked) {
    const awsManaged = role.attached.filter((p) => p.awsManaged).map((p) => p.name);
    if (awsManaged.length > 0) {
      return {
        ...base,
        current: '',
        diff: lineDiff('', suggested),
        refusal: `${role.name}'s permissions come from AWS managed policies (${awsManaged.join(', ')}), which SageDeck never changes. Create a customer managed policy with this document, attach it to ${role.name} and detach ${awsManaged.join(', ')}.`,
      };
    }
    return { ...base, current: '', diff: lineDiff('', suggested), target: { kind: 'inline', policyName: NEW_INLINE_POLICY } };
  }
  const current = prettyPolicy(picked.document);
  let target: SuggestionTarget;
  if (picked.kind === 'managed') {
    const versions = await listPolicyVersions(deps.iam, picked.arn, deps.signal);
    const deletes = versionToDelete(versions);
    target = {
      kind: 'managed',
      policyArn: picked.arn,
      policyName: picked.name,
      defaultVersionId: versions.find((v) => v.IsDefaultVersion)?.VersionId,
      versionCount: versions.length,
      ...(deletes ? { deletesVersionId: deletes } : {}),
    };
  } else {
    target = { kind: 'inline', policyName: picked.name };
  }
  return { ...base, target, current, diff: lineDiff(current, suggested) };
}
