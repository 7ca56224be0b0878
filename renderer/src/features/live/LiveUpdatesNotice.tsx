import StatusIndicator from '@cloudscape-design/components/status-indicator';
import { useNow } from '../../app/use-now';
import { secondsUntil, type LiveUpdates } from './live-updates';

/**
 * One line next to a live list saying whether it still follows AWS. Text and icon, not colour, and a
 * polite live region, so a screen reader hears a pause without being interrupted.
 */
export function LiveUpdatesNotice({ updates, testId }: { updates: LiveUpdates; testId?: string }) {
  const now = useNow(updates.state === 'paused');
  return (
    <span role="status" aria-live="polite" data-testid={testId} data-state={updates.state}>
      {updates.state === 'live' && <StatusIndicator type="success">Live</StatusIndicator>}
      {updates.state === 'connecting' && <StatusIndicator type="loading">Connecting to updates</StatusIndicator>}
      {updates.state === 'hidden' && <StatusIndicator type="stopped">Updates paused while the window is hidden</StatusIndicator>}
      {updates.state === 'paused' && (
        <StatusIndicator type="warning">
          Updates paused ({updates.message}), retrying in {secondsUntil(updates.retryAt, now)} s
        </StatusIndicator>
      )}
    </span>
  );
}
