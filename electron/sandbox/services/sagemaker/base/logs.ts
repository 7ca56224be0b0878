import type { ServiceEnv } from '../../../types';
import type { Where } from './arn';

export const TRAINING_LOG_GROUP = '/aws/sagemaker/TrainingJobs';
export const PROCESSING_LOG_GROUP = '/aws/sagemaker/ProcessingJobs';
export const ENDPOINT_LOG_GROUP_PREFIX = '/aws/sagemaker/Endpoints/';

export interface LogLine {
  timestamp: number;
  message: string;
}

/**
 * Writes through the Logs module when it is there. Read at use time: the Logs module registers
 * its writer while the sandbox is built, and unit tests may run without it.
 */
export function writeLog(env: ServiceEnv, where: Where, group: string, stream: string, lines: LogLine[]): void {
  if (lines.length === 0) return;
  env.bus.logs?.put({ accountId: where.accountId, region: where.region }, group, stream, lines);
}

/** `<job>/algo-<n>-<epochSeconds>`: one stream per instance, named after the container start. */
export function instanceStreams(job: string, instanceCount: number, startedMs: number): string[] {
  const epoch = Math.floor(startedMs / 1000);
  return Array.from({ length: Math.max(1, instanceCount) }, (_, i) => `${job}/algo-${i + 1}-${epoch}`);
}

/** The container's own clock format, e.g. 2026-01-05:09:32:11. */
export function containerStamp(ms: number): string {
  return new Date(ms).toISOString().slice(0, 19).replace('T', ':');
}

/** XGBoost's short clock format, e.g. 09:32:11. */
export function shortStamp(ms: number): string {
  return new Date(ms).toISOString().slice(11, 19);
}
