import { CloudWatchClient, ListDashboardsCommand } from '@aws-sdk/client-cloudwatch';
import { CreateScheduleGroupCommand, SchedulerClient } from '@aws-sdk/client-scheduler';
import {
  CreateTrainingJobCommand,
  DescribeTrainingJobCommand,
  ListTrainingJobsCommand,
  SageMakerClient,
} from '@aws-sdk/client-sagemaker';
import { InvokeEndpointCommand, SageMakerRuntimeClient } from '@aws-sdk/client-sagemaker-runtime';
import { GetCallerIdentityCommand, STSClient } from '@aws-sdk/client-sts';
import { SignatureV4 } from '@smithy/signature-v4';
import { Sha256 } from '@aws-crypto/sha256-js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createStsModule } from '../../../electron/sandbox/services/sts';
import { fakeCloudWatch, fakeRuntime, fakeSageMaker, startTestSandbox, type TestSandbox } from './support';

/**
 * One port, every protocol: each request must reach the right service whether it is chosen by
 * X-Amz-Target (awsJson 1.0 and 1.1), by the form's Action (awsQuery) or by path (restJson1),
 * including SageMaker and SageMaker Runtime, which both sign as `sagemaker`.
 */
let env: TestSandbox;
beforeAll(async () => {
  env = await startTestSandbox({ modules: [createStsModule, fakeSageMaker, fakeRuntime, fakeCloudWatch] });
});
afterAll(() => env.stop());

async function signedFetch(
  service: string,
  init: {
    method: string;
    path: string;
    headers: Record<string, string>;
    body?: string;
    query?: Record<string, string>;
  },
) {
  const url = new URL(env.config.endpoint);
  const signer = new SignatureV4({ service, region: 'us-east-1', credentials: env.config.credentials, sha256: Sha256 });
  const signed = await signer.sign({
    method: init.method,
    protocol: 'http:',
    hostname: url.hostname,
    port: Number(url.port),
    path: init.path,
    query: init.query ?? {},
    headers: { host: url.host, ...init.headers },
    body: init.body,
  });
  const qs = new URLSearchParams(init.query ?? {}).toString();
  return fetch(`${env.config.endpoint}${init.path}${qs ? `?${qs}` : ''}`, {
    method: init.method,
    headers: signed.headers,
    body: init.body,
  });
}

