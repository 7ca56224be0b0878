import { CloudWatchClient, GetMetricDataCommand, ListMetricsCommand } from '@aws-sdk/client-cloudwatch';
import {
  CreateProcessingJobCommand,
  type CreateProcessingJobRequest,
  CreateTrainingJobCommand,
  DescribeProcessingJobCommand,
  DescribeTrainingJobCommand,
  ListTrainingJobsCommand,
  type ListTrainingJobsCommandInput,
  SageMakerClient,
  StopTrainingJobCommand,
} from '@aws-sdk/client-sagemaker';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BACKFILL_INPUT } from '../../../electron/sandbox/services/sagemaker/seed/demo-processing';
import { serviceError, trainingJobInput } from './sagemaker-harness';
import { type TestSandbox, startTestSandbox } from './support';

/** The whole sandbox with the demo seed: what the console's Jobs area runs against. */
let env: TestSandbox;
let sagemaker: SageMakerClient;
let cloudwatch: CloudWatchClient;
beforeAll(async () => {
  env = await startTestSandbox({ seed: 'demo' });
  sagemaker = new SageMakerClient({ ...env.config, maxAttempts: 1 });
  cloudwatch = new CloudWatchClient({ ...env.config, maxAttempts: 1 });
});
afterAll(async () => {
  sagemaker.destroy();
  cloudwatch.destroy();
  await env.stop();
});

const MINUTE = 60_000;

async function listAll(input: ListTrainingJobsCommandInput): Promise<string[]> {
  const names: string[] = [];
  let token: string | undefined;
  do {
    const page = await sagemaker.send(new ListTrainingJobsCommand({ ...input, NextToken: token }));
    expect((page.TrainingJobSummaries ?? []).length).toBeLessThanOrEqual(input.MaxResults ?? 10);
    names.push(...(page.TrainingJobSummaries ?? []).map((job) => job.TrainingJobName ?? ''));
    token = page.NextToken;
  } while (token);
  return names;
}

