import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { AlarmSummary } from '../../../shared/domain/alarms';
import { startAlarmsWorld, type AlarmsWorld } from './alarms-harness';

let world: AlarmsWorld;
beforeEach(async () => {
  world = await startAlarmsWorld();
});
afterEach(async () => {
  await world.close();
});

const TOPIC = 'arn:aws:sns:us-east-1:111122223333:on-call';
const PAGER = 'arn:aws:sns:us-east-1:111122223333:pager';
const edit = (name: string, changes: Record<string, unknown> = {}) => ({
  name,
  threshold: 250_000,
  comparison: 'GreaterThanThreshold',
  periodSeconds: 60,
  evaluationPeriods: 4,
  datapointsToAlarm: 2,
  treatMissingData: 'notBreaching',
  snsTopicArn: TOPIC,
  ...changes,
});
const scalingAlarm = async () => (await world.board()).find((a) => a.managedBy === 'autoscaling')!;

describe('alarms.update', () => {
  it('changes threshold, evaluation and topic, keeping the metric, dimensions, statistic and unit', async () => {
    const updated = await world.ok<AlarmSummary>('alarms.update', edit('churn-prod-model-latency-p99', { description: 'p99 above 250 ms' }));
    expect(updated).toMatchObject({ threshold: 250_000, evaluationPeriods: 4, datapointsToAlarm: 2, alarmActions: [TOPIC], okActions: [TOPIC], description: 'p99 above 250 ms' });
    expect(await world.described('churn-prod-model-latency-p99')).toMatchObject({
      Threshold: 250_000,
      EvaluationPeriods: 4,
      DatapointsToAlarm: 2,
      AlarmActions: [TOPIC],
      OKActions: [TOPIC],
      Namespace: 'AWS/SageMaker',
      MetricName: 'ModelLatency',
      ExtendedStatistic: 'p99',
      Unit: 'Microseconds',
      Dimensions: [
        { Name: 'EndpointName', Value: 'churn-prod' },
        { Name: 'VariantName', Value: 'AllTraffic' },
      ],
    });

    // Another topic replaces the first; null removes it.
    await world.ok('alarms.update', edit('churn-prod-model-latency-p99', { snsTopicArn: PAGER }));
    expect((await world.described('churn-prod-model-latency-p99'))?.AlarmActions).toEqual([PAGER]);
    await world.ok('alarms.update', edit('churn-prod-model-latency-p99', { snsTopicArn: null }));
    expect(await world.described('churn-prod-model-latency-p99')).toMatchObject({ AlarmActions: [], OKActions: [] });
    expect((await world.journal('alarms.update')).map((e) => e.outcome)).toEqual(['success', 'success', 'success']);
  });

  it('removing the topic keeps actions that are not SNS topics (an Auto Scaling step policy)', async () => {
    const policy = (await scalingAlarm()).alarmActions[0]!;
    await world.putAlarm('queue-depth', { AlarmActions: [TOPIC, policy] });
    await world.ok('alarms.update', edit('queue-depth', { threshold: 20, snsTopicArn: null }));
    expect(await world.described('queue-depth')).toMatchObject({ AlarmActions: [policy], Threshold: 20, Namespace: 'SageDeck/Board', Statistic: 'Average' });
  });

  it("refuses Auto Scaling's target-tracking alarms and unknown alarms, changing nothing", async () => {
    const managed = await scalingAlarm();
    const refused = await world.request('alarms.update', edit(managed.name), { confirmed: true });
    expect(refused).toMatchObject({ ok: false, error: { code: 'ManagedByAutoScaling', message: expect.stringMatching(/target-tracking policy.*scaling policy instead/) } });
    expect((await world.described(managed.name))?.Threshold).toBe(managed.threshold);
    const missing = await world.request('alarms.update', edit('no-such-alarm'), { confirmed: true });
    expect(missing).toMatchObject({ ok: false, error: { code: 'ResourceNotFound' } });
  });
});

describe('alarms.delete', () => {
  it('needs confirmation, then deletes the alarms', async () => {
    await world.putAlarm('queue-depth', {});
    const unconfirmed = await world.request('alarms.delete', { names: ['queue-depth', 'churn-prod-5xx-errors'] });
    expect(unconfirmed).toMatchObject({ ok: false, error: { code: 'ConfirmationRequired', confirmation: { action: 'Delete alarms', target: '2 alarms' } } });
    expect(await world.described('queue-depth')).toBeDefined();

    expect(await world.ok('alarms.delete', { names: ['queue-depth', 'churn-prod-5xx-errors'] })).toEqual({ names: ['queue-depth', 'churn-prod-5xx-errors'] });
    expect(await world.described('queue-depth')).toBeUndefined();
    expect(await world.described('churn-prod-5xx-errors')).toBeUndefined();
    expect((await world.board()).some((a) => a.name === 'queue-depth')).toBe(false);
    expect((await world.journal('alarms.delete'))[0]).toMatchObject({ target: '2 alarms', outcome: 'success' });
  });

  it("refuses to delete Auto Scaling's alarms, deleting none of the batch", async () => {
    const managed = await scalingAlarm();
    const refused = await world.request('alarms.delete', { names: ['churn-prod-5xx-errors', managed.name] }, { confirmed: true });
    expect(refused).toMatchObject({ ok: false, error: { code: 'ManagedByAutoScaling' } });
    expect(await world.described(managed.name)).toBeDefined();
    expect(await world.described('churn-prod-5xx-errors')).toBeDefined();
  });
});
