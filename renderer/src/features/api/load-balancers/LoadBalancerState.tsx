import StatusIndicator from '@cloudscape-design/components/status-indicator';
import type { HealthCounts } from '../../../../../shared/domain/load-balancers';
import { healthType, healthWords, LB_STATE_LABEL, LB_STATE_TYPE, labelOf } from './lb-format';

/** A load balancer's state in words with an icon; impaired and failed read as trouble. */
export function LoadBalancerState({ state, reason, testId }: { state: string; reason?: string | undefined; testId?: string }) {
  return (
    <StatusIndicator type={LB_STATE_TYPE[state] ?? 'info'}>
      <span data-testid={testId} data-state={state}>
        {labelOf(LB_STATE_LABEL, state)}
        {reason ? ` (${reason})` : ''}
      </span>
    </StatusIndicator>
  );
}

/** Target health counts in words, coloured by whether any target fails; absent counts say so. */
export function HealthSummary({ health, testId }: { health: HealthCounts | undefined; testId?: string }) {
  if (!health) {
    return (
      <StatusIndicator type="info">
        <span data-testid={testId}>Health not read</span>
      </StatusIndicator>
    );
  }
  const total = health.healthy + health.unhealthy + health.other;
  return (
    <StatusIndicator type={healthType(health)}>
      <span data-testid={testId} data-unhealthy={health.unhealthy}>
        {total === 0 ? 'No targets' : healthWords(health)}
      </span>
    </StatusIndicator>
  );
}
