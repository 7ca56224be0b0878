import { CloudWatchClient, ListDashboardsCommand } from '@aws-sdk/client-cloudwatch';
import { ListTrainingJobsCommand, SageMakerClient } from '@aws-sdk/client-sagemaker';
import { AssumeRoleCommand, GetCallerIdentityCommand, STSClient } from '@aws-sdk/client-sts';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createStsModule } from '../../../electron/sandbox/services/sts';
import {
  control,
  fakeCloudWatch,
  fakeCounterService,
  fakeSageMaker,
  startTestSandbox,
  type TestSandbox,
} from './support';

let env: TestSandbox;
beforeEach(async () => {
  env = await startTestSandbox({ modules: [createStsModule, fakeSageMaker, fakeCloudWatch] });
});
afterEach(() => env.stop());

const once = <T extends object>(config: T) => ({ ...config, maxAttempts: 1 });

describe('control API: faults', () => {
  it('throttles an awsQuery operation twice with Throttling, then lets it through', async () => {
    const added = await control(env.config.endpoint, 'POST', 'faults', {
      operation: 'sts:GetCallerIdentity',
      kind: 'throttle',
      count: 2,
    });
    expect(added.status).toBe(200);
    const sts = new STSClient(once(env.config));
    for (let i = 0; i < 2; i += 1) {
      await expect(sts.send(new GetCallerIdentityCommand({}))).rejects.toMatchObject({
        name: 'Throttling',
        message: 'Rate exceeded',
        $metadata: { httpStatusCode: 400 },
      });
    }
    await expect(sts.send(new GetCallerIdentityCommand({}))).resolves.toMatchObject({ Account: '111122223333' });
  });

  it('throttles awsJson with ThrottlingException, which the SDK retries through', async () => {
    await control(env.config.endpoint, 'POST', 'faults', {
      operation: 'sagemaker:ListTrainingJobs',
      kind: 'throttle',
      count: 1,
    });
    await expect(new SageMakerClient(once(env.config)).send(new ListTrainingJobsCommand({}))).rejects.toMatchObject({
      name: 'ThrottlingException',
      $metadata: { httpStatusCode: 400 },
    });
    await control(env.config.endpoint, 'POST', 'faults', {
      operation: 'sagemaker:ListTrainingJobs',
      kind: 'throttle',
      count: 1,
    });
    const retried = await new SageMakerClient({ ...env.config, maxAttempts: 3, retryMode: 'standard' }).send(
      new ListTrainingJobsCommand({}),
    );
    expect(retried.$metadata.attempts).toBe(2);
  });

  it('a 5xx fault answers InternalFailure 500 only for the operation it names', async () => {
    await control(env.config.endpoint, 'POST', 'faults', { operation: 'monitoring:*', kind: 'error5xx' });
    await expect(new CloudWatchClient(once(env.config)).send(new ListDashboardsCommand({}))).rejects.toMatchObject({
      name: 'InternalFailure',
      $metadata: { httpStatusCode: 500 },
    });
    await expect(new STSClient(once(env.config)).send(new GetCallerIdentityCommand({}))).resolves.toBeDefined();
    expect((await control(env.config.endpoint, 'DELETE', 'faults')).status).toBe(200);
    await expect(new CloudWatchClient(once(env.config)).send(new ListDashboardsCommand({}))).resolves.toBeDefined();
  });

  it('latency delays the answer by at least the given milliseconds', async () => {
    await control(env.config.endpoint, 'POST', 'faults', { operation: '*', kind: 'latency', latencyMs: 300 });
    const started = performance.now();
    await new STSClient(once(env.config)).send(new GetCallerIdentityCommand({}));
    expect(performance.now() - started).toBeGreaterThanOrEqual(295);
  });

  it('drop cuts the connection without an answer', async () => {
    await control(env.config.endpoint, 'POST', 'faults', { operation: 'GetCallerIdentity', kind: 'drop', count: 1 });
    const error = await new STSClient(once(env.config)).send(new GetCallerIdentityCommand({})).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(Error);
    expect((error as { $metadata?: { httpStatusCode?: number } }).$metadata?.httpStatusCode).toBeUndefined();
    await expect(new STSClient(once(env.config)).send(new GetCallerIdentityCommand({}))).resolves.toBeDefined();
  });

  it('rejects malformed fault specs with a reason', async () => {
    const bad = await control(env.config.endpoint, 'POST', 'faults', {
      operation: 'sts:GetCallerIdentity',
      kind: 'meltdown',
    });
    expect(bad.status).toBe(400);
    expect(bad.json.error).toContain('kind must be one of');
  });
});

