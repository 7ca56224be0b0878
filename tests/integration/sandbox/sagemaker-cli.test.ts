import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSageMakerSandbox, type SageMakerSandbox } from './sagemaker-harness';

const run = promisify(execFile);

/** The Debian AWS CLI v2 (older botocore, a parser nobody here wrote) against the seeded sandbox. */
let s: SageMakerSandbox;
let home: string;
beforeAll(async () => {
  s = await startSageMakerSandbox('demo');
  home = mkdtempSync(join(tmpdir(), 'sagedeck-sm-cli-'));
});
afterAll(async () => {
  await s.stop();
  rmSync(home, { recursive: true, force: true });
});

async function aws(...args: string[]): Promise<unknown> {
  const { stdout } = await run('/usr/bin/aws', [...args, '--endpoint-url', s.sandbox.endpoint, '--output', 'json'], {
    env: {
      PATH: process.env.PATH ?? '/usr/bin:/bin',
      HOME: home,
      AWS_CONFIG_FILE: join(home, 'no-config'),
      AWS_SHARED_CREDENTIALS_FILE: join(home, 'no-credentials'),
      AWS_ACCESS_KEY_ID: s.sandbox.credentials.accessKeyId,
      AWS_SECRET_ACCESS_KEY: s.sandbox.credentials.secretAccessKey,
      AWS_DEFAULT_REGION: 'us-east-1',
      AWS_EC2_METADATA_DISABLED: 'true',
      AWS_PAGER: '',
    },
  });
  return stdout.trim() === '' ? undefined : JSON.parse(stdout);
}

async function awsFailure(...args: string[]): Promise<string> {
  try {
    await aws(...args);
  } catch (error) {
    return String((error as { stderr?: string }).stderr ?? error);
  }
  throw new Error('expected the CLI to fail');
}

describe('aws sagemaker / sagemaker-runtime (CLI v2) against the sandbox', () => {
  it('lists failed training jobs with a status filter and parses their timestamps', async () => {
    const out = (await aws('sagemaker', 'list-training-jobs', '--status-equals', 'Failed', '--sort-by', 'Name')) as {
      TrainingJobSummaries: { TrainingJobName: string; TrainingJobStatus: string; CreationTime: string }[];
    };
    expect(out.TrainingJobSummaries).toHaveLength(2);
    for (const job of out.TrainingJobSummaries) {
      expect(job.TrainingJobStatus).toBe('Failed');
      expect(Number.isNaN(Date.parse(job.CreationTime))).toBe(false);
    }
  });

  it('paginates list-training-jobs across pages by itself', async () => {
    const out = (await aws('sagemaker', 'list-training-jobs', '--page-size', '4')) as { TrainingJobSummaries: unknown[] };
    expect(out.TrainingJobSummaries).toHaveLength(21);
  });

  it('describes the production endpoint', async () => {
    const out = (await aws('sagemaker', 'describe-endpoint', '--endpoint-name', 'churn-prod')) as { EndpointStatus: string; ProductionVariants: { CurrentInstanceCount: number }[] };
    expect(out.EndpointStatus).toBe('InService');
    expect(out.ProductionVariants[0]?.CurrentInstanceCount).toBe(2);
  });

  it('shows a SageMaker error the way the CLI prints it', async () => {
    const stderr = await awsFailure('sagemaker', 'describe-training-job', '--training-job-name', 'no-such-job');
    expect(stderr).toContain('An error occurred (ValidationException) when calling the DescribeTrainingJob operation: Requested resource not found.');
  });

  it('invokes churn-prod through sagemaker-runtime invoke-endpoint', async () => {
    const body = join(home, 'rows.csv');
    const outFile = join(home, 'prediction.out');
    writeFileSync(body, '60,25.5,0,24\n2,105,5,1\n');
    const meta = (await aws('sagemaker-runtime', 'invoke-endpoint', '--endpoint-name', 'churn-prod', '--content-type', 'text/csv', '--body', `fileb://${body}`, outFile)) as {
      ContentType: string;
      InvokedProductionVariant: string;
    };
    expect(meta).toEqual({ ContentType: 'text/csv', InvokedProductionVariant: 'AllTraffic' });
    const scores = readFileSync(outFile, 'utf8').split('\n').map(Number);
    expect(scores[0]).toBeLessThan(0.5);
    expect(scores[1]).toBeGreaterThan(0.5);
  });

  it('reports the runtime ModelError for unreadable rows', async () => {
    const body = join(home, 'bad.csv');
    writeFileSync(body, 'x,y\n');
    const stderr = await awsFailure('sagemaker-runtime', 'invoke-endpoint', '--endpoint-name', 'churn-prod', '--content-type', 'text/csv', '--body', `fileb://${body}`, join(home, 'bad.out'));
    expect(stderr).toContain('An error occurred (ModelError) when calling the InvokeEndpoint operation');
  });
});
