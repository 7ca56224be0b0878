import { BackupClient } from '@aws-sdk/client-backup';
import { CostExplorerClient, GetCostAndUsageCommand, type GetCostAndUsageCommandInput } from '@aws-sdk/client-cost-explorer';
import { S3Client } from '@aws-sdk/client-s3';
import { SageMakerClient } from '@aws-sdk/client-sagemaker';
import type { SandboxOptions } from '../../../electron/sandbox/index';
import { runAwsCli, startTestSandbox, type TestSandbox } from './support';

/** The demo sandbox (every module) on a manual clock, with the clients the cost and backup tests use. */
export interface CostSandbox extends TestSandbox {
  ce: CostExplorerClient;
  backup: BackupClient;
  s3: S3Client;
  sagemaker: SageMakerClient;
  /** Runs the Debian AWS CLI against this sandbox and parses its JSON output. */
  aws(...args: string[]): Promise<Record<string, unknown>>;
  /** Unblended cost of `day` (YYYY-MM-DD) per key of one GroupBy. */
  costByGroup(day: string, groupBy: GetCostAndUsageCommandInput['GroupBy']): Promise<Record<string, number>>;
}

export const HOUR = 3_600_000;

/** The service error of a call that must fail (`kind` is the client's ServiceException class). */
export async function serviceError<E extends Error>(promise: Promise<unknown>, kind: abstract new (...args: never[]) => E): Promise<E> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof kind) return error;
    throw error;
  }
  throw new Error('expected the call to fail');
}
/** The manual clock starts on 2026-01-05 09:00 UTC. */
export const TODAY = '2026-01-05';
export const TOMORROW = '2026-01-06';

export async function startCostSandbox(options: Omit<SandboxOptions, 'clock' | 'port'> = {}): Promise<CostSandbox> {
  const env = await startTestSandbox({ seed: 'demo', ...options });
  const ce = new CostExplorerClient({ ...env.config, maxAttempts: 1 });
  const backup = new BackupClient({ ...env.config, maxAttempts: 1 });
  const s3 = new S3Client({ ...env.config, maxAttempts: 1 });
  const sagemaker = new SageMakerClient({ ...env.config, maxAttempts: 1 });
  return {
    ...env,
    ce,
    backup,
    s3,
    sagemaker,
    async aws(...args) {
      const result = await runAwsCli(args, { endpoint: env.sandbox.endpoint, ...env.sandbox.credentials });
      if (result.code !== 0) throw new Error(`aws ${args.join(' ')} failed: ${result.stderr}`);
      return result.stdout.trim() === '' ? {} : (JSON.parse(result.stdout) as Record<string, unknown>);
    },
    async costByGroup(day, groupBy) {
      const end = new Date(Date.parse(`${day}T00:00:00Z`) + 24 * HOUR).toISOString().slice(0, 10);
      const out = await ce.send(new GetCostAndUsageCommand({ TimePeriod: { Start: day, End: end }, Granularity: 'DAILY', Metrics: ['UnblendedCost'], GroupBy: groupBy }));
      const groups = out.ResultsByTime?.[0]?.Groups ?? [];
      return Object.fromEntries(groups.map((g) => [(g.Keys ?? []).join('|'), Number(g.Metrics?.UnblendedCost?.Amount ?? 'NaN')]));
    },
    async stop() {
      for (const client of [ce, backup, s3, sagemaker]) client.destroy();
      await env.stop();
    },
  };
}
