import { DescribeModelPackageCommand, DescribeModelPackageGroupCommand, UpdateModelPackageCommand, type SageMakerClient } from '@aws-sdk/client-sagemaker';
import type { ApprovalEvent } from '../../../../shared/domain/registry';
import type { Journal } from '../../journal/journal';
import type { SessionClients } from '../../session/session-clients';
import { sessionIdentity } from '../../session/identity';
import type { SessionManager } from '../../session/session-manager';
import { versionArn, versionTarget } from './package-arn';
import { arnOf } from './version-view';

/**
 * The journal line an approval leaves besides the gate's own: the gate records what was asked,
 * this records what AWS then said (the caller's ARN, AWS's time), so the version's history keeps
 * every decision although AWS remembers only the latest.
 */
export const APPROVAL_NOTE = 'registry.approval';

export interface ApprovalNote {
  packageArn: string;
  status: 'Approved' | 'Rejected';
  comment: string;
  by?: string;
}

export interface ApprovalDeps {
  sagemaker: () => Promise<SageMakerClient>;
  clients: SessionClients;
  session: SessionManager;
  journal: Journal;
  now: () => number;
}

/** Sets the version's approval status with the comment as ApprovalDescription, then reads back who AWS says did it. */
export async function decide(
  deps: ApprovalDeps,
  input: { group: string; version: number; comment: string },
  status: ApprovalNote['status'],
  signal: AbortSignal,
): Promise<ApprovalEvent> {
  const client = await deps.sagemaker();
  const where = deps.session.current();
  const group = await client.send(new DescribeModelPackageGroupCommand({ ModelPackageGroupName: input.group }), { abortSignal: signal });
  const packageArn = versionArn(group, input.version);
  await client.send(new UpdateModelPackageCommand({ ModelPackageArn: packageArn, ModelApprovalStatus: status, ApprovalDescription: input.comment }), {
    abortSignal: signal,
  });
  const after = await client.send(new DescribeModelPackageCommand({ ModelPackageName: packageArn }), { abortSignal: signal });
  // An emulator that leaves LastModifiedBy empty: STS still says who signed the change.
  const by = arnOf(after.LastModifiedBy) ?? (await sessionIdentity(deps.clients, signal).then((identity) => identity.arn, () => undefined));
  const at = (after.LastModifiedTime ?? new Date(deps.now())).toISOString();
  const note: ApprovalNote = { packageArn, status, comment: input.comment, ...(by ? { by } : {}) };
  await deps.journal.record({
    time: at,
    profile: where.profile,
    region: where.region,
    channel: APPROVAL_NOTE,
    target: versionTarget(input.group, input.version),
    input: note,
    outcome: 'success',
    durationMs: 0,
  });
  return { at, status, comment: input.comment, source: 'both', profile: where.profile, ...(by ? { by } : {}) };
}
