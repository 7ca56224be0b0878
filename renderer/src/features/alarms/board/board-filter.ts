import { ALARM_RESOURCE_KINDS, ALARM_STATES, type AlarmResourceKind, type AlarmStateValue, type AlarmSummary } from '../../../../../shared/domain/alarms';

/** The board's filters, as they sit in the address (`#/alarms?state=ALARM&kind=variant&q=latency`). */
export interface BoardFilter {
  state: AlarmStateValue | undefined;
  kind: AlarmResourceKind | undefined;
  text: string;
}

const oneOf = <T extends string>(values: readonly T[], value: string | null): T | undefined =>
  values.find((candidate) => candidate === value);

export function filterFromParams(params: URLSearchParams): BoardFilter {
  return { state: oneOf(ALARM_STATES, params.get('state')), kind: oneOf(ALARM_RESOURCE_KINDS, params.get('kind')), text: params.get('q') ?? '' };
}

export function filterToParams(filter: BoardFilter): Record<string, string> {
  return {
    ...(filter.state ? { state: filter.state } : {}),
    ...(filter.kind ? { kind: filter.kind } : {}),
    ...(filter.text.trim() ? { q: filter.text.trim() } : {}),
  };
}

export const isFiltered = (filter: BoardFilter) => Object.keys(filterToParams(filter)).length > 0;

/** Text matches the alarm's name, resource, metric or reason, case-insensitively. */
export function matchesFilter(alarm: AlarmSummary, filter: BoardFilter): boolean {
  if (filter.state && alarm.state !== filter.state) return false;
  if (filter.kind && alarm.resource.kind !== filter.kind) return false;
  const text = filter.text.trim().toLowerCase();
  if (!text) return true;
  return [alarm.name, alarm.resource.name, alarm.metric?.metricName ?? '', alarm.stateReason, alarm.description ?? ''].some((field) =>
    field.toLowerCase().includes(text),
  );
}
