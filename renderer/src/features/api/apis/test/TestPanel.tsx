import Button from '@cloudscape-design/components/button';
import Container from '@cloudscape-design/components/container';
import FormField from '@cloudscape-design/components/form-field';
import Header from '@cloudscape-design/components/header';
import SpaceBetween from '@cloudscape-design/components/space-between';
import Textarea from '@cloudscape-design/components/textarea';
import { useState } from 'react';
import type { ApiDetail, ApiResourceView, MethodView, TestInvokeResult } from '../../../../../../shared/domain/apis';
import { ErrorNotice } from '../../../../components/ErrorNotice';
import { messageFor } from '../../../live/field-errors';
import { useSageMutation } from '../../../live/use-sage-mutation';
import { ApiCommands } from './ApiCommands';
import { headerLines, HttpStatus, OutputBlock, ResultFrame } from './CallResult';
import { InvokeUrlCall } from './InvokeUrlCall';
import { defaultContentType, defaultTestBody, parseHeaderLines } from './test-draft';

/**
 * Test one method: API Gateway's TestInvokeMethod (the mapping and integration run without a
 * deployment, with the execution log), a real call to a stage's invoke URL, and the same test as
 * curl and AWS CLI commands. The body and headers stay as typed whatever fails.
 */
export function TestPanel({ api, resource, method }: { api: ApiDetail; resource: ApiResourceView; method: MethodView }) {
  const [body, setBody] = useState(() => defaultTestBody(method));
  const [headerText, setHeaderText] = useState(() => `Content-Type: ${defaultContentType(method)}`);
  const [result, setResult] = useState<TestInvokeResult>();
  const [stageName, setStageName] = useState(() => api.stages[0]?.name);
  const test = useSageMutation('apis.testInvoke');
  const parsedHeaders = parseHeaderLines(headerText);
  const headers = 'headers' in parsedHeaders ? parsedHeaders.headers : undefined;
  const httpMethod = method.httpMethod as Parameters<typeof test.run>[0]['httpMethod'];

  const run = () => {
    if (!headers) return;
    setResult(undefined);
    void test.run({ apiId: api.summary.id, resourceId: resource.id, httpMethod, body, headers }).then((answer) => answer && setResult(answer));
  };

  return (
    <Container header={<Header variant="h2" description="Runs the method's validation, mapping and integration as API Gateway would.">Test {`${method.httpMethod} ${resource.path}`}</Header>} data-testid="api-test-panel">
      <SpaceBetween size="l">
        <FormField label="Request body" errorText={messageFor(test.fieldErrors, 'body')} stretch>
          <Textarea value={body} onChange={({ detail }) => setBody(detail.value)} rows={6} spellcheck={false} ariaLabel="Request body" data-testid="api-test-body" />
        </FormField>
        <FormField
          label="Headers"
          description="One Name: value a line. Content-Type picks the mapping template and the model."
          errorText={'error' in parsedHeaders ? parsedHeaders.error : messageFor(test.fieldErrors, 'headers')}
          stretch
        >
          <Textarea value={headerText} onChange={({ detail }) => setHeaderText(detail.value)} rows={2} spellcheck={false} ariaLabel="Headers" data-testid="api-test-headers" />
        </FormField>
        <SpaceBetween size="s">
          <Button variant="primary" onClick={run} loading={test.isPending} disabled={!headers} data-testid="api-test-run">
            Test
          </Button>
          {test.formError && <ErrorNotice error={test.error} title="The test could not run" />}
          {result && (
            <ResultFrame testId="api-test-result">
              <HttpStatus status={result.status} latencyMs={result.latencyMs} testId="api-test-status" />
              <OutputBlock label="Response body" text={result.body} testId="api-test-response" />
              <OutputBlock label="Response headers" text={headerLines(result.headers)} testId="api-test-headers-out" />
              <OutputBlock label="Execution log" text={result.log} testId="api-test-log" />
            </ResultFrame>
          )}
        </SpaceBetween>
        <InvokeUrlCall api={api} resource={resource} method={method} stageName={stageName} onStageChange={setStageName} body={body} headers={headers} />
        <ApiCommands api={api} resource={resource} method={method} stageName={stageName} body={body} headers={headers} />
      </SpaceBetween>
    </Container>
  );
}
