import type { CloudWatchClient, MetricAlarm } from '@aws-sdk/client-cloudwatch';
import { readMetricAlarms } from '../alarms/metric-alarm-pages';

/**
 * The account's metric alarms for drawing thresholds, or none and a note saying why: a dashboard
 * without its threshold lines is still worth showing.
 */
export async function thresholdAlarms(cloudwatch: CloudWatchClient, signal: AbortSignal): Promise<{ alarms: MetricAlarm[]; note?: string }> {
  try {
    return { alarms: (await readMetricAlarms(cloudwatch, signal)).alarms };
  } catch (error) {
    if (signal.aborted) throw error;
    return { alarms: [], note: `Alarm thresholds are not drawn: DescribeAlarms failed (${error instanceof Error ? error.message : String(error)}).` };
  }
}
