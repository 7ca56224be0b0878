import { POSTURE_RESOURCE_KINDS, POSTURE_SEVERITIES, POSTURE_STATUSES, type PostureFindingRow, type PostureReport } from '../../../../shared/domain/posture';
import type { AwsClients } from '../../aws/clients';
import { limiter } from '../data/storage/limited';
import { readApiStages } from './read-api-stages';
import { readBuckets } from './read-buckets';
import { readEndpointConfigs } from './read-endpoints';
import { readJobs } from './read-jobs';
import { readKmsKeys } from './read-kms-keys';
import { readListeners } from './read-listeners';
import { readLogGroups } from './read-log-groups';
import { ReportSink, type PipelineFacts, type Runner } from './report-sink';

/** AWS calls in flight at once for one report: enough to be quick, few enough not to be throttled. */
export const POSTURE_CALLS_AT_ONCE = 8;

const rank = <T>(list: readonly T[], value: T) => list.indexOf(value);

/** Failures first (worst severity first), then what could not be checked, then passes; by kind and name within. */
export function sortFindings(rows: PostureFindingRow[]): PostureFindingRow[] {
  return [...rows].sort(
    (a, b) =>
      rank(POSTURE_STATUSES, a.status) - rank(POSTURE_STATUSES, b.status) ||
      rank(POSTURE_SEVERITIES, a.severity) - rank(POSTURE_SEVERITIES, b.severity) ||
      rank(POSTURE_RESOURCE_KINDS, a.resourceKind) - rank(POSTURE_RESOURCE_KINDS, b.resourceKind) ||
      a.name.localeCompare(b.name) ||
      a.check.localeCompare(b.check),
  );
}

export interface PostureReading {
  report: PostureReport;
  /** What the resources pointed at, for the compliance report's other controls. */
  facts: PipelineFacts;
}

/**
 * Reads the whole pipeline side by side through one concurrency cap, then the KMS keys the
 * resources named. Nothing thrown by one reader stops another: each failure is a check not run.
 */
export async function readPostureReport(
  clients: AwsClients,
  region: string,
  now: number,
  signal: AbortSignal = new AbortController().signal,
  /** A caller reading more beside the posture passes its own cap, so the whole request stays within one. */
  run: Runner = limiter(POSTURE_CALLS_AT_ONCE),
): Promise<PostureReading> {
  const sink = new ReportSink();
  const facts: PipelineFacts = { keyRefs: new Set(), roleArns: new Set(), buckets: [] };
  const ctx = { clients, run, sink, facts, signal, region };
  await Promise.all([readBuckets(ctx), readJobs(ctx), readEndpointConfigs(ctx), readLogGroups(ctx), readApiStages(ctx), readListeners(ctx)]);
  await readKmsKeys(ctx);
  const findings = sortFindings(sink.findings);
  const counts = { pass: 0, fail: 0, unknown: 0 };
  for (const row of findings) counts[row.status] += 1;
  facts.buckets.sort((a, b) => a.name.localeCompare(b.name));
  return { report: { generatedAt: new Date(now).toISOString(), findings, counts, checksNotRun: sink.checksNotRun(), notices: sink.notices }, facts };
}
