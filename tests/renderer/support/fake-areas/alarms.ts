import type { z } from 'zod';
import type { alarmsRequests, alarmsStreams } from '../../../../shared/contract/alarms';
import type {
  AlarmHistoryItem,
  AlarmStateValue,
  AlarmSummary,
  RecommendedAlarm,
  RecommendedAlarmKind,
} from '../../../../shared/domain/alarms';
import type { WatchEvent } from '../../../../shared/domain/watch';
import { SageDeckError } from '../../../../shared/errors';
import type { RequestHandlersOf, StreamHandlersOf } from '../../../../electron/core/rpc/handlers';

type WatchInput = z.output<(typeof alarmsStreams)['alarms.watch']['input']>;
type Emit = (event: WatchEvent<AlarmSummary>) => void;

const ACCOUNT = '123456789012';

function notFound(name: string): SageDeckError {
  return new SageDeckError({ code: 'ResourceNotFound', message: `Alarm ${name} does not exist.`, retryable: false, requestId: 'fake-request-id' });
}

/**
 * A p99 model-latency alarm on churn-prod's AllTraffic variant, OK since a fixed time; tests override
 * any part (state, resource, managedBy…).
 */
export function alarmSummary(name: string, overrides: Partial<AlarmSummary> = {}): AlarmSummary {
  return {
    name,
    arn: `arn:aws:cloudwatch:us-east-1:${ACCOUNT}:alarm:${name}`,
    state: 'OK',
    stateReason: 'Threshold Crossed: 3 datapoints were not greater than or equal to the threshold (500000.0).',
    stateUpdatedAt: '2026-11-26T11:00:00.000Z',
    actionsEnabled: true,
    resource: { kind: 'variant', name: 'churn-prod/AllTraffic', endpointName: 'churn-prod' },
    metric: {
      namespace: 'AWS/SageMaker',
      metricName: 'ModelLatency',
      dimensions: [
        { name: 'EndpointName', value: 'churn-prod' },
        { name: 'VariantName', value: 'AllTraffic' },
      ],
      statistic: 'p99',
      periodSeconds: 60,
      unit: 'Microseconds',
    },
    threshold: 500000,
    comparison: 'GreaterThanOrEqualToThreshold',
    evaluationPeriods: 3,
    datapointsToAlarm: 3,
    treatMissingData: 'missing',
    alarmActions: [],
    okActions: [],
    ...overrides,
  };
}

const RECOMMENDED: Record<RecommendedAlarmKind, { suffix: string; metricName: string; statistic: string; comparison: RecommendedAlarm['comparison']; threshold: number; unit: string }> = {
  latencyP99: { suffix: 'model-latency-p99', metricName: 'ModelLatency', statistic: 'p99', comparison: 'GreaterThanOrEqualToThreshold', threshold: 500, unit: 'ms' },
  errors5xx: { suffix: '5xx-errors', metricName: 'Invocation5XXErrors', statistic: 'Sum', comparison: 'GreaterThanOrEqualToThreshold', threshold: 1, unit: 'errors' },
  zeroInvocations: { suffix: 'zero-invocations', metricName: 'Invocations', statistic: 'Sum', comparison: 'LessThanOrEqualToThreshold', threshold: 0, unit: 'invocations' },
  cpu: { suffix: 'cpu', metricName: 'CPUUtilization', statistic: 'Average', comparison: 'GreaterThanOrEqualToThreshold', threshold: 80, unit: '%' },
};

/** The four recommended alarms for each variant, with the defaults the core offers. */
export function recommendedAlarms(endpointName: string, variants: string[] = ['AllTraffic']): RecommendedAlarm[] {
  return variants.flatMap((variantName) =>
    (Object.keys(RECOMMENDED) as RecommendedAlarmKind[]).map((kind) => {
      const r = RECOMMENDED[kind];
      return {
        kind,
        variantName,
        name: `${endpointName}-${variantName}-${r.suffix}`,
        description: `${r.metricName} ${r.statistic} on ${endpointName}/${variantName}`,
        metric: {
          namespace: kind === 'cpu' ? '/aws/sagemaker/Endpoints' : 'AWS/SageMaker',
          metricName: r.metricName,
          dimensions: [
            { name: 'EndpointName', value: endpointName },
            { name: 'VariantName', value: variantName },
          ],
          statistic: r.statistic,
          periodSeconds: 60,
        },
        comparison: r.comparison,
        defaultThreshold: r.threshold,
        thresholdUnit: r.unit,
        evaluationPeriods: 3,
        datapointsToAlarm: 3,
        treatMissingData: kind === 'zeroInvocations' ? 'breaching' : 'missing',
        exists: false,
      };
    }),
  );
}

