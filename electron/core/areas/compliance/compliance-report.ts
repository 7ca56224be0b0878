import { GetCallerIdentityCommand } from '@aws-sdk/client-sts';
import { COMPLIANCE_STATEMENT, FRAMEWORKS_NOTE, type ComplianceReport } from '../../../../shared/domain/compliance';
import type { CheckNotRun } from '../../../../shared/domain/posture';
import type { AwsClients } from '../../aws/clients';
import { limiter } from '../data/storage/limited';
import { readPostureReport, POSTURE_CALLS_AT_ONCE } from '../posture/posture-report';
import { probe, type NotRun } from '../posture/probe';
import { backupsTested, dataResidency, fromFindings, leastPrivilege, mfaOnProductionRoles } from './control-rules';
import { readPlanTests } from './read-backup';
import { readIam } from './read-iam';

export interface ComplianceSubject {
  profile: string;
  region: string;
  chosenRegions: string[];
}

const failed = (notRun: NotRun): CheckNotRun => ({ ...notRun, findings: 1 });

/** Every control evaluated now: posture's reads for encryption, logging and public access; IAM, Backup and the buckets' regions for the rest. */
export async function readComplianceReport(clients: AwsClients, subject: ComplianceSubject, now: number, signal?: AbortSignal): Promise<ComplianceReport> {
  const run = limiter(POSTURE_CALLS_AT_ONCE);
  const sts = clients.get('sts');
  const [posture, iam, plans, identity] = await Promise.all([
    readPostureReport(clients, subject.region, now, signal, run),
    readIam(clients, run),
    readPlanTests(clients, run, now),
    probe('sts', 'GetCallerIdentity', () => run(() => sts.send(new GetCallerIdentityCommand({})))),
  ]);
  const { findings } = posture.report;
  const controls = [
    fromFindings('encryptionAtRest', findings),
    fromFindings('encryptionInTransit', findings),
    fromFindings('accessLogging', findings),
    fromFindings('logRetention', findings),
    leastPrivilege(iam, posture.facts.roleArns),
    mfaOnProductionRoles(iam),
    fromFindings('publicAccessBlocked', findings),
    backupsTested(plans),
    dataResidency(posture.facts.buckets, subject.chosenRegions),
  ];
  const notRun = [...posture.report.checksNotRun, ...[iam, plans, identity].flatMap((r) => (r.ok ? [] : [failed(r.notRun)]))];
  const accountId = identity.ok ? identity.value.Account : undefined;
  return {
    generatedAt: new Date(now).toISOString(),
    profile: subject.profile,
    region: subject.region,
    ...(accountId ? { accountId } : {}),
    chosenRegions: subject.chosenRegions,
    controls,
    checksNotRun: notRun,
    statement: COMPLIANCE_STATEMENT,
    frameworksNote: FRAMEWORKS_NOTE,
  };
}
