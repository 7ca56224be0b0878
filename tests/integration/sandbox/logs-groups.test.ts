import {
  CreateLogGroupCommand,
  CreateLogStreamCommand,
  DeleteLogGroupCommand,
  DeleteLogStreamCommand,
  DeleteRetentionPolicyCommand,
  DescribeLogGroupsCommand,
  DescribeLogStreamsCommand,
  ListTagsForResourceCommand,
  ListTagsLogGroupCommand,
  PutLogEventsCommand,
  PutRetentionPolicyCommand,
  TagLogGroupCommand,
  TagResourceCommand,
  UntagLogGroupCommand,
  UntagResourceCommand,
} from '@aws-sdk/client-cloudwatch-logs';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { logsError, startLogsSandbox, type LogsSandbox } from './logs-harness';

// These tests serve Logs alone; the other service modules are neither needed nor loaded.
vi.mock('../../../electron/sandbox/services', () => ({ MODULE_FACTORIES: [] }));

let env: LogsSandbox;
beforeEach(async () => {
  env = await startLogsSandbox();
});
afterEach(async () => {
  await env.stop();
});

const ACCOUNT = '111122223333';

describe('CloudWatch Logs groups', () => {
  it('creates groups and describes them sorted, with ARNs, creation time and stored bytes', async () => {
    await env.logs.send(new CreateLogGroupCommand({ logGroupName: '/aws/sagemaker/TrainingJobs' }));
    await env.logs.send(new CreateLogGroupCommand({ logGroupName: '/app/api' }));
    await env.logs.send(new CreateLogStreamCommand({ logGroupName: '/app/api', logStreamName: 's' }));
    await env.logs.send(new PutLogEventsCommand({ logGroupName: '/app/api', logStreamName: 's', logEvents: [{ timestamp: env.clock.now(), message: 'héllo' }] }));

    const { logGroups } = await env.logs.send(new DescribeLogGroupsCommand({}));
    expect(logGroups?.map((group) => group.logGroupName)).toEqual(['/app/api', '/aws/sagemaker/TrainingJobs']);
    expect(logGroups?.[0]).toMatchObject({
      creationTime: env.clock.now(),
      arn: `arn:aws:logs:us-east-1:${ACCOUNT}:log-group:/app/api:*`,
      logGroupArn: `arn:aws:logs:us-east-1:${ACCOUNT}:log-group:/app/api`,
      storedBytes: 6,
      metricFilterCount: 0,
      logGroupClass: 'STANDARD',
    });
    expect(logGroups?.[0]?.retentionInDays).toBeUndefined();
  });

  it('filters by prefix or by substring pattern (pattern answers carry only three members) and pages', async () => {
    for (const name of ['/aws/a', '/aws/b', '/aws/c', '/app/DataLogs']) await env.logs.send(new CreateLogGroupCommand({ logGroupName: name }));
    const byPrefix = await env.logs.send(new DescribeLogGroupsCommand({ logGroupNamePrefix: '/aws/', limit: 2 }));
    expect(byPrefix.logGroups?.map((group) => group.logGroupName)).toEqual(['/aws/a', '/aws/b']);
    expect(byPrefix.nextToken).toBeTruthy();
    const rest = await env.logs.send(new DescribeLogGroupsCommand({ logGroupNamePrefix: '/aws/', limit: 2, nextToken: byPrefix.nextToken }));
    expect(rest.logGroups?.map((group) => group.logGroupName)).toEqual(['/aws/c']);
    expect(rest.nextToken).toBeUndefined();

    const byPattern = await env.logs.send(new DescribeLogGroupsCommand({ logGroupNamePattern: 'DataLogs' }));
    expect(byPattern.logGroups).toEqual([{ arn: `arn:aws:logs:us-east-1:${ACCOUNT}:log-group:/app/DataLogs:*`, creationTime: env.clock.now(), logGroupName: '/app/DataLogs' }]);
    expect((await env.logs.send(new DescribeLogGroupsCommand({ logGroupNamePattern: 'datalogs' }))).logGroups).toEqual([]);

    const both = await logsError(env.logs.send(new DescribeLogGroupsCommand({ logGroupNamePrefix: '/aws', logGroupNamePattern: 'a' })));
    expect(both.name).toBe('InvalidParameterException');
    const badLimit = await logsError(env.logs.send(new DescribeLogGroupsCommand({ limit: 51 })));
    expect(badLimit.name).toBe('InvalidParameterException');
    expect(badLimit.message).toContain("at 'limit' failed to satisfy constraint: Member must have value less than or equal to 50");
  });

  it('keeps groups per region', async () => {
    await env.logs.send(new CreateLogGroupCommand({ logGroupName: 'regional' }));
    const west = env.clientFor('eu-west-1');
    expect((await west.send(new DescribeLogGroupsCommand({}))).logGroups).toEqual([]);
    await west.send(new CreateLogGroupCommand({ logGroupName: 'regional' }));
    const { logGroups } = await west.send(new DescribeLogGroupsCommand({}));
    expect(logGroups?.[0]?.logGroupArn).toBe(`arn:aws:logs:eu-west-1:${ACCOUNT}:log-group:regional`);
  });

  it('refuses duplicates, bad names and unknown groups with AWS errors', async () => {
    await env.logs.send(new CreateLogGroupCommand({ logGroupName: 'dup' }));
    const duplicate = await logsError(env.logs.send(new CreateLogGroupCommand({ logGroupName: 'dup' })));
    expect(duplicate.name).toBe('ResourceAlreadyExistsException');
    expect(duplicate.$metadata.httpStatusCode).toBe(400);

    const badName = await logsError(env.logs.send(new CreateLogGroupCommand({ logGroupName: 'has space' })));
    expect(badName.name).toBe('InvalidParameterException');
    expect(badName.message).toBe(
      "1 validation error detected: Value 'has space' at 'logGroupName' failed to satisfy constraint: Member must satisfy regular expression pattern: [\\.\\-_/#A-Za-z0-9]+",
    );

    const missing = await logsError(env.logs.send(new DeleteLogGroupCommand({ logGroupName: 'never-made' })));
    expect(missing.name).toBe('ResourceNotFoundException');
    expect(missing.message).toBe('The specified log group does not exist.');
  });

  it('sets retention only to the values AWS allows, and removes it', async () => {
    await env.logs.send(new CreateLogGroupCommand({ logGroupName: 'kept' }));
    await env.logs.send(new PutRetentionPolicyCommand({ logGroupName: 'kept', retentionInDays: 14 }));
    expect((await env.logs.send(new DescribeLogGroupsCommand({}))).logGroups?.[0]?.retentionInDays).toBe(14);

    const odd = await logsError(env.logs.send(new PutRetentionPolicyCommand({ logGroupName: 'kept', retentionInDays: 2 })));
    expect(odd.name).toBe('InvalidParameterException');
    expect(odd.message).toContain("Value '2' at 'retentionInDays' failed to satisfy constraint: Member must satisfy enum value set: [1, 3, 5, 7, 14, 30");

    await env.logs.send(new DeleteRetentionPolicyCommand({ logGroupName: 'kept' }));
    expect((await env.logs.send(new DescribeLogGroupsCommand({}))).logGroups?.[0]?.retentionInDays).toBeUndefined();
    const missing = await logsError(env.logs.send(new PutRetentionPolicyCommand({ logGroupName: 'gone', retentionInDays: 7 })));
    expect(missing.name).toBe('ResourceNotFoundException');
  });

  it('tags groups at creation and through the tagging APIs', async () => {
    await env.logs.send(new CreateLogGroupCommand({ logGroupName: 'tagged', tags: { team: 'ml' } }));
    const arn = `arn:aws:logs:us-east-1:${ACCOUNT}:log-group:tagged`;
    await env.logs.send(new TagResourceCommand({ resourceArn: arn, tags: { env: 'dev' } }));
    expect((await env.logs.send(new ListTagsForResourceCommand({ resourceArn: arn }))).tags).toEqual({ team: 'ml', env: 'dev' });
    await env.logs.send(new UntagResourceCommand({ resourceArn: arn, tagKeys: ['team'] }));
    expect((await env.logs.send(new ListTagsForResourceCommand({ resourceArn: arn }))).tags).toEqual({ env: 'dev' });
    const missing = await logsError(env.logs.send(new ListTagsForResourceCommand({ resourceArn: `${arn}-nope` })));
    expect(missing.name).toBe('ResourceNotFoundException');
  });

  it('supports the older name-based tagging calls', async () => {
    await env.logs.send(new CreateLogGroupCommand({ logGroupName: 'legacy' }));
    await env.logs.send(new TagLogGroupCommand({ logGroupName: 'legacy', tags: { owner: 'data', tier: 'gold' } }));
    await env.logs.send(new UntagLogGroupCommand({ logGroupName: 'legacy', tags: ['tier'] }));
    expect((await env.logs.send(new ListTagsLogGroupCommand({ logGroupName: 'legacy' }))).tags).toEqual({ owner: 'data' });
  });

  it('deletes a group with its streams', async () => {
    await env.logs.send(new CreateLogGroupCommand({ logGroupName: 'short-lived' }));
    await env.logs.send(new CreateLogStreamCommand({ logGroupName: 'short-lived', logStreamName: 's' }));
    await env.logs.send(new DeleteLogGroupCommand({ logGroupName: 'short-lived' }));
    const gone = await logsError(env.logs.send(new DescribeLogStreamsCommand({ logGroupName: 'short-lived' })));
    expect(gone.name).toBe('ResourceNotFoundException');
  });
});