describe('routing on the shared port', () => {
  it('sends awsJson1_1 by X-Amz-Target and timestamps arrive as Dates', async () => {
    const out = await new SageMakerClient(env.config).send(new ListTrainingJobsCommand({ NameContains: 'churn' }));
    expect(out.TrainingJobSummaries?.[0]?.TrainingJobName).toBe('job-churn');
    expect(out.TrainingJobSummaries?.[0]?.CreationTime).toEqual(new Date(Date.UTC(2026, 0, 5, 9, 30, 15, 250)));
    expect(out.$metadata.requestId).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('sends awsJson1_0 by X-Amz-Target (CloudWatch shape)', async () => {
    const out = await new CloudWatchClient(env.config).send(new ListDashboardsCommand({}));
    expect(out.DashboardEntries?.[0]).toMatchObject({
      DashboardName: 'churn',
      Size: 42,
      LastModified: new Date(Date.UTC(2026, 0, 1)),
    });
  });

  it('sends awsQuery by signing name and Action', async () => {
    const out = await new STSClient(env.config).send(new GetCallerIdentityCommand({}));
    expect(out.Account).toBe('111122223333');
  });

  it('tells SageMaker Runtime (restJson1, no target) from SageMaker by its route, with a raw payload both ways', async () => {
    const out = await new SageMakerRuntimeClient(env.config).send(
      new InvokeEndpointCommand({
        EndpointName: 'churn prod',
        Body: Buffer.from('{"tenure":3}'),
        ContentType: 'application/json',
        Accept: 'application/json',
      }),
    );
    expect(JSON.parse(Buffer.from(out.Body ?? new Uint8Array()).toString('utf8'))).toEqual({
      echo: '{"tenure":3}',
      endpoint: 'churn prod',
      accept: 'application/json',
    });
    expect(out.ContentType).toBe('application/json');
    expect(out.InvokedProductionVariant).toBe('AllTraffic');
  });
});

describe('error shapes per protocol, as the SDK rebuilds them', () => {
  it('awsJson: error name, status and request id', async () => {
    const error = await new SageMakerClient({ ...env.config, maxAttempts: 1 })
      .send(new DescribeTrainingJobCommand({ TrainingJobName: 'nope' }))
      .catch((e: unknown) => e);
    expect(error).toMatchObject({
      name: 'ValidationException',
      message: 'Requested resource not found: nope',
      $metadata: { httpStatusCode: 400 },
    });
    expect((error as { $metadata: { requestId?: string } }).$metadata.requestId).toMatch(/^[0-9a-f-]{36}$/);
    const limit = await new SageMakerClient({ ...env.config, maxAttempts: 1 })
      .send(new CreateTrainingJobCommand({} as never))
      .catch((e: unknown) => e);
    expect(limit).toMatchObject({ name: 'ResourceLimitExceeded', $metadata: { httpStatusCode: 400 } });
  });

  it('restJson1: error name from x-amzn-ErrorType, status and request id', async () => {
    const error = await new SageMakerRuntimeClient({ ...env.config, maxAttempts: 1 })
      .send(new InvokeEndpointCommand({ EndpointName: 'missing', Body: Buffer.from('{}') }))
      .catch((e: unknown) => e);
    expect(error).toMatchObject({
      name: 'ValidationError',
      message: 'Endpoint missing of account 111122223333 not found.',
      $metadata: { httpStatusCode: 400 },
    });
    expect((error as { $metadata: { requestId?: string } }).$metadata.requestId).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('awsJson: an operation the service lacks is UnknownOperationException', async () => {
    const response = await signedFetch('sagemaker', {
      method: 'POST',
      path: '/',
      headers: { 'content-type': 'application/x-amz-json-1.1', 'x-amz-target': 'SageMaker.DeleteEverything' },
      body: '{}',
    });
    expect(response.status).toBe(400);
    expect(response.headers.get('x-amzn-errortype')).toBe('UnknownOperationException');
    expect(response.headers.get('x-amzn-requestid')).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('awsQuery: an unknown Action is InvalidAction in an ErrorResponse document', async () => {
    const response = await signedFetch('sts', {
      method: 'POST',
      path: '/',
      headers: { 'content-type': 'application/x-www-form-urlencoded; charset=utf-8' },
      body: 'Action=DeleteEverything&Version=2011-06-15',
    });
    expect(response.status).toBe(400);
    const text = await response.text();
    expect(text).toContain('<Type>Sender</Type><Code>InvalidAction</Code>');
    expect(text).toContain(`<RequestId>${response.headers.get('x-amzn-requestid')}</RequestId>`);
  });

  it('restJson1: a path no route matches is UnknownOperationException 404', async () => {
    const response = await signedFetch('sagemaker', { method: 'GET', path: '/endpoints/x/nothing', headers: {} });
    expect(response.status).toBe(404);
    expect(response.headers.get('x-amzn-errortype')).toBe('UnknownOperationException');
  });

  it('awsJson for query-compatible clients also names the query-era error code', async () => {
    const response = await signedFetch('monitoring', {
      method: 'POST',
      path: '/',
      headers: {
        'content-type': 'application/x-amz-json-1.0',
        'x-amz-target': 'GraniteServiceVersion20100801.Nope',
        'x-amzn-query-mode': 'true',
      },
      body: '{}',
    });
    expect(response.headers.get('x-amzn-query-error')).toBe('UnknownOperationException;Sender');
  });

  it('a service the sandbox does not emulate gets an error its SDK can name', async () => {
    await expect(
      new SchedulerClient({ ...env.config, maxAttempts: 1 }).send(new CreateScheduleGroupCommand({ Name: 'nightly' })),
    ).rejects.toMatchObject({
      name: 'UnknownOperationException',
      message: "The sandbox does not emulate the service 'scheduler'.",
      $metadata: { httpStatusCode: 404 },
    });
    const query = await signedFetch('iam', {
      method: 'POST',
      path: '/',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: 'Action=ListRoles&Version=2010-05-08',
    });
    expect(query.status).toBe(400);
    expect(await query.text()).toContain(
      "<Code>UnknownOperationException</Code><Message>The sandbox does not emulate the service 'iam'.</Message>",
    );
  });
});
