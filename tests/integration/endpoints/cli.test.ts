import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { DescribeEndpointCommand, SageMakerClient } from '@aws-sdk/client-sagemaker';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createManualClock } from '../../../electron/sandbox/clock';
import { startSandbox, type RunningSandbox } from '../../../electron/sandbox/index';
import type { DeployResult, EndpointPage, RollbackResult } from '../../../shared/domain/endpoints';
import type { ErrorEnvelope } from '../../../shared/errors';
import { runCli } from '../../support/cli-process';
import { PACKAGE } from './endpoints-harness';

const aws = promisify(execFile);

let dir: string;
let env: NodeJS.ProcessEnv;
/** "Another AWS-compatible emulator": a sandbox of its own, reached only through profiles' endpoint_url. */
let emulator: RunningSandbox;
let sagemaker: SageMakerClient;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'sagedeck-endpoints-cli-'));
  emulator = await startSandbox({ port: 0, seed: 'demo', clock: createManualClock(Date.now()) });
  const keys = `aws_access_key_id = ${emulator.credentials.accessKeyId}\naws_secret_access_key = ${emulator.credentials.secretAccessKey}\n`;
  writeFileSync(
    join(dir, 'config'),
    ['emulator', 'prod'].map((name) => `[profile ${name}]\nregion = us-east-1\nendpoint_url = ${emulator.endpoint}\n`).join('\n'),
  );
  writeFileSync(join(dir, 'credentials'), `[emulator]\n${keys}\n[prod]\n${keys}`);
  sagemaker = new SageMakerClient({ endpoint: emulator.endpoint, region: 'us-east-1', credentials: emulator.credentials, maxAttempts: 1 });
  env = {
    PATH: process.env.PATH,
    HOME: dir,
    AWS_CONFIG_FILE: join(dir, 'config'),
    AWS_SHARED_CREDENTIALS_FILE: join(dir, 'credentials'),
    AWS_EC2_METADATA_DISABLED: 'true',
    AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true',
    SAGEDECK_DATA_DIR: join(dir, 'data'),
  };
});

beforeEach(async () => {
  await emulator.control.reset();
  await emulator.control.seed('demo');
  rmSync(join(dir, 'data'), { recursive: true, force: true });
});

afterAll(async () => {
  sagemaker.destroy();
  await emulator.stop();
  rmSync(dir, { recursive: true, force: true });
});

async function json<T>(...args: string[]): Promise<T> {
  const result = await runCli(env, ...args);
  expect(result.code, result.stderr).toBe(0);
  return JSON.parse(result.stdout) as T;
}

async function refused(...args: string[]): Promise<ErrorEnvelope> {
  const result = await runCli(env, ...args);
  expect(result.code, result.stdout).toBe(1);
  expect(result.stdout).toBe('');
  return JSON.parse(result.stderr) as ErrorEnvelope;
}

/** The Debian AWS CLI v2, as an operator would check what SageDeck did. */
async function describeWithAwsCli(name: string): Promise<{ EndpointStatus: string; EndpointConfigName: string; PendingDeploymentSummary?: unknown }> {
  const { stdout } = await aws('/usr/bin/aws', ['sagemaker', 'describe-endpoint', '--endpoint-name', name, '--endpoint-url', emulator.endpoint, '--output', 'json'], {
    env: {
      PATH: process.env.PATH ?? '/usr/bin:/bin',
      HOME: dir,
      AWS_CONFIG_FILE: join(dir, 'no-config'),
      AWS_SHARED_CREDENTIALS_FILE: join(dir, 'no-credentials'),
      AWS_ACCESS_KEY_ID: emulator.credentials.accessKeyId,
      AWS_SECRET_ACCESS_KEY: emulator.credentials.secretAccessKey,
      AWS_DEFAULT_REGION: 'us-east-1',
      AWS_EC2_METADATA_DISABLED: 'true',
      AWS_PAGER: '',
    },
  });
  return JSON.parse(stdout) as { EndpointStatus: string; EndpointConfigName: string };
}

/** Moves the emulator's clock a minute at a time until churn-prod is InService (an hour at most). */
async function untilInService(): Promise<void> {
  for (let minute = 0; minute < 60; minute += 1) {
    if ((await sagemaker.send(new DescribeEndpointCommand({ EndpointName: 'churn-prod' }))).EndpointStatus === 'InService') return;
    emulator.control.advanceClock(60_000);
  }
  throw new Error('churn-prod did not return to InService within an hour of simulated time');
}

const ROLLBACK = ['call', 'endpoints.rollback', '{"endpointName":"churn-prod"}'] as const;
/** Four to six CLI starts per test, several seconds each on a busy 2-core runner. */
const CLI_TEST_MS = 180_000;

