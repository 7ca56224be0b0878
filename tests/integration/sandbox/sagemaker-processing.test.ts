import { GetLogEventsCommand } from '@aws-sdk/client-cloudwatch-logs';
import {
  CreateProcessingJobCommand,
  DescribeProcessingJobCommand,
  ListProcessingJobsCommand,
  StopProcessingJobCommand,
  type CreateProcessingJobCommandInput,
} from '@aws-sdk/client-sagemaker';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ROLE_ARN, serviceError, startSageMakerSandbox, type SageMakerSandbox } from './sagemaker-harness';

function processingInput(name: string, image = '683313688378.dkr.ecr.us-east-1.amazonaws.com/sagemaker-scikit-learn:1.2-1-cpu-py3'): CreateProcessingJobCommandInput {
  return {
    ProcessingJobName: name,
    RoleArn: ROLE_ARN,
    AppSpecification: { ImageUri: image, ContainerEntrypoint: ['python3', '/opt/ml/processing/input/code/preprocess.py'] },
    ProcessingResources: { ClusterConfig: { InstanceCount: 1, InstanceType: 'ml.m5.xlarge', VolumeSizeInGB: 30 } },
    ProcessingInputs: [{ InputName: 'raw', S3Input: { S3Uri: 's3://sagedeck-demo-churn-data/raw/customers.csv', LocalPath: '/opt/ml/processing/input/raw', S3DataType: 'S3Prefix' } }],
    ProcessingOutputConfig: {
      Outputs: [{ OutputName: 'train', S3Output: { S3Uri: 's3://sagedeck-demo-churn-data/processed/train/', LocalPath: '/opt/ml/processing/output/train', S3UploadMode: 'EndOfJob' } }],
    },
  };
}

