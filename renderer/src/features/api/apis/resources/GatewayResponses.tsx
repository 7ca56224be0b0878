import Box from '@cloudscape-design/components/box';
import Header from '@cloudscape-design/components/header';
import SpaceBetween from '@cloudscape-design/components/space-between';
import Table from '@cloudscape-design/components/table';
import type { GatewayResponseView } from '../../../../../../shared/domain/apis';
import { HighlightedCode } from '../highlight/HighlightedCode';

/** The answers API Gateway gives itself (a body failing validation, a missing key) that this API changed. */
export function GatewayResponses({ responses }: { responses: GatewayResponseView[] }) {
  const customized = responses.filter((response) => response.customized);
  return (
    <Table
      variant="container"
      data-testid="api-gateway-responses"
      header={
        <Header variant="h2" counter={`(${customized.length})`} description="What API Gateway answers before the integration runs: validation failures, missing keys, throttling.">
          Gateway responses
        </Header>
      }
      items={customized}
      trackBy="type"
      wrapLines
      columnDefinitions={[
        { id: 'type', header: 'Response', isRowHeader: true, cell: (response) => response.type },
        { id: 'status', header: 'Status', cell: (response) => response.statusCode ?? 'AWS’s default' },
        {
          id: 'template',
          header: 'Body template',
          cell: (response) => {
            const entries = Object.entries(response.templates);
            if (entries.length === 0) return 'AWS’s default';
            return (
              <SpaceBetween size="xxs">
                {entries.map(([contentType, template]) => (
                  <HighlightedCode key={contentType} code={template} label={`${response.type} template for ${contentType}`} />
                ))}
              </SpaceBetween>
            );
          },
        },
      ]}
      empty={<Box>AWS’s defaults for every gateway response.</Box>}
    />
  );
}
