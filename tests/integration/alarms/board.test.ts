import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { AlarmSummary } from '../../../shared/domain/alarms';
import type { WatchEvent } from '../../../shared/domain/watch';
import { until } from '../jobs/jobs-harness';
import { startAlarmsWorld, type AlarmsWorld } from './alarms-harness';

let world: AlarmsWorld;
beforeEach(async () => {
  world = await startAlarmsWorld();
});
afterEach(async () => {
  await world.close();
});

const churnProd = [{ Name: 'EndpointName', Value: 'churn-prod' }];
const allTraffic = [...churnProd, { Name: 'VariantName', Value: 'AllTraffic' }];

/** One alarm of each resource kind, each held in a known state. */
async function boardOfEveryKind(): Promise<void> {
  await world.putAlarm('board-endpoint-errors', { Namespace: 'AWS/SageMaker', MetricName: 'Invocation5XXErrors', Dimensions: churnProd });
  await world.putAlarm('board-variant-latency', { Namespace: 'SageDeck/Board', MetricName: 'Latency', Dimensions: allTraffic });
  await world.putAlarm('board-training-cpu', { Namespace: '/aws/sagemaker/TrainingJobs', MetricName: 'CPUUtilization', Dimensions: [{ Name: 'Host', Value: 'churn-train-7/algo-1' }] });
  await world.putAlarm('board-processing-failures', { Namespace: 'SageDeck/Board', MetricName: 'Failures', Dimensions: [{ Name: 'ProcessingJobName', Value: 'prep-1' }] });
  await world.putAlarm('board-schedule-errors', { Namespace: 'AWS/Scheduler', MetricName: 'TargetErrorCount', Dimensions: [{ Name: 'ScheduleGroup', Value: 'default' }] });
  await world.putAlarm('board-queue-depth', {});
  for (const name of ['board-queue-depth', 'board-training-cpu', 'board-variant-latency']) await world.setState(name, 'ALARM');
  for (const name of ['board-endpoint-errors', 'board-processing-failures']) await world.setState(name, 'OK');
}

describe('alarms.list: the board', () => {
  it('classifies each alarm by the resource it watches and orders ALARM, INSUFFICIENT_DATA, OK, then kind, resource, name', async () => {
    await boardOfEveryKind();
    const board = await world.board();

    const mine = board.filter((alarm) => alarm.name.startsWith('board-'));
    expect(mine.map((alarm) => [alarm.state, alarm.resource.kind, alarm.resource.name, alarm.name])).toEqual([
      ['ALARM', 'variant', 'churn-prod/AllTraffic', 'board-variant-latency'],
      ['ALARM', 'job', 'churn-train-7', 'board-training-cpu'],
      ['ALARM', 'other', 'SageDeck/Board', 'board-queue-depth'],
      ['INSUFFICIENT_DATA', 'schedule', 'default', 'board-schedule-errors'],
      ['OK', 'endpoint', 'churn-prod', 'board-endpoint-errors'],
      ['OK', 'job', 'prep-1', 'board-processing-failures'],
    ]);
    // The whole board, the demo's alarms included, keeps the state order.
    const rank = { ALARM: 0, INSUFFICIENT_DATA: 1, OK: 2 };
    const ranks = board.map((alarm) => rank[alarm.state]);
    expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
    expect(board.find((a) => a.name === 'board-variant-latency')).toMatchObject({ resource: { endpointName: 'churn-prod' }, stateReason: 'test: ALARM', actionsEnabled: true });
  });

  it("shows the demo's alarms with their metric, statistic and thresholds, and marks Auto Scaling's own", async () => {
    const board = await world.board();
    expect(board.find((a) => a.name === 'churn-prod-model-latency-p99')).toMatchObject({
      resource: { kind: 'variant', name: 'churn-prod/AllTraffic', endpointName: 'churn-prod' },
      metric: {
        namespace: 'AWS/SageMaker',
        metricName: 'ModelLatency',
        statistic: 'p99',
        periodSeconds: 60,
        unit: 'Microseconds',
        dimensions: [
          { name: 'EndpointName', value: 'churn-prod' },
          { name: 'VariantName', value: 'AllTraffic' },
        ],
      },
      threshold: 100_000,
      comparison: 'GreaterThanThreshold',
      evaluationPeriods: 5,
      datapointsToAlarm: 3,
      treatMissingData: 'notBreaching',
    });
    expect(board.find((a) => a.name === 'churn-prod-5xx-errors')?.managedBy).toBeUndefined();
    const scaling = board.filter((a) => a.name.startsWith('TargetTracking-'));
    expect(scaling).toHaveLength(2);
    expect(scaling.every((a) => a.managedBy === 'autoscaling' && a.alarmActions[0]?.startsWith('arn:aws:autoscaling:'))).toBe(true);
    expect(board.every((a) => !Number.isNaN(Date.parse(a.stateUpdatedAt)))).toBe(true);
  });
});

describe('alarms.watch', () => {
  it('delivers a state change without a reload, keyed by alarm name', async () => {
    await world.putAlarm('board-queue-depth', {});
    await world.setState('board-queue-depth', 'OK');
    const live = world.subscribe('alarms.watch', {});
    const events = () => live.events as WatchEvent<AlarmSummary>[];
    await until(() => events().some((e) => e.type === 'snapshot'), 'the snapshot');
    const snapshot = events().find((e) => e.type === 'snapshot');
    expect(snapshot?.type === 'snapshot' && snapshot.items.find((a) => a.name === 'board-queue-depth')?.state).toBe('OK');

    await world.setState('board-queue-depth', 'ALARM', 'test: the queue backs up');
    const raised = () =>
      events().flatMap((e) => (e.type === 'changes' ? e.updated : [])).find((a) => a.name === 'board-queue-depth' && a.state === 'ALARM');
    await world.advanceUntil(async () => raised() !== undefined, 'the watcher to deliver ALARM', 3);
    expect(raised()).toMatchObject({ stateReason: 'test: the queue backs up', resource: { kind: 'other' } });
    live.cancel();
  });
});