describe('CloudWatch Logs streams', () => {
  beforeEach(async () => {
    await env.logs.send(new CreateLogGroupCommand({ logGroupName: 'jobs' }));
  });

  const put = (stream: string, timestamp: number) =>
    env.logs.send(new PutLogEventsCommand({ logGroupName: 'jobs', logStreamName: stream, logEvents: [{ timestamp, message: `at ${timestamp}` }] }));

  it('describes streams by name or by last event time, with event timestamps', async () => {
    const now = env.clock.now();
    for (const name of ['b-stream', 'a-stream', 'c-stream']) await env.logs.send(new CreateLogStreamCommand({ logGroupName: 'jobs', logStreamName: name }));
    await put('a-stream', now - 1000);
    await put('a-stream', now - 500);
    await put('b-stream', now - 100);
    await put('c-stream', now - 3000);

    const byName = await env.logs.send(new DescribeLogStreamsCommand({ logGroupName: 'jobs' }));
    expect(byName.logStreams?.map((stream) => stream.logStreamName)).toEqual(['a-stream', 'b-stream', 'c-stream']);
    expect(byName.logStreams?.[0]).toMatchObject({
      firstEventTimestamp: now - 1000,
      lastEventTimestamp: now - 500,
      lastIngestionTime: now,
      creationTime: now,
      arn: `arn:aws:logs:us-east-1:${ACCOUNT}:log-group:jobs:log-stream:a-stream`,
    });

    const latestFirst = await env.logs.send(new DescribeLogStreamsCommand({ logGroupName: 'jobs', orderBy: 'LastEventTime', descending: true, limit: 2 }));
    expect(latestFirst.logStreams?.map((stream) => stream.logStreamName)).toEqual(['b-stream', 'a-stream']);
    const next = await env.logs.send(new DescribeLogStreamsCommand({ logGroupName: 'jobs', orderBy: 'LastEventTime', descending: true, limit: 2, nextToken: latestFirst.nextToken }));
    expect(next.logStreams?.map((stream) => stream.logStreamName)).toEqual(['c-stream']);

    const prefixed = await env.logs.send(new DescribeLogStreamsCommand({ logGroupIdentifier: `arn:aws:logs:us-east-1:${ACCOUNT}:log-group:jobs`, logStreamNamePrefix: 'b' }));
    expect(prefixed.logStreams?.map((stream) => stream.logStreamName)).toEqual(['b-stream']);

    const conflicting = await logsError(env.logs.send(new DescribeLogStreamsCommand({ logGroupName: 'jobs', orderBy: 'LastEventTime', logStreamNamePrefix: 'a' })));
    expect(conflicting.name).toBe('InvalidParameterException');
  });

  it('reports every broken member at once, and refuses a token from another listing', async () => {
    const broken = await logsError(env.logs.send(new CreateLogStreamCommand({ logGroupName: 'bad name', logStreamName: 'a*b' })));
    expect(broken.name).toBe('InvalidParameterException');
    expect(broken.message).toMatch(/^2 validation errors detected: Value 'bad name' at 'logGroupName' .*; Value 'a\*b' at 'logStreamName' failed to satisfy constraint: Member must satisfy regular expression pattern: \[\^:\*\]\*$/);

    for (const name of ['s1', 's2', 's3']) await env.logs.send(new CreateLogStreamCommand({ logGroupName: 'jobs', logStreamName: name }));
    const page = await env.logs.send(new DescribeLogStreamsCommand({ logGroupName: 'jobs', limit: 1 }));
    const foreign = await logsError(env.logs.send(new DescribeLogGroupsCommand({ nextToken: page.nextToken })));
    expect(foreign).toMatchObject({ name: 'InvalidParameterException', message: 'The specified nextToken is invalid.' });
  });

  it('refuses duplicate streams, streams in missing groups and names with colons', async () => {
    await env.logs.send(new CreateLogStreamCommand({ logGroupName: 'jobs', logStreamName: 'one' }));
    expect((await logsError(env.logs.send(new CreateLogStreamCommand({ logGroupName: 'jobs', logStreamName: 'one' })))).name).toBe('ResourceAlreadyExistsException');
    expect((await logsError(env.logs.send(new CreateLogStreamCommand({ logGroupName: 'nope', logStreamName: 'one' })))).name).toBe('ResourceNotFoundException');
    expect((await logsError(env.logs.send(new CreateLogStreamCommand({ logGroupName: 'jobs', logStreamName: 'a:b' })))).name).toBe('InvalidParameterException');
  });

  it('deletes a stream and its bytes', async () => {
    await env.logs.send(new CreateLogStreamCommand({ logGroupName: 'jobs', logStreamName: 'temp' }));
    await put('temp', env.clock.now());
    await env.logs.send(new DeleteLogStreamCommand({ logGroupName: 'jobs', logStreamName: 'temp' }));
    expect((await env.logs.send(new DescribeLogStreamsCommand({ logGroupName: 'jobs' }))).logStreams).toEqual([]);
    expect((await env.logs.send(new DescribeLogGroupsCommand({}))).logGroups?.[0]?.storedBytes).toBe(0);
    const missing = await logsError(env.logs.send(new DeleteLogStreamCommand({ logGroupName: 'jobs', logStreamName: 'temp' })));
    expect(missing.message).toBe('The specified log stream does not exist.');
  });
});
