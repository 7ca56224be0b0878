import { CloudWatchLogsClient, DescribeLogGroupsCommand } from '@aws-sdk/client-cloudwatch-logs';
import {
  CreateBucketCommand,
  GetObjectCommand,
  ListBucketsCommand,
  PutObjectCommand,
  S3Client,
} from '@aws-sdk/client-s3';
import { ListTrainingJobsCommand, SageMakerClient } from '@aws-sdk/client-sagemaker';
import { InvokeEndpointCommand, SageMakerRuntimeClient } from '@aws-sdk/client-sagemaker-runtime';
import { GetCallerIdentityCommand, STSClient } from '@aws-sdk/client-sts';
import { Readable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { control, startTestSandbox, type TestSandbox } from './support';

/** The real service modules behind one port: each SDK client reaches its own service. */
let env: TestSandbox;
beforeAll(async () => {
  env = await startTestSandbox();
});
afterAll(() => env.stop());

describe('every service on the one port', () => {
  it('routes STS, S3, SageMaker, SageMaker Runtime and CloudWatch Logs to their own modules, and counts them apart', async () => {
    const config = { ...env.config, maxAttempts: 1 };
    await expect(new STSClient(config).send(new GetCallerIdentityCommand({}))).resolves.toMatchObject({
      Account: '111122223333',
    });
    await expect(new S3Client(config).send(new ListBucketsCommand({}))).resolves.toMatchObject({
      $metadata: { httpStatusCode: 200 },
    });
    await expect(new SageMakerClient(config).send(new ListTrainingJobsCommand({}))).resolves.toMatchObject({
      TrainingJobSummaries: [],
    });
    await expect(new CloudWatchLogsClient(config).send(new DescribeLogGroupsCommand({}))).resolves.toMatchObject({
      $metadata: { httpStatusCode: 200 },
    });
    const runtimeError = await new SageMakerRuntimeClient(config)
      .send(
        new InvokeEndpointCommand({
          EndpointName: 'no-such-endpoint',
          Body: Buffer.from('{}'),
          ContentType: 'application/json',
        }),
      )
      .then(
        () => ({ name: 'no error', $metadata: { httpStatusCode: 200 } }),
        (e: unknown) => e as { name: string; $metadata: { httpStatusCode: number } },
      );
    expect(runtimeError.name).not.toBe('UnknownOperationException');
    expect(runtimeError.$metadata.httpStatusCode).toBeGreaterThanOrEqual(400);

    const counters = (await control(env.config.endpoint, 'GET', 'counters')).json.counters as Record<string, number>;
    expect(counters).toMatchObject({
      'sts:GetCallerIdentity': 1,
      's3:ListBuckets': 1,
      'sagemaker:ListTrainingJobs': 1,
      'sagemaker:InvokeEndpoint': 1,
      'logs:DescribeLogGroups': 1,
    });
  });

  it('decodes an S3 streaming upload (aws-chunked, trailing CRC32) before S3 sees the body', async () => {
    const s3 = new S3Client({ ...env.config, maxAttempts: 1 });
    await s3.send(new CreateBucketCommand({ Bucket: 'chunked-upload' }));
    const data = Buffer.alloc(200_000, 'x');
    data.write('head', 0);
    data.write('tail', data.length - 4);
    await s3.send(
      new PutObjectCommand({
        Bucket: 'chunked-upload',
        Key: 'blob',
        Body: Readable.from([data.subarray(0, 70_000), data.subarray(70_000)]),
        ContentLength: data.length,
      }),
    );
    const got = await s3.send(new GetObjectCommand({ Bucket: 'chunked-upload', Key: 'blob', ChecksumMode: 'ENABLED' }));
    expect(Buffer.from(await got.Body!.transformToByteArray()).equals(data)).toBe(true);
    expect(got.ChecksumCRC32).toMatch(/^[A-Za-z0-9+/]{6}==$/);
  });

  it('throttles S3 the way S3 does: SlowDown 503', async () => {
    await control(env.config.endpoint, 'POST', 'faults', { operation: 's3:ListBuckets', kind: 'throttle', count: 1 });
    const s3 = new S3Client({ ...env.config, maxAttempts: 1 });
    await expect(s3.send(new ListBucketsCommand({}))).rejects.toMatchObject({
      name: 'SlowDown',
      $metadata: { httpStatusCode: 503 },
    });
    await expect(s3.send(new ListBucketsCommand({}))).resolves.toMatchObject({ $metadata: { httpStatusCode: 200 } });
  });
});
