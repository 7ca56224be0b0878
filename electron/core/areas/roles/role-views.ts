import type { PolicyView, RoleDetail, RoleFinding, RoleSummary, RoleUse, SeverityCounts } from '../../../../shared/domain/roles';
import { roleFindings } from './finding-rules';
import { prettyPolicy } from './policy-document';
import type { RoleNeeds, RoleRecord } from './role-facts';

const KIND_ORDER: Record<RoleUse['kind'], number> = { 'training-job': 0, 'processing-job': 1, model: 2, schedule: 3, api: 4 };

const sortedUses = (needs: RoleNeeds | undefined) => [...(needs?.uses ?? [])].sort((a, b) => KIND_ORDER[a.kind] - KIND_ORDER[b.kind] || a.name.localeCompare(b.name));

export function countsOf(findings: readonly RoleFinding[]): SeverityCounts {
  const counts: SeverityCounts = { high: 0, medium: 0, low: 0 };
  for (const f of findings) counts[f.severity] += 1;
  return counts;
}

export function roleSummary(role: RoleRecord, needs: RoleNeeds | undefined, findings: readonly RoleFinding[] = roleFindings(role, needs)): RoleSummary {
  return { name: role.name, arn: role.arn, path: role.path, usedBy: sortedUses(needs), findingCounts: countsOf(findings), boundaryArn: role.boundaryArn };
}

/** AWS's own roles (service-linked, SSO-reserved) are not the pipeline's to review unless a resource names one. */
export const isAwsOwned = (role: RoleRecord) => /^\/(aws-service-role|aws-reserved)\//.test(role.path);

export function roleDetail(role: RoleRecord, needs: RoleNeeds | undefined, notice?: string): RoleDetail {
  const findings = roleFindings(role, needs);
  const policies: PolicyView[] = [
    ...role.attached.map((p) => ({ kind: p.awsManaged ? ('aws-managed' as const) : ('managed' as const), name: p.name, arn: p.arn, versionId: p.defaultVersionId, document: prettyPolicy(p.document) })),
    ...role.inline.map((p) => ({ kind: 'inline' as const, name: p.name, document: prettyPolicy(p.document) })),
  ];
  return { summary: roleSummary(role, needs, findings), trustPolicy: prettyPolicy(role.trust), policies, findings, ...(notice ? { notice } : {}) };
}
