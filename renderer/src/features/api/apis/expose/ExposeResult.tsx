import Alert from '@cloudscape-design/components/alert';
import Button from '@cloudscape-design/components/button';
import Container from '@cloudscape-design/components/container';
import Header from '@cloudscape-design/components/header';
import KeyValuePairs from '@cloudscape-design/components/key-value-pairs';
import SpaceBetween from '@cloudscape-design/components/space-between';
import type { ExposedApi } from '../../../../../../shared/domain/apis';
import { methodUrl } from '../../../../../../shared/domain/api-commands';
import { restApiHref } from '../../api-routes';
import { apiMethodHref } from '../api-detail-routes';
import { CopyableText } from '../CopyableText';

/** What the flow created, with the way to test it at once. */
export function ExposeResult({ result }: { result: ExposedApi }) {
  const url = methodUrl(result.invokeUrl, result.resourcePath);
  return (
    <div data-testid="expose-result">
      <Container
        header={
          <Header
            variant="h1"
            actions={
              <SpaceBetween direction="horizontal" size="xs">
                <Button href={restApiHref(result.apiId)}>Open the API</Button>
                <Button variant="primary" href={apiMethodHref(result.apiId, { path: result.resourcePath, httpMethod: result.httpMethod })} data-testid="expose-test-it">
                  Test it
                </Button>
              </SpaceBetween>
            }
          >
            {`${result.apiName} is live`}
          </Header>
        }
      >
        <SpaceBetween size="m">
          <Alert type="success">{`${result.httpMethod} ${result.resourcePath} is deployed to the stage ${result.stageName}.`}</Alert>
          <KeyValuePairs
            columns={2}
            items={[
              { label: 'Invoke URL', value: <CopyableText text={url} what={`the invoke URL of ${result.apiName}`} testId="expose-invoke-url" /> },
              { label: 'API id', value: <code>{result.apiId}</code> },
              ...(result.apiKeyId ? [{ label: 'API key id', value: <code>{result.apiKeyId}</code> }] : []),
              ...(result.usagePlanId ? [{ label: 'Usage plan id', value: <code>{result.usagePlanId}</code> }] : []),
            ]}
          />
          <div>
            <Header variant="h3">What was created</Header>
            <ol data-testid="expose-steps">
              {result.steps.map((step) => (
                <li key={step}>{step}</li>
              ))}
            </ol>
          </div>
        </SpaceBetween>
      </Container>
    </div>
  );
}
