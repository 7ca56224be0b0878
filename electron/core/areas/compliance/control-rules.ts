import type { RoleDetail } from '@aws-sdk/client-iam';
import type { ComplianceControl, ComplianceControlId, ComplianceStatus } from '../../../../shared/domain/compliance';
import type { PostureFindingRow } from '../../../../shared/domain/posture';
import type { NotRun } from '../posture/probe';
import { CONTROLS } from './frameworks';
import { assumableWithoutMfa, broadGrants, statementsOf } from './policy-rules';
import { RESTORE_TEST_WINDOW_DAYS, type PlanTest } from './read-backup';
import { permissionDocuments, type IamSnapshot } from './read-iam';

type Line = { status: ComplianceStatus; text: string };

/** Any failure fails the control; otherwise anything unknown leaves it unknown; nothing to look at is unknown too. */
function control(id: ComplianceControlId, lines: Line[], summaries: Record<ComplianceStatus, string>): ComplianceControl {
  const status: ComplianceStatus = lines.some((l) => l.status === 'fail') ? 'fail' : lines.length === 0 || lines.some((l) => l.status === 'unknown') ? 'unknown' : 'pass';
  const failing = lines.filter((l) => l.status === 'fail').length;
  return {
    id,
    title: CONTROLS[id].title,
    status,
    summary: lines.length === 0 ? 'Nothing was found to check.' : status === 'fail' ? `${failing} of ${lines.length}: ${summaries.fail}` : summaries[status],
    evidence: lines.map((l) => `${l.text} → ${l.status}`),
    frameworks: CONTROLS[id].frameworks,
  };
}

const notRunLine = (what: string, notRun: NotRun): Line => ({ status: 'unknown', text: `${what}: could not run ${notRun.operation} (${notRun.cause})` });

/** A control made of posture findings (the same reads, judged the same way). */
export function fromFindings(id: ComplianceControlId, findings: PostureFindingRow[]): ComplianceControl {
  const checks = new Set(CONTROLS[id].checks ?? []);
  const lines = findings.filter((f) => checks.has(f.check)).map((f) => ({ status: f.status, text: `${f.name}: ${f.evidence}` }));
  return control(id, lines, { pass: 'Every resource checked meets it.', fail: 'resources checked do not meet it (see the evidence).', unknown: 'Some checks could not run.' });
}

const PIPELINE_SERVICES = ['sagemaker.amazonaws.com', 'scheduler.amazonaws.com', 'apigateway.amazonaws.com'];

/** Roles the pipeline's resources name, and roles a pipeline service may assume. */
export function pipelineRoles(snapshot: IamSnapshot, referenced: Set<string>): RoleDetail[] {
  return snapshot.roles.filter((role) => {
    if (role.Arn && referenced.has(role.Arn)) return true;
    return statementsOf(role.AssumeRolePolicyDocument).some((s) => {
      const service = (s.Principal as { Service?: string | string[] } | undefined)?.Service;
      return (Array.isArray(service) ? service : [service]).some((name) => name !== undefined && PIPELINE_SERVICES.includes(name));
    });
  });
}

export function leastPrivilege(iam: { ok: true; value: IamSnapshot } | { ok: false; notRun: NotRun }, referenced: Set<string>): ComplianceControl {
  if (!iam.ok) return control('leastPrivilege', [notRunLine('IAM roles', iam.notRun)], { pass: '', fail: '', unknown: 'The roles could not be read.' });
  const lines = pipelineRoles(iam.value, referenced).map((role): Line => {
    const grants = permissionDocuments(role, iam.value).flatMap(({ source, document }) => broadGrants(document).map((g) => `${g} (${source})`));
    return grants.length ? { status: 'fail', text: `${role.RoleName ?? ''}: ${grants.join('; ')}` } : { status: 'pass', text: `${role.RoleName ?? ''}: no wildcard action, no iam:PassRole on *` };
  });
  return control('leastPrivilege', lines, { pass: 'No pipeline role grants wildcard actions.', fail: 'pipeline roles grant wildcard actions or iam:PassRole on *.', unknown: '' });
}

const isProduction = (role: RoleDetail) => (role.Tags ?? []).some((t) => t.Key?.toLowerCase() === 'environment' && /^prod(uction)?$/i.test(t.Value ?? ''));

export function mfaOnProductionRoles(iam: { ok: true; value: IamSnapshot } | { ok: false; notRun: NotRun }): ComplianceControl {
  if (!iam.ok) return control('mfaProductionRoles', [notRunLine('IAM roles', iam.notRun)], { pass: '', fail: '', unknown: 'The roles could not be read.' });
  const production = iam.value.roles.filter(isProduction);
  const lines = production.map((role): Line => {
    const open = assumableWithoutMfa(role.AssumeRolePolicyDocument);
    return open.length
      ? { status: 'fail', text: `${role.RoleName ?? ''} (environment=production): trust policy lets ${open.join(', ')} assume it without aws:MultiFactorAuthPresent` }
      : { status: 'pass', text: `${role.RoleName ?? ''} (environment=production): every person or account must have signed in with MFA` };
  });
  if (!production.length) return { ...control('mfaProductionRoles', [{ status: 'pass', text: 'No role is tagged environment=production' }], { pass: 'No production role to check.', fail: '', unknown: '' }) };
  return control('mfaProductionRoles', lines, { pass: 'Every production role requires MFA to assume.', fail: 'production roles can be assumed without MFA.', unknown: '' });
}

export function backupsTested(plans: { ok: true; value: PlanTest[] } | { ok: false; notRun: NotRun }): ComplianceControl {
  if (!plans.ok) return control('backupsTested', [notRunLine('AWS Backup', plans.notRun)], { pass: '', fail: '', unknown: 'AWS Backup could not be read.' });
  const lines: Line[] = plans.value.length
    ? plans.value.map((p) =>
        p.lastRestore
          ? { status: 'pass', text: `${p.planName}: a restore of its recovery point completed ${p.lastRestore}` }
          : { status: 'fail', text: `${p.planName}: no completed restore job in the last ${RESTORE_TEST_WINDOW_DAYS} days (ListRestoreJobs)` },
      )
    : [{ status: 'fail', text: 'ListBackupPlans: no backup plan' }];
  return control('backupsTested', lines, { pass: `Every plan had a restore test in the last ${RESTORE_TEST_WINDOW_DAYS} days.`, fail: `plans were not tested in the last ${RESTORE_TEST_WINDOW_DAYS} days.`, unknown: '' });
}

export function dataResidency(buckets: { name: string; region?: string }[], chosen: string[]): ComplianceControl {
  const lines = buckets.map((b): Line =>
    b.region === undefined
      ? { status: 'unknown', text: `${b.name}: GetBucketLocation could not be read` }
      : { status: chosen.includes(b.region) ? 'pass' : 'fail', text: `${b.name}: in ${b.region}` },
  );
  return control('dataResidency', lines, { pass: `Every bucket is in ${chosen.join(', ')}.`, fail: `buckets are outside ${chosen.join(', ')}.`, unknown: 'Some buckets’ regions could not be read.' });
}
