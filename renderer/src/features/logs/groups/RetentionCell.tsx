import Select from '@cloudscape-design/components/select';
import SpaceBetween from '@cloudscape-design/components/space-between';
import StatusIndicator from '@cloudscape-design/components/status-indicator';
import type { LogGroupSummary } from '../../../../../shared/domain/logs';
import { RETENTION_OPTIONS, daysFromValue, retentionLabel, retentionValue } from './log-group-format';

/**
 * A group's retention, and the select that changes it. Choosing sends at once: `logs.setRetention`
 * is destructive (a shorter period deletes older events), so the console's one confirmation asks
 * first, and the select keeps showing what AWS has until AWS has changed it (a cancel changes nothing).
 */
export function RetentionCell({
  group,
  busy,
  onChange,
}: {
  group: LogGroupSummary;
  busy: boolean;
  onChange: (days: number | null) => void;
}) {
  const forever = group.retentionInDays === undefined;
  const current = retentionValue(group.retentionInDays);
  const selected = RETENTION_OPTIONS.find((option) => option.value === current) ?? null;
  return (
    <SpaceBetween size="xxs">
      {[
        forever && (
          <span key="flag" data-testid={`log-group-forever-${group.name}`}>
            <StatusIndicator type="warning">Kept forever</StatusIndicator>
          </span>
        ),
        <Select
          key="select"
          data-testid={`log-group-retention-${group.name}`}
          selectedOption={selected}
          options={RETENTION_OPTIONS}
          disabled={busy}
          expandToViewport
          // The label starts with what the trigger shows, so speech input ("click Never expire") finds it.
          ariaLabel={`${retentionLabel(group.retentionInDays)}: retention of ${group.name}`}
          onChange={({ detail }) => {
            if (detail.selectedOption.value && detail.selectedOption.value !== current) {
              onChange(daysFromValue(detail.selectedOption.value));
            }
          }}
        />,
      ]}
    </SpaceBetween>
  );
}