describe('SageMaker jobs as the console reads them', () => {
  it('lists more than 500 training jobs with filters, sorting and pages of at most 100', async () => {
    const startedAt = env.clock.now();
    // An image that cannot be pulled fails each job after Downloading, so 520 jobs cost no training rounds.
    const failing = { TrainingImage: '111122223333.dkr.ecr.us-east-1.amazonaws.com/invalid-xgboost:1', TrainingInputMode: 'File' };
    for (let i = 0; i < 520; i += 1) {
      const name = `bulk-${String(i).padStart(3, '0')}`;
      await sagemaker.send(new CreateTrainingJobCommand(trainingJobInput(name, { AlgorithmSpecification: failing })));
      if (i === 7 || i === 100 || i === 250) await sagemaker.send(new StopTrainingJobCommand({ TrainingJobName: name }));
      env.clock.advance(1000);
    }
    env.clock.advance(5 * MINUTE);
    const bulk = await listAll({ NameContains: 'BULK-', MaxResults: 100, SortBy: 'Name', SortOrder: 'Descending' });
    expect(bulk).toHaveLength(520);
    expect(bulk[0]).toBe('bulk-519');
    expect(bulk.at(-1)).toBe('bulk-000');
    const stopped = await listAll({ NameContains: 'bulk', StatusEquals: 'Stopped', MaxResults: 2 });
    expect(stopped).toEqual(['bulk-007', 'bulk-100', 'bulk-250']); // CreationTime ascending by default
    expect(await listAll({ NameContains: 'bulk', StatusEquals: 'Failed', MaxResults: 100 })).toHaveLength(517);
    // bulk-i was created at startedAt + i s; After/Before are exclusive bounds.
    const window = await listAll({ NameContains: 'bulk', CreationTimeAfter: new Date(startedAt + 499_000), CreationTimeBefore: new Date(startedAt + 505_000), SortBy: 'CreationTime', SortOrder: 'Descending', MaxResults: 100 });
    expect(window).toEqual(['bulk-504', 'bulk-503', 'bulk-502', 'bulk-501', 'bulk-500']);
    const tooMany = await serviceError(sagemaker.send(new ListTrainingJobsCommand({ MaxResults: 101 })));
    expect(tooMany.message).toBe("1 validation error detected: Value '101' at 'maxResults' failed to satisfy constraint: Member must have value less than or equal to 100");
  }, 60_000);

  it('describes a training job with everything the detail page shows, and publishes its metrics per Host', async () => {
    const vpc = { SecurityGroupIds: ['sg-0123456789abcdef0'], Subnets: ['subnet-0a1b2c3d', 'subnet-4e5f6a7b'] };
    const input = trainingJobInput('console-detail', {
      VpcConfig: vpc,
      ResourceConfig: { InstanceType: 'ml.m5.xlarge', InstanceCount: 2, VolumeSizeInGB: 30, VolumeKmsKeyId: 'alias/sagedeck-volumes' },
      OutputDataConfig: { S3OutputPath: 's3://sagedeck-demo-churn-data/models', KmsKeyId: 'arn:aws:kms:us-east-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab' },
      EnableNetworkIsolation: true,
      EnableInterContainerTrafficEncryption: true,
      // 300 rounds of 2 s: ten minutes of curve, so per-minute datapoints show it improving.
      HyperParameters: { objective: 'binary:logistic', eval_metric: 'auc', eta: '0.1', max_depth: '5', num_round: '300' },
    });
    await sagemaker.send(new CreateTrainingJobCommand(input));
    env.clock.advance(30 * MINUTE);
    const job = await sagemaker.send(new DescribeTrainingJobCommand({ TrainingJobName: 'console-detail' }));
    expect(job).toMatchObject({
      TrainingJobStatus: 'Completed',
      HyperParameters: input.HyperParameters,
      InputDataConfig: input.InputDataConfig,
      VpcConfig: vpc,
      ResourceConfig: input.ResourceConfig,
      OutputDataConfig: input.OutputDataConfig,
      StoppingCondition: { MaxRuntimeInSeconds: 3600 },
      EnableNetworkIsolation: true,
      EnableInterContainerTrafficEncryption: true,
    });
    // Wall-clock, as AWS documents it, even on two instances: the console multiplies for cost.
    expect(job.BillableTimeInSeconds).toBe(job.TrainingTimeInSeconds);
    expect(job.BillableTimeInSeconds).toBeGreaterThan(0);
    expect(job.TrainingEndTime!.getTime()).toBeGreaterThan(job.TrainingStartTime!.getTime());
    expect(job.SecondaryStatusTransitions?.map((t) => t.Status)).toEqual(['Starting', 'Downloading', 'Training', 'Uploading', 'Completed']);
    expect(job.SecondaryStatusTransitions?.every((t) => t.StartTime instanceof Date)).toBe(true);
    const finalAuc = job.FinalMetricDataList?.find((m) => m.MetricName === 'validation:auc')?.Value;

    const host = [{ Name: 'Host', Value: 'console-detail/algo-1' }];
    const listed = await cloudwatch.send(new ListMetricsCommand({ Namespace: '/aws/sagemaker/TrainingJobs', Dimensions: host }));
    expect(listed.Metrics?.map((m) => m.MetricName).sort()).toEqual(['train:logloss', 'validation:auc', 'validation:logloss']);
    const data = await cloudwatch.send(
      new GetMetricDataCommand({
        StartTime: new Date(env.clock.now() - 60 * MINUTE),
        EndTime: new Date(env.clock.now()),
        ScanBy: 'TimestampAscending',
        MetricDataQueries: [{ Id: 'auc', MetricStat: { Metric: { Namespace: '/aws/sagemaker/TrainingJobs', MetricName: 'validation:auc', Dimensions: host }, Period: 60, Stat: 'Maximum' } }],
      }),
    );
    const values = data.MetricDataResults?.[0]?.Values ?? [];
    expect(values.length).toBeGreaterThan(1);
    expect(values.at(-1)).toBeGreaterThan(values[0] ?? 1); // the curve improves over simulated time
    expect(Math.max(...values)).toBeGreaterThanOrEqual(finalAuc ?? 2);
  });

  it("seeds a processing job that failed on a mistyped input, and its clone with the corrected URI completes", async () => {
    const failed = await sagemaker.send(new DescribeProcessingJobCommand({ ProcessingJobName: `churn-backfill-${new Date(Date.UTC(2026, 0, 3)).toISOString().slice(0, 10)}` }));
    expect(failed.ProcessingJobStatus).toBe('Failed');
    expect(failed.FailureReason).toBe(
      `ClientError: No S3 objects found under S3 URL "${BACKFILL_INPUT.wrong}" given in input data source. Please ensure that the bucket exists in the selected region (us-east-1), that objects exist under that S3 prefix, and that the role "arn:aws:iam::111122223333:role/SageDeckDemoSageMakerRole" has "s3:ListBucket" permissions on bucket "sagedeck-demo-churn-data".`,
    );
    const clone: CreateProcessingJobRequest = {
      ProcessingJobName: 'churn-backfill-fixed',
      RoleArn: failed.RoleArn,
      AppSpecification: failed.AppSpecification,
      ProcessingResources: failed.ProcessingResources,
      StoppingCondition: failed.StoppingCondition,
      ProcessingOutputConfig: failed.ProcessingOutputConfig,
      ProcessingInputs: failed.ProcessingInputs?.map((item) => (item.S3Input?.S3Uri === BACKFILL_INPUT.wrong ? { ...item, S3Input: { ...item.S3Input, S3Uri: BACKFILL_INPUT.corrected } } : item)),
    };
    await sagemaker.send(new CreateProcessingJobCommand(clone));
    await sagemaker.send(new CreateProcessingJobCommand({ ...clone, ProcessingJobName: 'churn-backfill-same-typo', ProcessingInputs: failed.ProcessingInputs }));
    env.clock.advance(10 * MINUTE);
    expect((await sagemaker.send(new DescribeProcessingJobCommand({ ProcessingJobName: 'churn-backfill-fixed' }))).ProcessingJobStatus).toBe('Completed');
    const again = await sagemaker.send(new DescribeProcessingJobCommand({ ProcessingJobName: 'churn-backfill-same-typo' }));
    expect(again.ProcessingJobStatus).toBe('Failed');
    expect(again.FailureReason).toBe(failed.FailureReason);
  });

  it('validates job requests with the service model and AWS wording', async () => {
    const longKey = 'k'.repeat(257);
    const bad = await serviceError(
      sagemaker.send(new CreateTrainingJobCommand(trainingJobInput('bad-hp', { HyperParameters: { [longKey]: '1' }, VpcConfig: { SecurityGroupIds: [], Subnets: ['subnet_1'] } }))),
    );
    expect(bad.name).toBe('ValidationException');
    expect(bad.message).toBe(
      `3 validation errors detected: Value '[0 items]' at 'vpcConfig.securityGroupIds' failed to satisfy constraint: Member must have length greater than or equal to 1; ` +
        `Value 'subnet_1' at 'vpcConfig.subnets.1.member' failed to satisfy constraint: Member must satisfy regular expression pattern: ^[-0-9a-zA-Z]+; ` +
        `Value '{${longKey}=1}' at 'hyperParameters' failed to satisfy constraint: Map keys must satisfy constraint: [Member must have length less than or equal to 256, Member must have length greater than or equal to 0, Member must satisfy regular expression pattern: .*]`,
    );
    const processing = await serviceError(
      sagemaker.send(
        new CreateProcessingJobCommand({
          ProcessingJobName: 'bad-env',
          RoleArn: 'arn:aws:iam::111122223333:role/SageDeckDemoSageMakerRole',
          AppSpecification: { ImageUri: 'image' },
          ProcessingResources: { ClusterConfig: { InstanceCount: 101, InstanceType: 'ml.m5.xlarge', VolumeSizeInGB: 30 } },
          Environment: { '1BAD': 'x' },
        }),
      ),
    );
    expect(processing.message).toBe(
      "2 validation errors detected: Value '101' at 'processingResources.clusterConfig.instanceCount' failed to satisfy constraint: Member must have value less than or equal to 100; " +
        "Value '{1BAD=x}' at 'environment' failed to satisfy constraint: Map keys must satisfy constraint: [Member must have length less than or equal to 256, Member must have length greater than or equal to 0, Member must satisfy regular expression pattern: [a-zA-Z_][a-zA-Z0-9_]*]",
    );
  });
});