describe('control API: counters, credentials, clock, reset', () => {
  it('counts requests per service:operation and clears the counts', async () => {
    const sts = new STSClient(env.config);
    await sts.send(new GetCallerIdentityCommand({}));
    await sts.send(new GetCallerIdentityCommand({}));
    await new SageMakerClient(env.config).send(new ListTrainingJobsCommand({}));
    expect((await control(env.config.endpoint, 'GET', 'counters')).json.counters).toEqual({
      'sagemaker:ListTrainingJobs': 1,
      'sts:GetCallerIdentity': 2,
    });
    await control(env.config.endpoint, 'DELETE', 'counters');
    expect((await control(env.config.endpoint, 'GET', 'counters')).json.counters).toEqual({});
  });

  it('credentials/expire makes every issued credential expired at once', async () => {
    const out = await new STSClient(env.config).send(
      new AssumeRoleCommand({
        RoleArn: 'arn:aws:iam::111122223333:role/Ops',
        RoleSessionName: 'ops',
        DurationSeconds: 43200,
      }),
    );
    const issued = new STSClient(
      once(
        env.configWith({
          accessKeyId: out.Credentials?.AccessKeyId ?? '',
          secretAccessKey: out.Credentials?.SecretAccessKey ?? '',
          sessionToken: out.Credentials?.SessionToken ?? '',
        }),
      ),
    );
    await expect(issued.send(new GetCallerIdentityCommand({}))).resolves.toBeDefined();
    const expired = await control(env.config.endpoint, 'POST', 'credentials/expire');
    expect(expired.json.expired).toBe(1);
    await expect(issued.send(new GetCallerIdentityCommand({}))).rejects.toMatchObject({ name: 'ExpiredToken' });
    await expect(new STSClient(once(env.config)).send(new GetCallerIdentityCommand({}))).resolves.toBeDefined();
  });

  it('clock/advance moves the sandbox clock', async () => {
    const before = env.clock.now();
    expect((await control(env.config.endpoint, 'POST', 'clock/advance', { ms: 90_000 })).status).toBe(200);
    expect(env.clock.now()).toBe(before + 90_000);
    expect((await control(env.config.endpoint, 'POST', 'clock/advance', { ms: -1 })).status).toBe(400);
  });

  it('refuses requests from web pages (an Origin header)', async () => {
    const response = await fetch(`${env.config.endpoint}/_sandbox/reset`, {
      method: 'POST',
      headers: { origin: 'https://evil.example' },
    });
    expect(response.status).toBe(403);
  });
});

describe('control API: reset and seed', () => {
  it('reset empties state and seed fills it, in process and over HTTP alike', async () => {
    const stateful = await startTestSandbox({ modules: [fakeCounterService] });
    try {
      const cw = new CloudWatchClient(stateful.config);
      await cw.send(new ListDashboardsCommand({}));
      expect((await cw.send(new ListDashboardsCommand({}))).DashboardEntries?.[0]?.DashboardName).toBe(
        'value-0-seeded-0',
      );
      await control(stateful.config.endpoint, 'POST', 'seed', { kind: 'demo' });
      expect((await cw.send(new ListDashboardsCommand({}))).DashboardEntries?.[0]?.DashboardName).toBe(
        'value-0-seeded-1',
      );
      await control(stateful.config.endpoint, 'POST', 'reset');
      expect((await cw.send(new ListDashboardsCommand({}))).DashboardEntries?.[0]?.DashboardName).toBe(
        'value-0-seeded-0',
      );
      expect(await stateful.sandbox.control.counters()).toEqual({ 'monitoring:ListDashboards': 1 });
    } finally {
      await stateful.stop();
    }
  });
});