describe('SageMaker processing jobs', () => {
  let s: SageMakerSandbox;
  beforeEach(async () => {
    s = await startSageMakerSandbox();
  });
  afterEach(async () => {
    await s.stop();
  });
  const describeJob = (name: string) => s.sagemaker.send(new DescribeProcessingJobCommand({ ProcessingJobName: name }));

  it('runs InProgress → Completed over simulated minutes and logs each step', async () => {
    const created = await s.sagemaker.send(new CreateProcessingJobCommand(processingInput('churn-preprocess-test')));
    expect(created.ProcessingJobArn).toBe('arn:aws:sagemaker:us-east-1:111122223333:processing-job/churn-preprocess-test');
    let job = await describeJob('churn-preprocess-test');
    expect(job.ProcessingJobStatus).toBe('InProgress');
    expect(job.ProcessingStartTime).toBeUndefined();

    s.clock.advance(90_000);
    job = await describeJob('churn-preprocess-test');
    expect(job.ProcessingStartTime?.getTime()).toBe(s.clock.now());
    const startedSeconds = Math.floor(s.clock.now() / 1000);

    s.clock.advance(15_000 * 3);
    expect((await describeJob('churn-preprocess-test')).ProcessingJobStatus).toBe('InProgress');
    s.clock.advance(15_000 * 10);
    job = await describeJob('churn-preprocess-test');
    expect(job.ProcessingJobStatus).toBe('Completed');
    expect(job.ProcessingEndTime).toBeInstanceOf(Date);
    expect(job.ProcessingInputs?.[0]?.S3Input?.S3Uri).toBe('s3://sagedeck-demo-churn-data/raw/customers.csv');

    const events = await s.logs.send(
      new GetLogEventsCommand({ logGroupName: '/aws/sagemaker/ProcessingJobs', logStreamName: `churn-preprocess-test/algo-1-${startedSeconds}`, startFromHead: true }),
    );
    const lines = (events.events ?? []).map((e) => e.message ?? '');
    expect(lines.some((l) => l.includes('Loaded') && l.includes('rows'))).toBe(true);
    expect(lines[lines.length - 1]).toContain('Preprocessing complete');
  });

  it('fails with FailureReason and ExitMessage when the container crashes', async () => {
    await s.sagemaker.send(new CreateProcessingJobCommand(processingInput('churn-preprocess-crash', '111122223333.dkr.ecr.us-east-1.amazonaws.com/invalid-sklearn:1')));
    s.clock.advance(90_000 + 15_000 * 2);
    const job = await describeJob('churn-preprocess-crash');
    expect(job.ProcessingJobStatus).toBe('Failed');
    expect(job.FailureReason).toBe('AlgorithmError: See job logs for more information');
    expect(job.ExitMessage).toContain("ModuleNotFoundError: No module named 'sklearn'");
  });

  it('stops through Stopping to Stopped and refuses to stop a finished job', async () => {
    await s.sagemaker.send(new CreateProcessingJobCommand(processingInput('churn-preprocess-stop')));
    s.clock.advance(100_000);
    await s.sagemaker.send(new StopProcessingJobCommand({ ProcessingJobName: 'churn-preprocess-stop' }));
    expect((await describeJob('churn-preprocess-stop')).ProcessingJobStatus).toBe('Stopping');
    s.clock.advance(15_000);
    expect((await describeJob('churn-preprocess-stop')).ProcessingJobStatus).toBe('Stopped');
    const error = await serviceError(s.sagemaker.send(new StopProcessingJobCommand({ ProcessingJobName: 'churn-preprocess-stop' })));
    expect(error.name).toBe('ValidationException');
    expect(error.message).toBe('The request was rejected because the processing job is in status Stopped.');
  });

  it('answers duplicates, missing jobs and bad input with AWS errors', async () => {
    await s.sagemaker.send(new CreateProcessingJobCommand(processingInput('dup-job')));
    const dup = await serviceError(s.sagemaker.send(new CreateProcessingJobCommand(processingInput('dup-job'))));
    expect(dup.name).toBe('ResourceInUse');
    const missing = await serviceError(describeJob('nope'));
    expect(missing.name).toBe('ValidationException');
    expect(missing.message).toBe('Requested resource not found.');
    const bad = processingInput('bad-job');
    bad.ProcessingInputs = [{ InputName: 'raw', S3Input: { S3Uri: 'customers.csv', S3DataType: 'S3Prefix' } }];
    const invalid = await serviceError(s.sagemaker.send(new CreateProcessingJobCommand(bad)));
    expect(invalid.message).toContain("Value 'customers.csv' at 'processingInputs.1.member.s3Input.s3Uri' failed to satisfy constraint");
  });

  it('lists with status filter, name sort and pagination', async () => {
    for (const name of ['pp-c', 'pp-a', 'pp-b']) {
      await s.sagemaker.send(new CreateProcessingJobCommand(processingInput(name, name === 'pp-b' ? 'x/invalid:1' : undefined)));
      s.clock.advance(1_000);
    }
    s.clock.advance(90_000 + 15_000 * 2);
    const failed = await s.sagemaker.send(new ListProcessingJobsCommand({ StatusEquals: 'Failed' }));
    expect(failed.ProcessingJobSummaries?.map((j) => [j.ProcessingJobName, j.FailureReason])).toEqual([['pp-b', 'AlgorithmError: See job logs for more information']]);
    const first = await s.sagemaker.send(new ListProcessingJobsCommand({ SortBy: 'Name', SortOrder: 'Ascending', MaxResults: 2 }));
    expect(first.ProcessingJobSummaries?.map((j) => j.ProcessingJobName)).toEqual(['pp-a', 'pp-b']);
    const second = await s.sagemaker.send(new ListProcessingJobsCommand({ SortBy: 'Name', SortOrder: 'Ascending', MaxResults: 2, NextToken: first.NextToken }));
    expect(second.ProcessingJobSummaries?.map((j) => j.ProcessingJobName)).toEqual(['pp-c']);
    expect(second.NextToken).toBeUndefined();
  });
});
