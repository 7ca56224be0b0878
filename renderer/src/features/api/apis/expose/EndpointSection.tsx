import Container from '@cloudscape-design/components/container';
import FormField from '@cloudscape-design/components/form-field';
import Header from '@cloudscape-design/components/header';
import Select from '@cloudscape-design/components/select';
import type { ExposeDraft } from './expose-draft';
import type { ErrorOf } from './ExposeFlow';
import { useSessionQuery } from '../../../use-session-query';

/** Step 1: which SageMaker endpoint the API calls (prefilled from the address). */
export function EndpointSection({ draft, onEndpoint, errorOf }: { draft: ExposeDraft; onEndpoint: (name: string) => void; errorOf: ErrorOf }) {
  const endpoints = useSessionQuery('endpoints.list', {});
  const options = (endpoints.data?.items ?? []).map((endpoint) => ({ value: endpoint.name, label: endpoint.name, description: endpoint.status }));
  const listed = options.some((option) => option.value === draft.endpointName);
  // An endpoint named in the address stays chosen even before (or without) the list.
  const all = draft.endpointName && !listed ? [{ value: draft.endpointName, label: draft.endpointName }, ...options] : options;
  return (
    <Container header={<Header variant="h2">1. Endpoint</Header>}>
      <FormField
        label="SageMaker endpoint"
        description="The API's POST method calls InvokeEndpoint on it."
        errorText={errorOf('endpointName') ?? (endpoints.isError ? 'The endpoints could not be listed: type the address with ?endpoint=<name>, or reload.' : undefined)}
      >
        <Select
          selectedOption={all.find((option) => option.value === draft.endpointName) ?? null}
          onChange={({ detail }) => onEndpoint(detail.selectedOption.value ?? '')}
          options={all}
          filteringType="auto"
          placeholder="Choose an endpoint"
          statusType={endpoints.isPending ? 'loading' : endpoints.isError ? 'error' : 'finished'}
          loadingText="Loading endpoints"
          errorText="The endpoints could not be listed."
          empty="No endpoints in this region"
          ariaLabel="SageMaker endpoint"
          data-testid="expose-endpoint"
        />
      </FormField>
    </Container>
  );
}
