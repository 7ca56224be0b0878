import { CloudWatchClient, GetMetricStatisticsCommand, ListTagsForResourceCommand, PutMetricAlarmCommand, TagResourceCommand } from '@aws-sdk/client-cloudwatch';
import { CreateBucketCommand, PutBucketTaggingCommand, PutObjectCommand, PutObjectTaggingCommand, S3Client } from '@aws-sdk/client-s3';
import { CreateScheduleGroupCommand, SchedulerClient } from '@aws-sdk/client-scheduler';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signedRequest } from './s3-harness';
import { type AwsCliResult, type TestSandbox, runAwsCli, startTestSandbox } from './support';

/**
 * Differences from AWS that the Debian AWS CLI found, each pinned to AWS's answer. One sandbox
 * with every module; the CLI is a client whose parser nobody here wrote.
 */
let env: TestSandbox;
beforeAll(async () => {
  env = await startTestSandbox();
});
afterAll(async () => {
  await env.stop();
});

const aws = (...args: string[]): Promise<AwsCliResult> => runAwsCli(args, { endpoint: env.sandbox.endpoint, ...env.sandbox.credentials });

async function ok(...args: string[]): Promise<string> {
  const result = await aws(...args);
  if (result.code !== 0) throw new Error(`aws ${args.join(' ')} failed (${result.code}): ${result.stderr}`);
  return result.stdout;
}

/** The CLI's one-line error: `An error occurred (Code) when calling the Op operation: message`. */
async function failure(...args: string[]): Promise<string> {
  const result = await aws(...args);
  expect(result.code).not.toBe(0);
  return result.stderr.trim();
}

/** The error name (the modelled shape, or the code) a failed SDK call threw. */
async function errorName(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
  } catch (error) {
    return (error as Error).name;
  }
  throw new Error('expected the call to fail');
}

describe('AWS CLI conformance of the fixes', () => {
  it('refuses tags with the reserved aws: prefix in every service that takes tags', async () => {
    expect(await failure('sagemaker', 'create-experiment', '--experiment-name', 'tagged', '--tags', 'Key=aws:owner,Value=me')).toMatch(
      /\(ValidationException\) when calling the CreateExperiment operation.*: System prefix 'aws:' reserved for AWS usage in tag key: aws:owner$/,
    );
    const s3 = new S3Client({ ...env.config, maxAttempts: 1 });
    const cloudwatch = new CloudWatchClient({ ...env.config, maxAttempts: 1 });
    const scheduler = new SchedulerClient({ ...env.config, maxAttempts: 1 });
    try {
      await s3.send(new CreateBucketCommand({ Bucket: 'tag-bucket' }));
      await s3.send(new PutObjectCommand({ Bucket: 'tag-bucket', Key: 'k', Body: 'x' }));
      expect(await errorName(s3.send(new PutObjectTaggingCommand({ Bucket: 'tag-bucket', Key: 'k', Tagging: { TagSet: [{ Key: 'AWS:x', Value: '1' }] } })))).toBe('InvalidTag');
      expect(await errorName(s3.send(new PutBucketTaggingCommand({ Bucket: 'tag-bucket', Tagging: { TagSet: [{ Key: 'aws:x', Value: '1' }] } })))).toBe('InvalidTag');
      const alarm = { AlarmName: 'tagged', Namespace: 'App', MetricName: 'Errors', Statistic: 'Sum' as const, Period: 60, EvaluationPeriods: 1, Threshold: 1, ComparisonOperator: 'GreaterThanThreshold' as const };
      expect(await errorName(cloudwatch.send(new PutMetricAlarmCommand({ ...alarm, Tags: [{ Key: 'aws:team', Value: 'ml' }] })))).toBe('InvalidParameterValueException');
      await cloudwatch.send(new PutMetricAlarmCommand(alarm));
      const ResourceARN = 'arn:aws:cloudwatch:us-east-1:111122223333:alarm:tagged';
      expect(await errorName(cloudwatch.send(new TagResourceCommand({ ResourceARN, Tags: [{ Key: 'aws:team', Value: 'ml' }] })))).toBe('InvalidParameterValueException');
      expect((await cloudwatch.send(new ListTagsForResourceCommand({ ResourceARN }))).Tags).toEqual([]);
      expect(await errorName(scheduler.send(new CreateScheduleGroupCommand({ Name: 'g', Tags: [{ Key: 'aws:x', Value: '1' }] })))).toBe('ValidationException');
    } finally {
      s3.destroy();
      cloudwatch.destroy();
      scheduler.destroy();
    }
  });

  it('answers BadRequest for more than 10 object tags', async () => {
    await ok('s3api', 'create-bucket', '--bucket', 'many-tags');
    const tagging = Array.from({ length: 11 }, (_, i) => `t${i}=v`).join('&');
    expect(await failure('s3api', 'put-object', '--bucket', 'many-tags', '--key', 'k', '--tagging', tagging)).toMatch(
      /\(BadRequest\) when calling the PutObject operation.*: Object tags cannot be greater than 10$/,
    );
  });

  it('re-creates your own bucket in us-east-1 with 200, and lists LastModified in whole seconds', async () => {
    await ok('s3api', 'create-bucket', '--bucket', 'again');
    await ok('s3api', 'create-bucket', '--bucket', 'again');
    env.clock.advance(1234); // the object's time now has milliseconds
    const s3 = new S3Client({ ...env.config, maxAttempts: 1 });
    await s3.send(new PutObjectCommand({ Bucket: 'again', Key: 'k', Body: 'x' }));
    s3.destroy();
    const raw = await signedRequest(env.sandbox, { method: 'GET', path: '/again', query: { 'list-type': '2' } });
    expect(raw.body).toContain('<LastModified>2026-01-05T09:00:01.000Z</LastModified>');
  });

  it('accepts the high-resolution periods 10, 20 and 30 that AWS accepts', async () => {
    const cloudwatch = new CloudWatchClient({ ...env.config, maxAttempts: 1 });
    try {
      const now = env.clock.now();
      const alarm = { Namespace: 'App', MetricName: 'Latency', Statistic: 'Sum' as const, EvaluationPeriods: 1, Threshold: 1, ComparisonOperator: 'GreaterThanThreshold' as const };
      for (const Period of [10, 20, 30]) {
        await cloudwatch.send(new GetMetricStatisticsCommand({ Namespace: 'App', MetricName: 'Latency', Statistics: ['Sum'], StartTime: new Date(now - 600_000), EndTime: new Date(now), Period }));
        await cloudwatch.send(new PutMetricAlarmCommand({ ...alarm, AlarmName: `hr-${Period}`, Period }));
      }
      expect(await errorName(cloudwatch.send(new PutMetricAlarmCommand({ ...alarm, AlarmName: 'hr-45', Period: 45 })))).toBe('InvalidParameterValueException');
    } finally {
      cloudwatch.destroy();
    }
    // The CLI agrees: 20 s is a valid period.
    await ok('cloudwatch', 'get-metric-statistics', '--namespace', 'App', '--metric-name', 'Latency', '--statistics', 'Sum', '--start-time', '2026-01-05T08:50:00Z', '--end-time', '2026-01-05T09:00:00Z', '--period', '20');
  });

  it('answers InvalidNextTokenException for a NextToken Application Auto Scaling did not issue', async () => {
    expect(await failure('application-autoscaling', 'describe-scaling-policies', '--service-namespace', 'sagemaker', '--no-paginate', '--next-token', 'garbage')).toContain('(InvalidNextTokenException)');
  });
});
