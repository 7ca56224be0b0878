import { CreateLogGroupCommand, DescribeLogGroupsCommand } from '@aws-sdk/client-cloudwatch-logs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { JournalEntry } from '../../../shared/domain/journal';
import type { LogGroupPage, LogStreamPage } from '../../../shared/domain/logs';
import { createGroup, putEvents, startLogsWorld, type LogsWorld } from './logs-core-harness';

let world: LogsWorld;

beforeAll(async () => {
  world = await startLogsWorld();
  // 55 groups under one prefix (more than a page of 50), and two others.
  for (let index = 0; index < 55; index += 1) {
    await world.logs.send(new CreateLogGroupCommand({ logGroupName: `/app/svc-${String(index).padStart(2, '0')}` }));
  }
  await world.seedGroup('/aws/sagemaker/TrainingJobs', { 'churn-xgb/algo-1-1700000000': ['[0]#011train-logloss:0.61'] });
  await world.logs.send(new CreateLogGroupCommand({ logGroupName: '/other/Churn-audit', logGroupClass: 'INFREQUENT_ACCESS' }));
});

afterAll(async () => {
  await world.close();
});

describe('logs.groups', () => {
  it('pages through a prefix in name order with each group\'s retention, stored bytes and class', async () => {
    const first = await world.ok<LogGroupPage>('logs.groups', { prefix: '/app/' });
    expect(first.groups).toHaveLength(50);
    expect(first.nextToken).toEqual(expect.any(String));
    const second = await world.ok<LogGroupPage>('logs.groups', { prefix: '/app/', nextToken: first.nextToken });
    expect(second.groups.map((group) => group.name)).toEqual(['/app/svc-50', '/app/svc-51', '/app/svc-52', '/app/svc-53', '/app/svc-54']);
    expect(second.nextToken).toBeUndefined();

    const [training] = (await world.ok<LogGroupPage>('logs.groups', { prefix: '/aws/sagemaker/' })).groups;
    expect(training).toMatchObject({
      name: '/aws/sagemaker/TrainingJobs',
      arn: 'arn:aws:logs:us-east-1:111122223333:log-group:/aws/sagemaker/TrainingJobs',
      createdAt: new Date(world.clock.now()).toISOString(),
      storedBytes: expect.any(Number),
      logGroupClass: 'STANDARD',
    });
    // Absent retention is "keeps its events forever": the list flags it.
    expect(training?.retentionInDays).toBeUndefined();
  });

  it('searches by a case-sensitive part of the name and still shows retention and class (AWS trims that answer)', async () => {
    await world.ok('logs.setRetention', { group: '/other/Churn-audit', days: 30 });
    const page = await world.ok<LogGroupPage>('logs.groups', { pattern: 'Churn' });
    expect(page.groups).toEqual([
      expect.objectContaining({ name: '/other/Churn-audit', retentionInDays: 30, logGroupClass: 'INFREQUENT_ACCESS', storedBytes: 0 }),
    ]);
    expect((await world.ok<LogGroupPage>('logs.groups', { pattern: 'churn' })).groups).toEqual([]);
    expect((await world.ok<LogGroupPage>('logs.groups', { pattern: 'svc-0', limit: 3 })).groups).toHaveLength(3);
  });

  it('refuses prefix and pattern together before any call, and shows AWS\'s refusal of a pattern next to it', async () => {
    world.sandbox.control.resetCounters();
    const both = await world.fail('logs.groups', { prefix: '/app/', pattern: 'svc' });
    expect(both).toMatchObject({ code: 'InvalidInput', fields: { pattern: expect.any(String) } });
    expect(world.sandboxCounters()['logs:DescribeLogGroups']).toBeUndefined();

    const refused = await world.fail('logs.groups', { pattern: 'has space' });
    expect(refused).toMatchObject({
      code: 'InvalidParameterException',
      fields: { pattern: expect.stringContaining('regular expression pattern') },
    });
  });
});

