import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { beforeAll, describe, expect, it } from 'vitest';
import { preloadApiChunks, fieldIn, renderApis, type } from './apis-app';

const ROLE = 'arn:aws:iam::111122223333:role/churn-api-invoke';
const flow = '#/api/expose?endpoint=churn-prod';
const schemaOf = () => JSON.parse(fieldIn('expose-schema').value) as Record<string, unknown>;
const submit = () => fireEvent.click(screen.getByTestId('expose-submit'));

describe('expose an endpoint as an API', () => {
  beforeAll(preloadApiChunks, 60_000);

  it('starts from the endpoint in the address with names, path, stage and a schema inferred from the default sample', async () => {
    await renderApis(flow);
    await screen.findByTestId('expose-flow');
    await waitFor(() => expect(screen.getByTestId('expose-endpoint').textContent).toContain('churn-prod'));
    expect(fieldIn('expose-api-name').value).toBe('churn-prod-api');
    expect(fieldIn('expose-path').value).toBe('predict');
    expect(fieldIn('expose-stage').value).toBe('prod');
    expect(fieldIn('expose-model-name').value).toBe('ChurnProdPayload');
    expect(fieldIn('expose-sample').value).toBe('{"instances": [[0.5, 1.2, 3.4]]}');
    expect(schemaOf()).toMatchObject({
      $schema: 'http://json-schema.org/draft-04/schema#',
      type: 'object',
      required: ['instances'],
      properties: { instances: { type: 'array', minItems: 1, items: { type: 'array', items: { type: 'number' } } } },
    });
    expect(fieldIn('expose-role').value).toBe('');
    expect((within(screen.getByTestId('expose-auth')).getByRole('radio', { name: /^IAM/ }) as HTMLInputElement).checked).toBe(true);
  });

  it("prefills the sample from the endpoint's recent payloads, and the schema follows a new sample until edited by hand", async () => {
    await renderApis(flow, {
      setup: (host) => host.endpoints.payloads.set('churn-prod', [{ contentType: 'application/json', body: '{"instances": [[24, 70.5, 1]]}', sentAt: '2026-11-26T11:00:00.000Z' }]),
    });
    await waitFor(() => expect(fieldIn('expose-sample').value).toBe('{"instances": [[24, 70.5, 1]]}'));

    type('expose-sample', '{"rows": [{"age": 31, "plan": "gold"}]}');
    expect(schemaOf()).toMatchObject({ required: ['rows'], properties: { rows: { items: { required: ['age', 'plan'] } } } });

    type('expose-schema', '{"type": "object"}');
    type('expose-sample', '{"other": 1}');
    expect(fieldIn('expose-schema').value).toBe('{"type": "object"}');
    fireEvent.click(screen.getByTestId('expose-infer'));
    expect(schemaOf()).toMatchObject({ required: ['other'] });
  });

  it('offers the invoke role of an API already in front of the endpoint', async () => {
    await renderApis(flow);
    const suggestion = await screen.findByTestId('expose-role-suggested');
    expect(suggestion.textContent).toBe('Use the role of churn-api');
    fireEvent.click(suggestion);
    expect(fieldIn('expose-role').value).toBe('arn:aws:iam::123456789012:role/churn-api-invoke');
    expect(screen.queryByTestId('expose-role-suggested')).toBeNull();
  });

  it('keeps an invalid schema as typed, says why next to it, and sends nothing', async () => {
    const { host } = await renderApis(flow);
    await screen.findByTestId('expose-flow');
    type('expose-role', ROLE);
    type('expose-schema', '{"type": "object",');
    expect(screen.getByText(/^Not valid JSON: /)).toBeTruthy();
    submit();
    await screen.findByText('The schema must be a JSON object.');
    expect(fieldIn('expose-schema').value).toBe('{"type": "object",');
    expect(host.callsTo('apis.expose')).toHaveLength(0);
  });

  it('asks for a usage plan name when callers use an API key', async () => {
    const { host } = await renderApis(flow);
    await screen.findByTestId('expose-flow');
    type('expose-role', ROLE);
    fireEvent.click(within(screen.getByTestId('expose-auth')).getByRole('radio', { name: /^API key/ }));
    expect(fieldIn('expose-plan-name').value).toBe('churn-prod-api-plan');
    type('expose-plan-name', '');
    submit();
    await screen.findByText('Enter a usage plan name.');
    expect(host.callsTo('apis.expose')).toHaveLength(0);
  });

  it("puts AWS's refusal of a field next to that field and keeps everything typed", async () => {
    const { host } = await renderApis(flow, {
      setup: (core) =>
        core.failNext('apis.expose', {
          code: 'BadRequestException',
          message: 'Exposing the endpoint stopped at PutIntegration (integration): Invalid role. Delete the half-made API churn-prod-api first.',
          fields: { invokeRoleArn: 'AWS refused this: Invalid role' },
        }),
    });
    await screen.findByTestId('expose-flow');
    type('expose-api-name', 'churn-public');
    type('expose-role', 'arn:aws:iam::111122223333:role/missing-role');
    submit();
    await screen.findByText('AWS refused this: Invalid role');
    expect(screen.getByText(/Delete the half-made API churn-prod-api first/)).toBeTruthy();
    expect(fieldIn('expose-role').value).toBe('arn:aws:iam::111122223333:role/missing-role');
    expect(fieldIn('expose-api-name').value).toBe('churn-public');
    expect(host.callsTo('apis.expose')).toHaveLength(1);
  });

  it('shows the planned steps while it runs, then what was created and Test it opens the method', async () => {
    let release = () => {};
    const { host } = await renderApis(flow, { setup: (core) => (release = core.hold('apis.expose')) });
    await screen.findByTestId('expose-flow');
    type('expose-role', ROLE);
    fireEvent.click(within(screen.getByTestId('expose-auth')).getByRole('radio', { name: /^API key/ }));
    submit();
    const planned = await screen.findByTestId('expose-planned-steps');
    expect(planned.textContent).toContain('Create the REST API churn-prod-api');
    expect(planned.textContent).toContain('Create the usage plan churn-prod-api-plan and an API key in it');
    release();

    const result = await screen.findByTestId('expose-result');
    expect(within(result).getByTestId('expose-steps').textContent).toContain('Created deployment and stage');
    expect(within(result).getByTestId('expose-invoke-url').textContent).toContain('https://new0000001.execute-api.us-east-1.amazonaws.com/prod/predict');
    expect(host.callsTo('apis.expose')[0]?.input).toEqual({
      endpointName: 'churn-prod',
      apiName: 'churn-prod-api',
      pathPart: 'predict',
      contentType: 'application/json',
      modelName: 'ChurnProdPayload',
      schema: expect.stringContaining('"instances"'),
      auth: 'API_KEY',
      usagePlan: { name: 'churn-prod-api-plan', rateLimit: 100, burstLimit: 50 },
      stageName: 'prod',
      invokeRoleArn: ROLE,
    });

    const testIt = screen.getByTestId('expose-test-it');
    expect(testIt.getAttribute('href')).toBe('#/api/apis/new0000001?tab=resources&method=%2Fpredict%3APOST');
    fireEvent.click(testIt);
    window.location.hash = testIt.getAttribute('href')!;
    await screen.findByTestId('api-test-panel');
    expect(screen.getByTestId('api-method-/predict-POST').getAttribute('aria-current')).toBe('true');
  });
});
