import Container from '@cloudscape-design/components/container';
import Header from '@cloudscape-design/components/header';
import StatusIndicator from '@cloudscape-design/components/status-indicator';
import type { ExposeEndpointInput } from '../../../../../../shared/contract/apis';
import { plannedSteps } from './expose-draft';

/** While the flow runs: what it will have done when it answers (AWS calls in this order). */
export function ExposeProgress({ input }: { input: ExposeEndpointInput }) {
  return (
    <Container header={<Header variant="h2">Exposing {input.endpointName}</Header>} data-testid="expose-progress">
      <div role="status">
        <StatusIndicator type="loading">Creating the API: this takes a few seconds.</StatusIndicator>
      </div>
      <ol data-testid="expose-planned-steps">
        {plannedSteps(input).map((step) => (
          <li key={step}>{step}</li>
        ))}
      </ol>
    </Container>
  );
}
