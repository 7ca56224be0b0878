import {
  CloudWatchLogsClient,
  CreateLogGroupCommand,
  CreateLogStreamCommand,
  DescribeLogGroupsCommand,
  GetLogEventsCommand,
  PutLogEventsCommand,
  PutRetentionPolicyCommand,
} from '@aws-sdk/client-cloudwatch-logs';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createLogsModule } from '../../../electron/sandbox/services/logs';
import { startTestSandbox, tempDir, type TestSandbox } from './support';

vi.mock('../../../electron/sandbox/services', () => ({ MODULE_FACTORIES: [] }));

const cleanups: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

async function start(dataDir: string): Promise<{ env: TestSandbox; logs: CloudWatchLogsClient }> {
  const env = await startTestSandbox({ modules: [createLogsModule], dataDir });
  const logs = new CloudWatchLogsClient({ ...env.config, maxAttempts: 1 });
  cleanups.push(async () => {
    logs.destroy();
    await env.stop();
  });
  return { env, logs };
}

describe('CloudWatch Logs persistence', () => {
  it('keeps groups, retention and events across a restart with the same data dir', async () => {
    const dataDir = tempDir('sagedeck-logs-data-');
    cleanups.push(() => dataDir.remove());

    const first = await start(dataDir.path);
    const now = first.env.clock.now();
    await first.logs.send(new CreateLogGroupCommand({ logGroupName: 'durable' }));
    await first.logs.send(new PutRetentionPolicyCommand({ logGroupName: 'durable', retentionInDays: 30 }));
    await first.logs.send(new CreateLogStreamCommand({ logGroupName: 'durable', logStreamName: 's' }));
    await first.logs.send(new PutLogEventsCommand({ logGroupName: 'durable', logStreamName: 's', logEvents: [{ timestamp: now, message: 'survives' }] }));
    await first.env.stop();

    const second = await start(dataDir.path);
    const { logGroups } = await second.logs.send(new DescribeLogGroupsCommand({}));
    expect(logGroups?.map((group) => [group.logGroupName, group.retentionInDays, group.storedBytes])).toEqual([['durable', 30, 8]]);
    const read = await second.logs.send(new GetLogEventsCommand({ logGroupName: 'durable', logStreamName: 's', startFromHead: true }));
    expect(read.events?.map((event) => event.message)).toEqual(['survives']);
    // Positions continue after the restored ones, so a forward token taken before a new event finds it.
    await second.logs.send(new PutLogEventsCommand({ logGroupName: 'durable', logStreamName: 's', logEvents: [{ timestamp: now, message: 'after restart' }] }));
    const newer = await second.logs.send(new GetLogEventsCommand({ logGroupName: 'durable', logStreamName: 's', startFromHead: true, nextToken: read.nextForwardToken }));
    expect(newer.events?.map((event) => event.message)).toEqual(['after restart']);
  });
});