describe('logs.streams', () => {
  it('lists the most recently written stream first, and by name under a prefix', async () => {
    const group = '/aws/sagemaker/ProcessingJobs';
    const at = world.clock.now();
    await createGroup(world.logs, group, ['prep-a/algo-1', 'prep-b/algo-1', 'other/algo-1']);
    // Written in this order, prep-a last: most recent first is prep-a, other, prep-b.
    await putEvents(world.logs, group, 'prep-a/algo-1', [{ timestamp: at, message: 'a' }]);
    await putEvents(world.logs, group, 'prep-b/algo-1', [{ timestamp: at + 1_000, message: 'b' }]);
    await putEvents(world.logs, group, 'other/algo-1', [{ timestamp: at + 2_000, message: 'c' }]);
    await putEvents(world.logs, group, 'prep-a/algo-1', [{ timestamp: at + 5_000, message: 'later' }]);

    const recent = await world.ok<LogStreamPage>('logs.streams', { group });
    expect(recent.streams.map((stream) => stream.name)).toEqual(['prep-a/algo-1', 'other/algo-1', 'prep-b/algo-1']);
    expect(recent.streams[0]).toEqual({
      name: 'prep-a/algo-1',
      firstEventAt: new Date(at).toISOString(),
      lastEventAt: new Date(at + 5_000).toISOString(),
    });

    const prefixed = await world.ok<LogStreamPage>('logs.streams', { group, prefix: 'prep-' });
    expect(prefixed.streams.map((stream) => stream.name)).toEqual(['prep-a/algo-1', 'prep-b/algo-1']);

    const paged = await world.ok<LogStreamPage>('logs.streams', { group, limit: 2 });
    expect(paged.streams).toHaveLength(2);
    const rest = await world.ok<LogStreamPage>('logs.streams', { group, limit: 2, nextToken: paged.nextToken });
    expect(rest.streams.map((stream) => stream.name)).toEqual(['prep-b/algo-1']);
  });

  it('names the group as the field at fault when it does not exist', async () => {
    const missing = await world.fail('logs.streams', { group: '/nope' });
    expect(missing).toMatchObject({ code: 'ResourceNotFoundException', fields: { group: expect.stringContaining('does not exist') } });
  });
});

describe('logs.setRetention', () => {
  const group = '/app/svc-07';
  const retentionOf = async () =>
    (await world.logs.send(new DescribeLogGroupsCommand({ logGroupNamePrefix: group }))).logGroups?.[0]?.retentionInDays;

  it('sets days, then keeps forever again with null, after confirmation, journaled', async () => {
    const unconfirmed = await world.request('logs.setRetention', { group, days: 14 });
    expect(unconfirmed).toMatchObject({ ok: false, error: { code: 'ConfirmationRequired', confirmation: { target: group } } });
    expect(await retentionOf()).toBeUndefined();

    expect(await world.ok('logs.setRetention', { group, days: 14 })).toEqual({ retentionInDays: 14 });
    expect(await retentionOf()).toBe(14);
    expect(await world.ok('logs.setRetention', { group, days: null })).toEqual({});
    expect(await retentionOf()).toBeUndefined();

    const journal = await world.ok<JournalEntry[]>('journal.list', { channel: 'logs.setRetention' });
    expect(journal.filter((entry) => entry.target === group).map((entry) => entry.outcome)).toEqual(['success', 'success']);
  });

  it('refuses a period CloudWatch does not offer before any call, and a missing group as the group\'s fault', async () => {
    world.sandbox.control.resetCounters();
    const odd = await world.fail('logs.setRetention', { group, days: 2 });
    expect(odd).toMatchObject({ code: 'InvalidInput', fields: { days: expect.stringContaining('1, 3, 5, 7') } });
    expect(world.sandboxCounters()['logs:PutRetentionPolicy']).toBeUndefined();

    const missing = await world.fail('logs.setRetention', { group: '/nope', days: 7 });
    expect(missing).toMatchObject({ code: 'ResourceNotFoundException', fields: { group: expect.any(String) } });
  });
});
