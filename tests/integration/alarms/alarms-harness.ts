import { DescribeAlarmsCommand, PutMetricAlarmCommand, SetAlarmStateCommand, type MetricAlarm, type PutMetricAlarmInput } from '@aws-sdk/client-cloudwatch';
import type { AlarmStateValue, AlarmSummary } from '../../../shared/domain/alarms';
import type { JournalEntry } from '../../../shared/domain/journal';
import { startEndpointsWorld, type EndpointsWorld } from '../endpoints/endpoints-harness';

export interface AlarmsWorld extends EndpointsWorld {
  /** PutMetricAlarm through the sandbox's own client (as another tool would), one-minute periods. */
  putAlarm(name: string, alarm: Partial<PutMetricAlarmInput>): Promise<void>;
  setState(name: string, state: AlarmStateValue, reason?: string): Promise<void>;
  /** DescribeAlarms over the SDK, as an operator would check what SageDeck did. */
  described(name: string): Promise<MetricAlarm | undefined>;
  board(): Promise<AlarmSummary[]>;
  journal(channel: string): Promise<JournalEntry[]>;
}

/**
 * An alarm that no evaluation moves: its metric has no data and missing data is `ignore`, so the
 * state SetAlarmState gives it holds however far the clock runs.
 */
export const STILL: Partial<PutMetricAlarmInput> = {
  Namespace: 'SageDeck/Board',
  MetricName: 'QueueDepth',
  Statistic: 'Average',
  Period: 60,
  EvaluationPeriods: 1,
  Threshold: 10,
  ComparisonOperator: 'GreaterThanThreshold',
  TreatMissingData: 'ignore',
};

/** The demo seed (churn-prod, its three alarms and Auto Scaling's two) with alarm helpers. */
export async function startAlarmsWorld(): Promise<AlarmsWorld> {
  const world = await startEndpointsWorld();
  return {
    ...world,
    async putAlarm(name, alarm) {
      await world.cloudwatch.send(new PutMetricAlarmCommand({ ...STILL, ...alarm, AlarmName: name } as PutMetricAlarmInput));
    },
    async setState(name, state, reason = `test: ${state}`) {
      await world.cloudwatch.send(new SetAlarmStateCommand({ AlarmName: name, StateValue: state, StateReason: reason }));
    },
    async described(name) {
      return (await world.cloudwatch.send(new DescribeAlarmsCommand({ AlarmNames: [name] }))).MetricAlarms?.[0];
    },
    board: async () => (await world.ok<{ items: AlarmSummary[] }>('alarms.list', {})).items,
    async journal(channel) {
      return world.ok<JournalEntry[]>('journal.list', { channel });
    },
  };
}
