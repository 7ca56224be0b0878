import { DescribeAlarmHistoryCommand, type AlarmHistoryItem as AwsHistoryItem, type CloudWatchClient } from '@aws-sdk/client-cloudwatch';
import { ALARM_STATES, type AlarmHistoryItem, type AlarmHistoryPage, type AlarmStateValue } from '../../../../shared/domain/alarms';
import { cloudWatchCall } from './missing-operation';

const PAGE_SIZE = 100;
const TYPES: readonly AlarmHistoryItem['type'][] = ['StateUpdate', 'ConfigurationUpdate', 'Action'];

interface StateUpdateData {
  oldState?: { stateValue?: string };
  newState?: { stateValue?: string; stateReason?: string };
}

const stateOf = (value: string | undefined): AlarmStateValue | undefined => (ALARM_STATES.includes(value as AlarmStateValue) ? (value as AlarmStateValue) : undefined);

/** A StateUpdate's HistoryData is JSON with the old and new state; anything unreadable is left out. */
function stateChange(data: string | undefined): Pick<AlarmHistoryItem, 'oldState' | 'newState' | 'reason'> {
  let parsed: StateUpdateData;
  try {
    parsed = JSON.parse(data ?? '{}') as StateUpdateData;
  } catch {
    return {};
  }
  const out: Pick<AlarmHistoryItem, 'oldState' | 'newState' | 'reason'> = {};
  const oldState = stateOf(parsed.oldState?.stateValue);
  const newState = stateOf(parsed.newState?.stateValue);
  if (oldState) out.oldState = oldState;
  if (newState) out.newState = newState;
  if (parsed.newState?.stateReason) out.reason = parsed.newState.stateReason;
  return out;
}

function historyItem(item: AwsHistoryItem): AlarmHistoryItem | undefined {
  const type = TYPES.find((t) => t === item.HistoryItemType);
  if (!type) return undefined;
  const out: AlarmHistoryItem = { time: item.Timestamp?.toISOString() ?? '', type, summary: item.HistorySummary ?? '' };
  return type === 'StateUpdate' ? { ...out, ...stateChange(item.HistoryData) } : out;
}

/** One page of an alarm's history, newest first (AWS keeps 30 days). */
export async function alarmHistory(cloudwatch: CloudWatchClient, name: string, nextToken: string | undefined, signal: AbortSignal): Promise<AlarmHistoryPage> {
  const answer = await cloudWatchCall('DescribeAlarmHistory', `show the history of ${name}`, () =>
    cloudwatch.send(
      new DescribeAlarmHistoryCommand({ AlarmName: name, ScanBy: 'TimestampDescending', MaxRecords: PAGE_SIZE, ...(nextToken ? { NextToken: nextToken } : {}) }),
      { abortSignal: signal },
    ),
  );
  const page: AlarmHistoryPage = { items: (answer.AlarmHistoryItems ?? []).flatMap((item) => historyItem(item) ?? []) };
  if (answer.NextToken) page.nextToken = answer.NextToken;
  return page;
}
