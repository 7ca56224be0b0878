import { CloudWatchLogsClient, CloudWatchLogsServiceException } from '@aws-sdk/client-cloudwatch-logs';
import type { ManualClock } from '../../../electron/sandbox/clock';
import type { RunningSandbox } from '../../../electron/sandbox/index';
import { createLogsModule } from '../../../electron/sandbox/services/logs';
import { startTestSandbox } from './support';

/** A sandbox serving CloudWatch Logs alone on a free port, on a manual clock. */
export interface LogsSandbox {
  sandbox: RunningSandbox;
  clock: ManualClock;
  logs: CloudWatchLogsClient;
  clientFor(region: string): CloudWatchLogsClient;
  stop(): Promise<void>;
}

export async function startLogsSandbox(): Promise<LogsSandbox> {
  const env = await startTestSandbox({ modules: [createLogsModule] });
  const clients: CloudWatchLogsClient[] = [];
  const clientFor = (region: string) => {
    // The shared config sets disableHostPrefix: StartLiveTail's `stream-` prefix cannot go on 127.0.0.1.
    const client = new CloudWatchLogsClient({ ...env.config, region, maxAttempts: 1 });
    clients.push(client);
    return client;
  };
  return {
    sandbox: env.sandbox,
    clock: env.clock,
    logs: clientFor('us-east-1'),
    clientFor,
    async stop() {
      clients.forEach((client) => client.destroy());
      await env.stop();
    },
  };
}

/** The service error a failed SDK call threw. */
export async function logsError(promise: Promise<unknown>): Promise<CloudWatchLogsServiceException> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof CloudWatchLogsServiceException) return error;
    throw error;
  }
  throw new Error('expected the call to fail');
}
