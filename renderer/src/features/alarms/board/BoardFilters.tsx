import SegmentedControl from '@cloudscape-design/components/segmented-control';
import SpaceBetween from '@cloudscape-design/components/space-between';
import TextFilter from '@cloudscape-design/components/text-filter';
import { ALARM_RESOURCE_KINDS, ALARM_STATES, type AlarmResourceKind, type AlarmStateValue } from '../../../../../shared/domain/alarms';
import { KIND_LABELS } from '../alarm-format';
import type { BoardFilter } from './board-filter';

const ALL = 'all';
const STATE_OPTIONS = [{ id: ALL, text: 'All states' }, ...ALARM_STATES.map((state) => ({ id: state, text: state }))];
const KIND_OPTIONS = [{ id: ALL, text: 'All resources' }, ...ALARM_RESOURCE_KINDS.map((kind) => ({ id: kind, text: KIND_LABELS[kind] }))];

export function BoardFilters({ filter, matches, onChange }: { filter: BoardFilter; matches: number; onChange: (next: BoardFilter) => void }) {
  return (
    <SpaceBetween direction="horizontal" size="m" alignItems="center">
      <SegmentedControl
        label="Filter by state"
        data-testid="alarm-filter-state"
        selectedId={filter.state ?? ALL}
        options={STATE_OPTIONS}
        onChange={({ detail }) => onChange({ ...filter, state: detail.selectedId === ALL ? undefined : (detail.selectedId as AlarmStateValue) })}
      />
      <SegmentedControl
        label="Filter by resource"
        data-testid="alarm-filter-kind"
        selectedId={filter.kind ?? ALL}
        options={KIND_OPTIONS}
        onChange={({ detail }) => onChange({ ...filter, kind: detail.selectedId === ALL ? undefined : (detail.selectedId as AlarmResourceKind) })}
      />
      <TextFilter
        data-testid="alarm-filter-text"
        filteringText={filter.text}
        filteringPlaceholder="Filter by alarm, resource, metric or reason"
        filteringAriaLabel="Filter alarms"
        countText={`${matches} matches`}
        onChange={({ detail }) => onChange({ ...filter, text: detail.filteringText })}
      />
    </SpaceBetween>
  );
}
