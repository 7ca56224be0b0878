import { DescribeAlarmsCommand, type CloudWatchClient, type MetricAlarm } from '@aws-sdk/client-cloudwatch';
import type { MetricChart, MetricRange } from '../../../../shared/domain/metrics';
import { SageDeckError } from '../../../../shared/errors';
import { thresholdOf } from './alarm-thresholds';
import { columnOf, emptyChartNote } from './chart-columns';
import { chartOfMetric } from './endpoint-charts';
import { getMetricData } from './metric-data';
import { MAX_DATAPOINTS_PER_CALL, metricWindow, windowTimestamps } from './metric-window';

export interface AlarmChartDeps {
  cloudwatch: CloudWatchClient;
  now: () => number;
  signal: AbortSignal;
}

/** CloudWatch's units as a chart axis says them; SageMaker's latencies are drawn in ms. */
const UNIT_WORDS: Record<string, string> = { Percent: '%', Count: 'count', None: 'count', Seconds: 's', Milliseconds: 'ms', Microseconds: 'µs', Bytes: 'bytes' };

function unitAndScale(alarm: MetricAlarm): { unit: string; scale: number } {
  const known = chartOfMetric(alarm.Namespace ?? '', alarm.MetricName ?? '');
  if (known) return { unit: known.unit, scale: known.scale };
  return { unit: UNIT_WORDS[alarm.Unit ?? 'None'] ?? alarm.Unit ?? '', scale: 1 };
}

function dimensionWords(alarm: MetricAlarm): string {
  return (alarm.Dimensions ?? []).map((d) => d.Value).join('/');
}

async function describeAlarm(cloudwatch: CloudWatchClient, name: string, signal: AbortSignal): Promise<MetricAlarm | 'composite'> {
  const answer = await cloudwatch.send(new DescribeAlarmsCommand({ AlarmNames: [name], AlarmTypes: ['MetricAlarm', 'CompositeAlarm'] }), { abortSignal: signal });
  const alarm = answer.MetricAlarms?.[0];
  if (alarm) return alarm;
  if (answer.CompositeAlarms?.length) return 'composite';
  throw new SageDeckError({ code: 'ResourceNotFound', message: `No alarm named ${name} in this account and region: it may have been deleted. Open the alarm board to see the alarms there are.`, retryable: false });
}

function noChart(name: string, note: string, alarm?: MetricAlarm): MetricChart {
  const threshold = alarm ? thresholdOf(alarm, 1, alarm.Period ?? 60) : undefined;
  return { id: 'alarm', title: name, unit: '', timestamps: [], series: [], thresholds: threshold ? [threshold] : [], note };
}

/**
 * The metric an alarm watches, at the alarm's own statistic and period (coarser only where
 * CloudWatch no longer keeps that period at the range's start), with its threshold: one
 * DescribeAlarms and one GetMetricData. A single series may use the call's whole 100,800
 * datapoints, so 2 weeks of a 1-minute alarm come at full resolution.
 */
export async function alarmChart(deps: AlarmChartDeps, name: string, range: MetricRange): Promise<MetricChart> {
  const alarm = await describeAlarm(deps.cloudwatch, name, deps.signal);
  if (alarm === 'composite') return noChart(name, 'A composite alarm watches other alarms, not a metric: open the alarms it combines to see their charts.');
  if (!alarm.MetricName || !alarm.Namespace) return noChart(name, 'This alarm watches a metric math expression; SageDeck draws alarms on a single metric.', alarm);
  const stat = alarm.ExtendedStatistic ?? alarm.Statistic ?? 'Average';
  const window = metricWindow(range, deps.now(), { queries: 1, maxPoints: MAX_DATAPOINTS_PER_CALL, atLeastS: alarm.Period ?? 60 });
  const data = await getMetricData(
    deps.cloudwatch,
    [
      {
        namespace: alarm.Namespace,
        metricName: alarm.MetricName,
        dimensions: (alarm.Dimensions ?? []).map((d) => ({ name: d.Name ?? '', value: d.Value ?? '' })),
        stat,
        ...(alarm.Unit ? { unit: alarm.Unit } : {}),
      },
    ],
    window,
    deps.signal,
  );
  const { unit, scale } = unitAndScale(alarm);
  const timestamps = windowTimestamps(window);
  const values = columnOf(timestamps, data.values[0], scale);
  const threshold = thresholdOf(alarm, scale, window.periodS);
  const chart: MetricChart = {
    id: 'alarm',
    title: `${alarm.MetricName} ${stat}${dimensionWords(alarm) ? ` (${dimensionWords(alarm)})` : ''}`,
    unit,
    timestamps,
    series: [{ label: stat, values }],
    thresholds: threshold ? [threshold] : [],
  };
  if (values.every((v) => v === null)) chart.note = emptyChartNote(window, `${alarm.MetricName} datapoints`);
  else if (data.notes.length) chart.note = data.notes.join(' ');
  return chart;
}
