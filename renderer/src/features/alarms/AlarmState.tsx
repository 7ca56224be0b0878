import StatusIndicator, { type StatusIndicatorProps } from '@cloudscape-design/components/status-indicator';
import type { AlarmStateValue } from '../../../../shared/domain/alarms';

const INDICATOR: Record<AlarmStateValue, StatusIndicatorProps.Type> = {
  ALARM: 'error',
  INSUFFICIENT_DATA: 'pending',
  OK: 'success',
};

/** An alarm's state as AWS spells it, with an icon and colour that only repeat the words. */
export function AlarmState({ state, testId }: { state: AlarmStateValue; testId?: string }) {
  return (
    <StatusIndicator type={INDICATOR[state]}>
      <span data-testid={testId} data-state={state}>
        {state}
      </span>
    </StatusIndicator>
  );
}
