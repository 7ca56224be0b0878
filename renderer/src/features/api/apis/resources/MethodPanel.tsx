import Box from '@cloudscape-design/components/box';
import Container from '@cloudscape-design/components/container';
import Header from '@cloudscape-design/components/header';
import KeyValuePairs from '@cloudscape-design/components/key-value-pairs';
import Link from '@cloudscape-design/components/link';
import SpaceBetween from '@cloudscape-design/components/space-between';
import StatusIndicator from '@cloudscape-design/components/status-indicator';
import Table from '@cloudscape-design/components/table';
import type { ApiResourceView, IntegrationView, MethodView } from '../../../../../../shared/domain/apis';
import { endpointHref } from '../../../endpoints/endpoint-routes';
import { apiPageHref } from '../api-detail-routes';
import { HighlightedCode } from '../highlight/HighlightedCode';
import { TemplateList } from '../highlight/TemplateList';
import { authWords, isOpen, yesNo } from './method-words';

/** What one method checks, maps and calls: authorization, validation, models, integration, templates, error mapping. */
export function MethodPanel({ apiId, resource, method }: { apiId: string; resource: ApiResourceView; method: MethodView }) {
  const validator = method.validator;
  const models = Object.entries(method.requestModels);
  return (
    <Container header={<Header variant="h2">{`${method.httpMethod} ${resource.path}`}</Header>} data-testid="api-method-detail">
      <SpaceBetween size="l">
        <KeyValuePairs
          columns={3}
          items={[
            {
              label: 'Authorization',
              value: (
                <span data-testid="method-auth">
                  {authWords(method.authorizationType)}
                  {isOpen(method) && (
                    <>
                      {' '}
                      <StatusIndicator type="warning">Open to anyone with the URL: no authorization and no API key</StatusIndicator>
                    </>
                  )}
                </span>
              ),
            },
            { label: 'API key required', value: <span data-testid="method-api-key">{yesNo(method.apiKeyRequired)}</span> },
            {
              label: 'Request validator',
              value: (
                <span data-testid="method-validator">
                  {validator ? `${validator.name} (${validatorWords(validator)})` : 'None: requests reach the integration unchecked'}
                </span>
              ),
            },
            {
              label: 'Request models',
              value:
                models.length === 0 ? (
                  'None'
                ) : (
                  <ul className="api-plain-list">
                    {models.map(([contentType, model]) => (
                      <li key={contentType}>
                        {contentType}: <Link href={apiPageHref(apiId, 'models')}>{model}</Link>
                      </li>
                    ))}
                  </ul>
                ),
            },
            { label: 'Method responses', value: method.methodResponses.join(', ') || 'None' },
            ...(Object.keys(method.requestParameters).length > 0
              ? [
                  {
                    label: 'Request parameters',
                    value: Object.entries(method.requestParameters)
                      .map(([name, required]) => `${name}${required ? ' (required)' : ''}`)
                      .join(', '),
                  },
                ]
              : []),
          ]}
        />
        {method.integration ? <IntegrationSection integration={method.integration} /> : <Box>This method has no integration: API Gateway answers 500 until one is set.</Box>}
      </SpaceBetween>
    </Container>
  );
}

function validatorWords(validator: NonNullable<MethodView['validator']>): string {
  const checks = [validator.validatesBody && 'the body', validator.validatesParameters && 'the parameters'].filter(Boolean);
  return checks.length > 0 ? `checks ${checks.join(' and ')}` : 'checks nothing';
}

function IntegrationSection({ integration }: { integration: IntegrationView }) {
  const templates = Object.entries(integration.requestTemplates);
  return (
    <SpaceBetween size="m">
      <Header variant="h3">Integration</Header>
      <KeyValuePairs
        columns={3}
        items={[
          { label: 'Type', value: integration.type },
          {
            label: 'Target',
            value: (
              <span data-testid="method-integration-target">
                {integration.endpointName ? (
                  <>
                    SageMaker endpoint <Link href={endpointHref(integration.endpointName)}>{integration.endpointName}</Link>
                  </>
                ) : (
                  (integration.uri ?? (integration.type === 'MOCK' ? 'A mock answer from API Gateway' : '—'))
                )}
              </span>
            ),
          },
          { label: 'URI', value: integration.uri ? <code className="api-copyable">{integration.uri}</code> : '—' },
          { label: 'Role', value: integration.credentials ? <code className="api-copyable">{integration.credentials}</code> : 'None (the caller’s identity)' },
          { label: 'Timeout', value: integration.timeoutMs !== undefined ? `${(integration.timeoutMs / 1000).toLocaleString()} s` : '—' },
          { label: 'Passthrough', value: integration.passthroughBehavior ?? '—' },
        ]}
      />
      <Header variant="h3">Request mapping</Header>
      {templates.length === 0 ? (
        <Box>No mapping template: the body passes through as sent ({integration.passthroughBehavior ?? 'WHEN_NO_MATCH'}).</Box>
      ) : (
        templates.map(([contentType, template]) => (
          <SpaceBetween size="xxs" key={contentType}>
            <Box variant="awsui-key-label">{contentType}</Box>
            <HighlightedCode code={template} label={`Request mapping template for ${contentType}`} testId={`mapping-template-${contentType}`} />
          </SpaceBetween>
        ))
      )}
      <ErrorMapping integration={integration} />
    </SpaceBetween>
  );
}

/** Integration responses: which backend status or error message maps to which method status, and how the body is rewritten. */
function ErrorMapping({ integration }: { integration: IntegrationView }) {
  return (
    <Table
      variant="embedded"
      data-testid="method-error-mapping"
      header={<Header variant="h3">Response and error mapping</Header>}
      items={integration.responses}
      trackBy="statusCode"
      wrapLines
      columnDefinitions={[
        {
          id: 'pattern',
          header: 'When the backend answers',
          cell: (response) => (response.selectionPattern ? <code>{response.selectionPattern}</code> : 'Anything else (the default)'),
        },
        { id: 'status', header: 'Status', cell: (response) => response.statusCode },
        {
          id: 'template',
          header: 'Response mapping',
          cell: (response) => (
            <TemplateList
              templates={response.templates}
              none="Passed through"
              label={(contentType) => `Response mapping template for ${response.statusCode}, ${contentType}`}
              testId={(contentType) => `response-template-${response.statusCode}-${contentType}`}
            />
          ),
        },
      ]}
      empty="No integration responses: every answer fails with 500 until one is set."
    />
  );
}
