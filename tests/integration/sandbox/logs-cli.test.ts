import { CreateLogStreamCommand, PutLogEventsCommand } from '@aws-sdk/client-cloudwatch-logs';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { startLogsSandbox, type LogsSandbox } from './logs-harness';
import { runAwsCli, type AwsCliResult } from './support';

vi.mock('../../../electron/sandbox/services', () => ({ MODULE_FACTORIES: [] }));

/**
 * The Debian AWS CLI v2 (an older botocore whose parser nobody here wrote) against the sandbox's
 * Logs service: what it sends and what it reads back must both be what AWS would do.
 */
let env: LogsSandbox;
beforeEach(async () => {
  env = await startLogsSandbox();
});
afterEach(async () => {
  await env.stop();
});

const cli = (...args: string[]): Promise<AwsCliResult> => runAwsCli(args, { endpoint: env.sandbox.endpoint, ...env.sandbox.credentials });

async function aws(...args: string[]): Promise<unknown> {
  const result = await cli(...args);
  if (result.code !== 0) throw new Error(`aws ${args.join(' ')} failed: ${result.stderr}`);
  return result.stdout.trim() === '' ? undefined : JSON.parse(result.stdout);
}

describe('aws logs (CLI v2) against the sandbox', () => {
  it('creates a group, then filters events the SDK wrote with a filter pattern', async () => {
    await aws('logs', 'create-log-group', '--log-group-name', '/aws/sagemaker/ProcessingJobs');
    await env.logs.send(new CreateLogStreamCommand({ logGroupName: '/aws/sagemaker/ProcessingJobs', logStreamName: 'prep/algo-1-1' }));
    const t = env.clock.now() - 5000;
    await env.logs.send(
      new PutLogEventsCommand({
        logGroupName: '/aws/sagemaker/ProcessingJobs',
        logStreamName: 'prep/algo-1-1',
        logEvents: [
          { timestamp: t, message: 'INFO reading s3://churn-data/raw' },
          { timestamp: t + 1, message: 'ERROR missing column tenure' },
          { timestamp: t + 2, message: 'INFO done' },
        ],
      }),
    );

    const groups = (await aws('logs', 'describe-log-groups')) as { logGroups: { logGroupName: string; creationTime: number }[] };
    expect(groups.logGroups.map((group) => group.logGroupName)).toEqual(['/aws/sagemaker/ProcessingJobs']);
    expect(groups.logGroups[0]?.creationTime).toBe(env.clock.now());

    const filtered = (await aws('logs', 'filter-log-events', '--log-group-name', '/aws/sagemaker/ProcessingJobs', '--filter-pattern', 'ERROR')) as {
      events: { logStreamName: string; message: string; timestamp: number; eventId: string }[];
    };
    expect(filtered.events).toHaveLength(1);
    expect(filtered.events[0]).toMatchObject({ logStreamName: 'prep/algo-1-1', message: 'ERROR missing column tenure', timestamp: t + 1 });
  });

  it('reports AWS errors the CLI understands', async () => {
    const failure = await cli('logs', 'put-retention-policy', '--log-group-name', 'missing', '--retention-in-days', '7');
    expect(failure.code).not.toBe(0);
    // The CLI may add its retry note ("reached max retries: 0") between operation and message.
    expect(failure.stderr).toMatch(/An error occurred \(ResourceNotFoundException\) when calling the PutRetentionPolicy operation.*: The specified log group does not exist\./);
  });
});
