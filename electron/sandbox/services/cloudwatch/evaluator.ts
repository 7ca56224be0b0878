import type { AlarmStateValue, AlarmView, Clock, Where } from '../../types';
import { type AlarmRecord, alarmDocument } from './alarm-model';
import type { AlarmStore } from './alarm-store';
import { type EvaluatedPeriod, breaches, evaluateAlarm } from './evaluate';
import type { MetricStore } from './metric-store';
import { MINUTE_MS } from './model';
import { aggregatePeriods } from './periods';
import { statisticValue } from './statistics';

/** The last EvaluationPeriods complete periods before `now`, oldest first, with their statistic. */
export function evaluationRange(metrics: MetricStore, where: Where, alarm: AlarmRecord, now: number): EvaluatedPeriod[] {
  const periodMs = Math.max(alarm.period * 1000, MINUTE_MS);
  const end = Math.floor(now / periodMs) * periodMs;
  const start = end - alarm.evaluationPeriods * periodMs;
  const series = metrics.find(where, alarm.namespace, alarm.metricName, alarm.dimensions, alarm.unit);
  const points = new Map(aggregatePeriods(series, start, end, alarm.period).map((point) => [point.start, point]));
  const statistic = alarm.statistic ?? alarm.extendedStatistic ?? 'Average';
  const out: EvaluatedPeriod[] = [];
  for (let periodStart = start; periodStart < end; periodStart += periodMs) {
    const point = points.get(periodStart);
    const value = point ? statisticValue(point.aggregate, statistic) : undefined;
    const period: EvaluatedPeriod = { start: periodStart, value };
    if (point) period.sampleCount = point.aggregate.count;
    out.push(period);
  }
  return out;
}

/** Records a state change as AWS does: new state, history items (state update, actions), listeners. */
export function transition(
  alarms: AlarmStore,
  where: Where,
  alarm: AlarmRecord,
  to: AlarmStateValue,
  reason: string,
  reasonData: string | undefined,
  now: number,
  /** The newest breaching datapoint, when an evaluation (not SetAlarmState) moved the alarm. */
  value?: number,
): void {
  const from = alarm.state;
  const old: Record<string, unknown> = { stateValue: from, stateReason: alarm.stateReason };
  if (alarm.stateReasonData) old.stateReasonData = JSON.parse(alarm.stateReasonData) as unknown;
  alarm.state = to;
  alarm.stateReason = reason;
  if (reasonData === undefined) delete alarm.stateReasonData;
  else alarm.stateReasonData = reasonData;
  alarm.stateUpdatedMs = now;
  if (from === to) return;
  alarm.stateTransitionedMs = now;
  const fresh: Record<string, unknown> = { stateValue: to, stateReason: reason };
  if (reasonData !== undefined) fresh.stateReasonData = JSON.parse(reasonData) as unknown;
  alarms.addHistory(where, {
    alarmName: alarm.name,
    timestamp: now,
    type: 'StateUpdate',
    summary: `Alarm updated from ${from} to ${to}`,
    data: JSON.stringify({ version: '1.0', oldState: old, newState: fresh }),
  });
  const actions = to === 'ALARM' ? alarm.alarmActions : to === 'OK' ? alarm.okActions : alarm.insufficientDataActions;
  if (alarm.actionsEnabled) {
    for (const action of actions) {
      // Actions are recorded, not delivered (no SNS or EC2 here); Auto Scaling reacts via the bus.
      alarms.addHistory(where, {
        alarmName: alarm.name,
        timestamp: now,
        type: 'Action',
        summary: `Successfully executed action ${action}`,
        data: JSON.stringify({ actionState: 'Succeeded', stateUpdateTimestamp: now, notificationResource: action, publishedMessage: JSON.stringify(alarmDocument(alarm)) }),
      });
    }
  }
  alarms.notify(where, alarm.name, from, to, reason, now, value);
}

/**
 * Evaluates every alarm once a minute on the sandbox clock, aligned to whole minutes (as
 * CloudWatch does). The timer only runs while some alarm exists, so an idle sandbox on a manual
 * clock has nothing pending.
 */
export class AlarmEvaluator {
  private cancel: (() => void) | undefined;

  constructor(
    private readonly clock: Clock,
    private readonly alarms: AlarmStore,
    private readonly metrics: MetricStore,
  ) {}

  ensureRunning(): void {
    if (this.cancel || this.alarms.count() === 0) return;
    const untilNextMinute = MINUTE_MS - (this.clock.now() % MINUTE_MS);
    let stopEvery: (() => void) | undefined;
    const stopAfter = this.clock.after(untilNextMinute, () => {
      stopEvery = this.clock.every(MINUTE_MS, () => this.tick());
      this.tick();
    });
    this.cancel = () => {
      stopAfter();
      stopEvery?.();
    };
  }

  stop(): void {
    this.cancel?.();
    this.cancel = undefined;
  }

  tick(): void {
    if (this.alarms.count() === 0) {
      this.stop();
      return;
    }
    const now = this.clock.now();
    for (const { where, alarms } of this.alarms.allRegions()) {
      for (const alarm of alarms) this.evaluate(where, alarm, now);
    }
  }

  evaluate(where: Where, alarm: AlarmRecord, now: number): void {
    const periods = evaluationRange(this.metrics, where, alarm, now);
    const verdict = evaluateAlarm(alarm, periods, alarm.state, now);
    if (!verdict) return;
    // The reason stays the one of the last transition while the state holds.
    if (verdict.state === alarm.state) return;
    const value = verdict.state === 'ALARM' ? breachingValues(alarm, periods).at(-1) : undefined;
    transition(this.alarms, where, alarm, verdict.state, verdict.reason, verdict.reasonData, now, value);
  }

  /** The alarm as an action sees it: the breaching datapoints of the range the last tick evaluated. */
  view(where: Where, alarm: AlarmRecord, now: number): AlarmView {
    return {
      state: alarm.state,
      threshold: alarm.threshold,
      alarmActions: alarm.actionsEnabled ? [...alarm.alarmActions] : [],
      breachingValues: breachingValues(alarm, evaluationRange(this.metrics, where, alarm, now)),
    };
  }
}

function breachingValues(alarm: AlarmRecord, periods: EvaluatedPeriod[]): number[] {
  return periods.flatMap((period) => (period.value !== undefined && breaches(alarm.comparisonOperator, period.value, alarm.threshold) ? [period.value] : []));
}
