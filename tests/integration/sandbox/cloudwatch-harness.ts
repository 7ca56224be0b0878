import { CloudWatchClient, CloudWatchServiceException } from '@aws-sdk/client-cloudwatch';
import type { ManualClock } from '../../../electron/sandbox/clock';
import type { RunningSandbox } from '../../../electron/sandbox/index';
import { createCloudWatchModule } from '../../../electron/sandbox/services/cloudwatch';
import type { ServiceModuleFactory } from '../../../electron/sandbox/types';
import { runAwsCli, startTestSandbox } from './support';

/** A sandbox serving CloudWatch (plus any extra modules) on a free port, on a manual clock. */
export interface CloudWatchSandbox {
  sandbox: RunningSandbox;
  clock: ManualClock;
  cloudwatch: CloudWatchClient;
  config: { endpoint: string; region: string; credentials: { accessKeyId: string; secretAccessKey: string } };
  /** Runs the Debian AWS CLI against this sandbox and parses its JSON output. */
  aws(...args: string[]): Promise<unknown>;
  stop(): Promise<void>;
}

export async function startCloudWatchSandbox(extra: ServiceModuleFactory[] = []): Promise<CloudWatchSandbox> {
  const env = await startTestSandbox({ modules: [createCloudWatchModule, ...extra] });
  const cloudwatch = new CloudWatchClient({ ...env.config, maxAttempts: 1 });
  return {
    sandbox: env.sandbox,
    clock: env.clock,
    cloudwatch,
    config: env.config,
    async aws(...args) {
      const result = await runAwsCli(args, { endpoint: env.sandbox.endpoint, ...env.sandbox.credentials });
      if (result.code !== 0) throw new Error(`aws ${args.join(' ')} failed: ${result.stderr}`);
      return result.stdout.trim() === '' ? undefined : (JSON.parse(result.stdout) as unknown);
    },
    async stop() {
      cloudwatch.destroy();
      await env.stop();
    },
  };
}

/** The service error a failed SDK call threw. */
export async function cloudWatchError(promise: Promise<unknown>): Promise<CloudWatchServiceException> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof CloudWatchServiceException) return error;
    throw error;
  }
  throw new Error('expected the call to fail');
}

export const MINUTE = 60_000;
