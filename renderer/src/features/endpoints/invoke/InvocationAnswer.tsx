import Alert from '@cloudscape-design/components/alert';
import Box from '@cloudscape-design/components/box';
import KeyValuePairs from '@cloudscape-design/components/key-value-pairs';
import SpaceBetween from '@cloudscape-design/components/space-between';
import type { InvocationResult } from '../../../../../shared/domain/endpoints';

/** JSON answers are shown indented; anything else as it came. */
function pretty(body: string, contentType: string | undefined): string {
  if (!contentType?.includes('json')) return body;
  try {
    return JSON.stringify(JSON.parse(body), null, 2);
  } catch {
    return body;
  }
}

/** What the endpoint answered: status, latency, the variant that answered, and the body or AWS's error. */
export function InvocationAnswer({ result }: { result: InvocationResult }) {
  return (
    <SpaceBetween size="s">
      {[
        result.error && (
          <Alert key="error" type="error" header={result.error.code} data-testid="invoke-error">
            {result.error.message}
          </Alert>
        ),
        <KeyValuePairs
          key="facts"
          columns={4}
          items={[
            { label: 'Status', value: <span data-testid="invoke-status">{result.statusCode}</span> },
            { label: 'Latency', value: <span data-testid="invoke-latency">{Math.round(result.latencyMs)} ms</span> },
            {
              label: 'Answered by variant',
              value: <span data-testid="invoke-variant">{result.invokedVariant ?? 'not said'}</span>,
            },
            { label: 'Content type', value: result.contentType ?? '-' },
          ]}
        />,
        <Box key="body-label" variant="h3">
          Response body
        </Box>,
        <pre key="body" className="endpoint-payload" data-testid="invoke-body">
          {pretty(result.body, result.contentType)}
        </pre>,
      ]}
    </SpaceBetween>
  );
}
