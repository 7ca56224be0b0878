import StatusIndicator from '@cloudscape-design/components/status-indicator';
import type { EndpointSummary } from '../../../../shared/domain/endpoints';
import { ENDPOINT_STATUS_LABEL, ENDPOINT_STATUS_TYPE } from './endpoint-format';

/** Status in words, plus "deployment in progress" while AWS would refuse another update. */
export function EndpointStatus({
  endpoint,
}: {
  endpoint: Pick<EndpointSummary, 'name' | 'status' | 'deploymentInProgress'>;
}) {
  return (
    <span
      data-testid={`endpoint-status-${endpoint.name}`}
      data-status={endpoint.status}
      data-deploying={endpoint.deploymentInProgress}
    >
      <StatusIndicator type={ENDPOINT_STATUS_TYPE[endpoint.status]}>
        {ENDPOINT_STATUS_LABEL[endpoint.status]}
        {endpoint.deploymentInProgress && endpoint.status !== 'Creating' ? ' · deployment in progress' : ''}
      </StatusIndicator>
    </span>
  );
}