/**
 * alarms.*: an in-memory alarm list (`alarms`), history per alarm (`history`, newest first, paged
 * by `historyPageSize`), recommendations per endpoint (`recommendations`; `exists` is worked out
 * from `alarms`). `update`, `setState` and `remove` change the list and tell every open
 * alarms.watch as a poll would; the mutations do the same.
 */
export class FakeAlarms {
  alarms: AlarmSummary[] = [];
  history = new Map<string, AlarmHistoryItem[]>();
  historyPageSize = 25;
  recommendations = new Map<string, RecommendedAlarm[]>();
  private readonly watchers = new Set<Emit>();

  /** Adds or replaces an alarm and tells the watchers. */
  update(alarm: AlarmSummary): void {
    const before = this.alarms.some((a) => a.name === alarm.name);
    this.alarms = before ? this.alarms.map((a) => (a.name === alarm.name ? alarm : a)) : [alarm, ...this.alarms];
    this.tell({ type: 'changes', added: before ? [] : [alarm], updated: before ? [alarm] : [], removed: [] });
  }

  /** The alarm moves to `state`, as CloudWatch's evaluation would move it. */
  setState(name: string, state: AlarmStateValue, reason = `Threshold Crossed: moved to ${state}.`, at = '2026-11-26T12:00:00.000Z'): void {
    this.update({ ...this.find(name), state, stateReason: reason, stateUpdatedAt: at });
  }

  remove(names: string[]): void {
    this.alarms = this.alarms.filter((a) => !names.includes(a.name));
    this.tell({ type: 'changes', added: [], updated: [], removed: names });
  }

  find(name: string): AlarmSummary {
    const alarm = this.alarms.find((a) => a.name === name);
    if (!alarm) throw notFound(name);
    return alarm;
  }

  private tell(event: WatchEvent<AlarmSummary>): void {
    for (const emit of this.watchers) emit(event);
  }

  private setActions(names: string[], actionsEnabled: boolean): { names: string[] } {
    for (const name of names) this.update({ ...this.find(name), actionsEnabled });
    return { names };
  }

  readonly requests: RequestHandlersOf<typeof alarmsRequests> = {
    'alarms.list': async () => ({ items: this.alarms }),
    'alarms.history': async (input) => {
      this.find(input.name);
      const all = this.history.get(input.name) ?? [];
      const from = input.nextToken ? Number(input.nextToken) : 0;
      const to = from + this.historyPageSize;
      return { items: all.slice(from, to), ...(to < all.length ? { nextToken: String(to) } : {}) };
    },
    'alarms.disableActions': async (input) => this.setActions(input.names, false),
    'alarms.enableActions': async (input) => this.setActions(input.names, true),
    'alarms.recommendations': async (input) =>
      (this.recommendations.get(input.endpointName) ?? []).map((r) => ({ ...r, exists: this.alarms.some((a) => a.name === r.name) })),
    'alarms.createRecommended': async (input) => {
      const offered = this.recommendations.get(input.endpointName) ?? [];
      for (const wanted of input.alarms) {
        const r = offered.find((o) => o.kind === wanted.kind && o.variantName === wanted.variantName);
        if (!r) throw new SageDeckError({ code: 'InvalidInput', message: `No ${wanted.kind} alarm is offered for ${wanted.variantName}.`, retryable: false });
        this.update(
          alarmSummary(wanted.name, {
            state: 'INSUFFICIENT_DATA',
            stateReason: 'Unchecked: Initial alarm creation',
            resource: { kind: 'variant', name: `${input.endpointName}/${wanted.variantName}`, endpointName: input.endpointName },
            metric: r.metric,
            threshold: wanted.threshold,
            comparison: r.comparison,
            alarmActions: input.snsTopicArn ? [input.snsTopicArn] : [],
            okActions: input.snsTopicArn ? [input.snsTopicArn] : [],
          }),
        );
      }
      return { created: input.alarms.map((a) => a.name) };
    },
    'alarms.update': async (input) => {
      const { snsTopicArn, name, ...fields } = input;
      const topics = snsTopicArn ? [snsTopicArn] : [];
      const next: AlarmSummary = { ...this.find(name), ...fields, alarmActions: topics, okActions: topics };
      if (next.metric) next.metric = { ...next.metric, periodSeconds: input.periodSeconds };
      this.update(next);
      return next;
    },
    'alarms.delete': async (input) => {
      for (const name of input.names) this.find(name);
      this.remove(input.names);
      return { names: input.names };
    },
  };

  readonly streams: StreamHandlersOf<typeof alarmsStreams> = {
    'alarms.watch': (_input: WatchInput, emit) => {
      this.watchers.add(emit);
      emit({ type: 'snapshot', items: this.alarms });
      return () => this.watchers.delete(emit);
    },
  };
}
