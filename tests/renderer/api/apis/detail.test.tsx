import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { beforeAll, describe, expect, it } from 'vitest';
import { CHURN_API_ID, churnApiDetail } from '../../support/fake-areas/apis';
import type { FakeCore } from '../../support/fake-core';
import { preloadApiChunks, renderApis, type } from './apis-app';

const page = (query = '') => `#/api/apis/${CHURN_API_ID}${query}`;
const ready = () => waitFor(() => expect(screen.getByTestId('api-detail').dataset.state).toBe('ready'));

/** churn-api with its POST /predict changed: open (NONE), or behind an API key of a usage plan on prod. */
function withPredict(host: FakeCore, change: { authorizationType?: string; apiKeyRequired?: boolean }, keyIds: string[] = []) {
  const detail = churnApiDetail();
  const method = detail.resources[1]!.methods[0]!;
  Object.assign(method, change);
  detail.usagePlans = keyIds.length ? [{ id: 'plan000001', name: 'churn-partners', throttle: { rateLimit: 10, burstLimit: 20 }, stages: [`${CHURN_API_ID}/prod`], apiKeyIds: keyIds }] : [];
  host.apis.details.set(CHURN_API_ID, detail);
}

describe('REST API page', () => {
  beforeAll(preloadApiChunks, 60_000);

  it('shows the method tree and, for the method, its auth, validator, endpoint and highlighted templates', async () => {
    await renderApis(page());
    await ready();
    const resource = screen.getByTestId('api-resource-/predict');
    const post = within(resource).getByTestId('api-method-/predict-POST');
    expect(post.getAttribute('aria-current')).toBe('true');
    expect(post.getAttribute('href')).toBe(`#/api/apis/${CHURN_API_ID}?tab=resources&method=%2Fpredict%3APOST`);
    expect(screen.getByTestId('method-auth').textContent).toBe('IAM (SigV4-signed requests)');
    expect(screen.getByTestId('method-validator').textContent).toBe('validate-body (checks the body)');
    const target = screen.getByTestId('method-integration-target');
    expect(within(target).getByRole('link', { name: 'churn-prod' }).getAttribute('href')).toBe('#/endpoints/churn-prod');

    const template = screen.getByRole('region', { name: 'Request mapping template for application/json' });
    expect(template.dataset.testid).toBe('mapping-template-application/json');
    expect(template.textContent).toBe("$input.json('$')");
    expect(template.querySelector('.api-code-ref')?.textContent).toBe('$input.json');
    expect(template.querySelector('.api-code-string')?.textContent).toBe("'$'");
    const errors = screen.getByTestId('method-error-mapping');
    expect(errors.textContent).toContain('4\\d{2}');
    expect(errors.textContent).toContain('Anything else (the default)');
    const clientError = screen.getByTestId('response-template-400-application/json');
    expect([...clientError.querySelectorAll('.api-code-string')].map((span) => span.textContent)).toContain('"message"');
    // The gateway's own validation answer, with the reference inside its string highlighted.
    const gateway = screen.getByRole('region', { name: 'BAD_REQUEST_BODY template for application/json' });
    expect(gateway.querySelector('.api-code-ref')?.textContent).toBe('$context.error.validationErrorString');
  });

  it('marks a method open to anyone (no auth, no API key) with a warning', async () => {
    await renderApis(page(), { setup: (host) => withPredict(host, { authorizationType: 'NONE' }) });
    await ready();
    expect(screen.getByTestId('method-auth').textContent).toContain('Open to anyone with the URL');
  });

  it("shows each stage's settings and its warnings in plain words", async () => {
    await renderApis(page('?tab=stages'), {
      setup: (host) => {
        const detail = churnApiDetail();
        detail.stages[0]!.warnings = ['Execution logging is off: failed requests leave no trace in CloudWatch Logs.', 'POST /predict has no authorization: anyone with the URL can call it.'];
        host.apis.details.set(CHURN_API_ID, detail);
      },
    });
    const stage = await screen.findByTestId('stage-prod');
    expect(within(stage).getAllByTestId('stage-warning').map((alert) => alert.textContent)).toEqual([
      'Execution logging is off: failed requests leave no trace in CloudWatch Logs.',
      'POST /predict has no authorization: anyone with the URL can call it.',
    ]);
    expect(stage.textContent).toContain('100 requests a second, bursts of 50');
    expect(stage.textContent).toContain('/aws/apigateway/churn-api-access');
    expect(stage.textContent).toContain('endpointName = churn-prod');
  });

  it('tests the method: status, response and execution log; the curl and CLI commands follow the typed body', async () => {
    const { host } = await renderApis(page());
    await ready();
    const body = `{"instances": [[1, 2]], "note": "it's"}`;
    type('api-test-body', body);
    fireEvent.click(screen.getByTestId('api-test-run'));
    expect((await screen.findByTestId('api-test-status')).textContent).toBe('Status 200 · 42 ms');
    expect(screen.getByTestId('api-test-response').textContent).toBe('{"predictions": [0.12]}');
    expect(screen.getByRole('region', { name: 'Execution log' }).textContent).toContain('Method completed with status: 200');
    expect(screen.getByTestId('api-test-log').textContent).toContain('Execution log for request test-request');
    expect(host.callsTo('apis.testInvoke').map((call) => call.input)).toEqual([
      { apiId: CHURN_API_ID, resourceId: 'pred01', httpMethod: 'POST', body, headers: { 'Content-Type': 'application/json' } },
    ]);

    const curl = screen.getByTestId('api-command-curl').textContent!;
    expect(curl).toContain(`curl -X POST https://${CHURN_API_ID}.execute-api.us-east-1.amazonaws.com/prod/predict`);
    expect(curl).toContain('--aws-sigv4 "aws:amz:us-east-1:execute-api"');
    expect(curl).toContain('--user "$AWS_ACCESS_KEY_ID:$AWS_SECRET_ACCESS_KEY"');
    expect(curl).toContain(`--data-raw '{"instances": [[1, 2]], "note": "it'\\''s"}'`);
    const cli = screen.getByTestId('api-command-cli').textContent!;
    expect(cli).toContain(`--rest-api-id ${CHURN_API_ID}`);
    expect(cli).toContain('--resource-id pred01');
    expect(cli).toContain('--path-with-query-string /predict');
    expect(cli).toContain('--region us-east-1');
    expect(screen.getByRole('button', { name: 'Copy the AWS CLI test-invoke-method command' })).toBeTruthy();
  });

  it('keeps the body when a test fails and shows why', async () => {
    const { host } = await renderApis(page());
    await ready();
    host.failNext('apis.testInvoke', { code: 'BadRequestException', message: 'Invalid request body', fields: { body: 'AWS refused this: the body is not valid JSON' } });
    type('api-test-body', '{"instances": [[1, 2]');
    fireEvent.click(screen.getByTestId('api-test-run'));
    await screen.findByText('AWS refused this: the body is not valid JSON');
    expect((screen.getByTestId('api-test-body').querySelector('textarea') as HTMLTextAreaElement).value).toBe('{"instances": [[1, 2]');
    expect(screen.queryByTestId('api-test-status')).toBeNull();
  });

  it("calls the invoke URL with the chosen key's id, and the commands name $API_KEY, never the key", async () => {
    const { host } = await renderApis(page(), { setup: (core) => withPredict(core, { authorizationType: 'NONE', apiKeyRequired: true }, ['key0000001', 'key0000002']) });
    await ready();
    fireEvent.click(screen.getByTestId('api-invoke-run'));
    expect((await screen.findByTestId('api-invoke-status')).textContent).toBe('Status 200 · 55 ms · API key sent');
    expect(screen.getByTestId('api-invoke-response').textContent).toBe('{"predictions": [0.12]}');
    expect(host.callsTo('apis.invoke')[0]?.input).toMatchObject({ apiId: CHURN_API_ID, stageName: 'prod', path: '/predict', httpMethod: 'POST', apiKeyId: 'key0000001' });

    const curl = screen.getByTestId('api-command-curl').textContent!;
    expect(curl).toContain('-H "x-api-key: $API_KEY"');
    expect(curl).not.toContain('--aws-sigv4');
    for (const command of [curl, screen.getByTestId('api-command-cli').textContent!]) {
      expect(command).not.toContain('key0000001');
      expect(command).not.toMatch(/AKIA|ASIA|x-api-key: [^$]/);
    }
  });

  it('selects the method named in the address, shows models highlighted, and draws the stage metrics', async () => {
    const { host } = await renderApis(page('?tab=models&method=/predict:POST'));
    await ready();
    const schema = screen.getByTestId('model-schema-ChurnPayload');
    expect(schema.getAttribute('aria-label')).toBe('Schema of ChurnPayload');
    expect([...schema.querySelectorAll('.api-code-string')].map((span) => span.textContent)).toContain('"instances"');

    fireEvent.click(screen.getByRole('tab', { name: 'Metrics' }));
    await waitFor(() => expect(screen.getByTestId('api-dashboard').dataset.state).toBe('ready'));
    expect(screen.getByTestId('metric-chart-api-requests')).toBeTruthy();
    expect(host.callsTo('metrics.api')[0]?.input).toMatchObject({ apiName: 'churn-api', stageName: 'prod' });
    // The method chosen in the address stays chosen across tabs.
    expect(window.location.hash).toContain('method=%2Fpredict%3APOST');
  });

  it('says when the API does not exist and offers the way back', async () => {
    await renderApis('#/api/apis/zzzzzzzzzz');
    await waitFor(() => expect(screen.getByTestId('api-detail').dataset.state).toBe('error'));
    expect(screen.getByTestId('api-detail').textContent).toContain('Invalid API identifier specified');
    expect(screen.getByRole('link', { name: 'Back to the REST APIs' }).getAttribute('href')).toBe('#/api');
  });
});
