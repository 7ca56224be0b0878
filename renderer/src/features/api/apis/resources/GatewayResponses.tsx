import Box from '@cloudscape-design/components/box';
import Header from '@cloudscape-design/components/header';
import Table from '@cloudscape-design/components/table';
import type { GatewayResponseView } from '../../../../../../shared/domain/apis';
import { TemplateList } from '../highlight/TemplateList';

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
          cell: (response) => <TemplateList templates={response.templates} none="AWS’s default" label={(contentType) => `${response.type} template for ${contentType}`} />,
        },
      ]}
      empty={<Box>AWS’s defaults for every gateway response.</Box>}
    />
  );
}