describe('sagedeck call endpoints.rollback (a real CLI process)', () => {
  it('rolls churn-prod back to the config it served before, as the AWS CLI sees it', async () => {
    const deployed = await json<DeployResult>(
      'call',
      'endpoints.deploy',
      JSON.stringify({ endpointName: 'churn-prod', modelPackageArn: PACKAGE(1), instanceType: 'ml.m5.large', instanceCount: 2, strategy: { type: 'allAtOnce', waitSeconds: 0 } }),
      '--profile',
      'emulator',
    );
    await untilInService();
    expect((await describeWithAwsCli('churn-prod')).EndpointConfigName).toBe(deployed.configName);

    // Destructive: without --yes nothing is sent.
    const unconfirmed = await refused(...ROLLBACK, '--profile', 'emulator');
    expect(unconfirmed).toMatchObject({ code: 'ConfirmationRequired', confirmation: { target: 'churn-prod', typeToConfirm: false } });
    expect((await describeWithAwsCli('churn-prod')).EndpointStatus).toBe('InService');

    const result = await json<RollbackResult>(...ROLLBACK, '--profile', 'emulator', '--yes');
    expect(result).toEqual({ endpointName: 'churn-prod', fromConfigName: deployed.configName, toConfigName: 'churn-prod-config-v3' });
    // Blue/green: the deployed config serves while the previous one comes back.
    expect(await describeWithAwsCli('churn-prod')).toMatchObject({ EndpointStatus: 'Updating', EndpointConfigName: deployed.configName });
    await untilInService();
    const after = await describeWithAwsCli('churn-prod');
    expect(after).toMatchObject({ EndpointStatus: 'InService', EndpointConfigName: 'churn-prod-config-v3' });
    expect(after.PendingDeploymentSummary).toBeUndefined();
  }, CLI_TEST_MS);

  it('on a production profile needs the endpoint name typed with --confirm', async () => {
    await json('call', 'settings.update', '{"productionProfiles":["prod"]}', '--profile', 'prod');
    const untyped = await refused(...ROLLBACK, '--profile', 'prod', '--yes');
    expect(untyped).toMatchObject({ code: 'ConfirmationRequired', message: expect.stringMatching(/production profile prod: type churn-prod/) });
    expect((await refused(...ROLLBACK, '--profile', 'prod', '--yes', '--confirm', 'churn-dev')).code).toBe('ConfirmationRequired');
    expect((await describeWithAwsCli('churn-prod')).EndpointStatus).toBe('InService');

    // The seed's configs carry no SageDeck record: the previous one is the older config named after it.
    const result = await json<RollbackResult>(...ROLLBACK, '--profile', 'prod', '--yes', '--confirm', 'churn-prod');
    expect(result).toEqual({ endpointName: 'churn-prod', fromConfigName: 'churn-prod-config-v3', toConfigName: 'churn-prod-config-v1' });
    await untilInService();
    expect(await describeWithAwsCli('churn-prod')).toMatchObject({ EndpointStatus: 'InService', EndpointConfigName: 'churn-prod-config-v1' });
  }, CLI_TEST_MS);
});

describe('through an emulator without UpdateEndpoint', () => {
  it('lists endpoints, and the rollback says plainly the endpoint has no UpdateEndpoint', async () => {
    // As the README's control API does it: POST /_sandbox/faults.
    const fault = await fetch(`${emulator.endpoint}/_sandbox/faults`, {
      method: 'POST',
      body: JSON.stringify({ operation: 'sagemaker:UpdateEndpoint', kind: 'unknownOperation' }),
    });
    expect(fault.status).toBe(200);
    emulator.control.resetCounters();

    const page = await json<EndpointPage>('call', 'endpoints.list', '{}', '--profile', 'emulator');
    expect(page.notice).toBeUndefined();
    expect(page.items.find((e) => e.name === 'churn-prod')).toMatchObject({ status: 'InService', configName: 'churn-prod-config-v3' });

    const error = await refused(...ROLLBACK, '--profile', 'emulator', '--yes');
    expect(error).toMatchObject({ code: 'OperationUnavailable', retryable: false });
    expect(error.message).toMatch(/has no SageMaker UpdateEndpoint operation/);
    expect(error.message).toMatch(/churn-prod/);
    expect((await describeWithAwsCli('churn-prod')).EndpointConfigName).toBe('churn-prod-config-v3');
    // It was tried once, and refused as an unknown operation.
    expect(emulator.control.counters()['sagemaker:UpdateEndpoint']).toBe(1);
  }, CLI_TEST_MS);
});
