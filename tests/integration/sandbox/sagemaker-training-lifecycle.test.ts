import { DescribeLogStreamsCommand, GetLogEventsCommand, ResourceNotFoundException } from '@aws-sdk/client-cloudwatch-logs';
import { CreateTrainingJobCommand, DescribeTrainingJobCommand, StopTrainingJobCommand } from '@aws-sdk/client-sagemaker';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { serviceError, startSageMakerSandbox, trainingJobInput, type SageMakerSandbox } from './sagemaker-harness';

const SECOND = 1000;

describe('SageMaker training job lifecycle on the manual clock', () => {
  let s: SageMakerSandbox;
  beforeEach(async () => {
    s = await startSageMakerSandbox();
  });
  afterEach(async () => {
    await s.stop();
  });

  const describeJob = (name: string) => s.sagemaker.send(new DescribeTrainingJobCommand({ TrainingJobName: name }));
  /** A job's streams; none (and no group yet in a fresh sandbox) before its container starts. */
  const streamsOf = async (name: string) => {
    try {
      return (await s.logs.send(new DescribeLogStreamsCommand({ logGroupName: '/aws/sagemaker/TrainingJobs', logStreamNamePrefix: `${name}/` }))).logStreams ?? [];
    } catch (error) {
      if (error instanceof ResourceNotFoundException) return [];
      throw error;
    }
  };
  const messages = async (stream: string) =>
    ((await s.logs.send(new GetLogEventsCommand({ logGroupName: '/aws/sagemaker/TrainingJobs', logStreamName: stream, startFromHead: true }))).events ?? []).map((e) => e.message ?? '');

  it('walks Starting → Downloading → Training → Uploading → Completed, with logs and final metrics', async () => {
    const created = await s.sagemaker.send(new CreateTrainingJobCommand(trainingJobInput('churn-life-1')));
    expect(created.TrainingJobArn).toBe('arn:aws:sagemaker:us-east-1:111122223333:training-job/churn-life-1');

    let job = await describeJob('churn-life-1');
    expect(job.TrainingJobStatus).toBe('InProgress');
    expect(job.SecondaryStatus).toBe('Starting');
    expect(job.TrainingStartTime).toBeUndefined();
    expect(await streamsOf('churn-life-1')).toHaveLength(0);

    s.clock.advance(60 * SECOND);
    job = await describeJob('churn-life-1');
    expect(job.SecondaryStatus).toBe('Downloading');
    expect(job.TrainingStartTime?.getTime()).toBe(s.clock.now());

    s.clock.advance(45 * SECOND);
    job = await describeJob('churn-life-1');
    expect(job.SecondaryStatus).toBe('Training');
    const [stream] = await streamsOf('churn-life-1');
    expect(stream?.logStreamName).toBe(`churn-life-1/algo-1-${Math.floor(s.clock.now() / 1000)}`);
    const startup = await messages(stream?.logStreamName ?? '');
    expect(startup).toContain('Arguments: train');

    s.clock.advance(10 * 2 * SECOND);
    job = await describeJob('churn-life-1');
    expect(job.SecondaryStatus).toBe('Uploading');
    const epochLines = (await messages(stream?.logStreamName ?? '')).filter((m) => /^\[\d+\]#011train-logloss/.test(m));
    expect(epochLines).toHaveLength(10);
    expect(epochLines[0]).toMatch(/^\[0\]#011train-logloss:0\.\d{5}#011validation-logloss:0\.\d{5}#011validation-auc:0\.\d{5}$/);
    const auc = epochLines.map((line) => Number(/validation-auc:([\d.]+)/.exec(line)?.[1]));
    expect(auc[9]).toBeGreaterThan(auc[0] ?? 1);

    s.clock.advance(20 * SECOND);
    job = await describeJob('churn-life-1');
    expect(job.TrainingJobStatus).toBe('Completed');
    expect(job.SecondaryStatus).toBe('Completed');
    expect(job.SecondaryStatusTransitions?.map((t) => t.Status)).toEqual(['Starting', 'Downloading', 'Training', 'Uploading', 'Completed']);
    expect(job.SecondaryStatusTransitions?.map((t) => t.StatusMessage)).toEqual([
      'Preparing the instances for training',
      'Downloading input data',
      'Training image download completed. Training in progress.',
      'Uploading generated training model',
      'Training job completed',
    ]);
    const transitions = job.SecondaryStatusTransitions ?? [];
    for (let i = 1; i < transitions.length; i++) expect(transitions[i]?.StartTime?.getTime()).toBe(transitions[i - 1]?.EndTime?.getTime());
    expect(job.TrainingEndTime?.getTime()).toBe(s.clock.now());
    expect(job.ModelArtifacts?.S3ModelArtifacts).toBe('s3://sagedeck-demo-churn-data/models/churn-life-1/output/model.tar.gz');
    expect(job.TrainingTimeInSeconds).toBe(85);
    expect(job.BillableTimeInSeconds).toBe(85);
    const finalAuc = job.FinalMetricDataList?.find((m) => m.MetricName === 'validation:auc');
    expect(finalAuc?.Value).toBe(auc[9]);
    expect(job.FinalMetricDataList?.map((m) => m.MetricName).sort()).toEqual(['train:logloss', 'validation:auc', 'validation:logloss']);

    // Nothing moves once a job has finished.
    s.clock.advance(600 * SECOND);
    expect((await describeJob('churn-life-1')).LastModifiedTime?.getTime()).toBe(job.LastModifiedTime?.getTime());
  });

  it('writes one log stream per instance', async () => {
    await s.sagemaker.send(new CreateTrainingJobCommand(trainingJobInput('churn-two-hosts', { ResourceConfig: { InstanceType: 'ml.m5.xlarge', InstanceCount: 2, VolumeSizeInGB: 30 } })));
    s.clock.advance(106 * SECOND);
    const names = (await streamsOf('churn-two-hosts')).map((st) => st.logStreamName ?? '').sort();
    expect(names).toHaveLength(2);
    expect(names[0]).toMatch(/^churn-two-hosts\/algo-1-\d+$/);
    expect(names[1]).toMatch(/^churn-two-hosts\/algo-2-\d+$/);
  });

  it('stops through Stopping to Stopped, and refuses to stop a job that is not running', async () => {
    await s.sagemaker.send(new CreateTrainingJobCommand(trainingJobInput('churn-stop-1', { HyperParameters: { num_round: '100', eval_metric: 'auc' } })));
    s.clock.advance(105 * SECOND + 10 * 2 * SECOND);
    await s.sagemaker.send(new StopTrainingJobCommand({ TrainingJobName: 'churn-stop-1' }));
    let job = await describeJob('churn-stop-1');
    expect(job.TrainingJobStatus).toBe('Stopping');
    expect(job.SecondaryStatus).toBe('Stopping');

    const again = await serviceError(s.sagemaker.send(new StopTrainingJobCommand({ TrainingJobName: 'churn-stop-1' })));
    expect(again.name).toBe('ValidationException');
    expect(again.message).toBe('The request was rejected because the training job is in status Stopping.');

    s.clock.advance(20 * SECOND);
    job = await describeJob('churn-stop-1');
    expect(job.TrainingJobStatus).toBe('Stopped');
    expect(job.SecondaryStatusTransitions?.map((t) => t.Status)).toEqual(['Starting', 'Downloading', 'Training', 'Stopping', 'Stopped']);
    // Stopped mid-training: the model saved on SIGTERM and the metrics of the last round.
    expect(job.ModelArtifacts?.S3ModelArtifacts).toContain('churn-stop-1/output/model.tar.gz');
    expect(job.FinalMetricDataList?.length).toBe(3);

    const done = await serviceError(s.sagemaker.send(new StopTrainingJobCommand({ TrainingJobName: 'churn-stop-1' })));
    expect(done.message).toBe('The request was rejected because the training job is in status Stopped.');
  });

  it('fails a job whose image cannot be pulled, with the reason', async () => {
    await s.sagemaker.send(
      new CreateTrainingJobCommand(trainingJobInput('churn-bad-image', { AlgorithmSpecification: { TrainingImage: '111122223333.dkr.ecr.us-east-1.amazonaws.com/invalid-xgb:latest', TrainingInputMode: 'File' } })),
    );
    s.clock.advance(105 * SECOND);
    const job = await describeJob('churn-bad-image');
    expect(job.TrainingJobStatus).toBe('Failed');
    expect(job.SecondaryStatus).toBe('Failed');
    expect(job.FailureReason).toMatch(/^ClientError: Failed to pull training image 111122223333\.dkr\.ecr/);
    expect(job.ModelArtifacts).toBeUndefined();
  });

  it('fails with an AlgorithmError when eval_metric auc has no validation channel', async () => {
    const input = trainingJobInput('churn-no-validation');
    input.InputDataConfig = input.InputDataConfig.slice(0, 1);
    await s.sagemaker.send(new CreateTrainingJobCommand(input));
    s.clock.advance(105 * SECOND + 4 * SECOND);
    const job = await describeJob('churn-no-validation');
    expect(job.TrainingJobStatus).toBe('Failed');
    expect(job.FailureReason).toContain("AlgorithmError: framework error: metric 'validation:auc' not found");
    const [stream] = await streamsOf('churn-no-validation');
    expect((await messages(stream?.logStreamName ?? '')).some((m) => m.includes('ERROR') && m.includes('validation:auc'))).toBe(true);
  });

  it('stops a job that exceeds MaxRuntimeInSeconds', async () => {
    await s.sagemaker.send(new CreateTrainingJobCommand(trainingJobInput('churn-slow', { StoppingCondition: { MaxRuntimeInSeconds: 120 } })));
    s.clock.advance(120 * SECOND);
    const job = await describeJob('churn-slow');
    expect(job.TrainingJobStatus).toBe('Stopped');
    expect(job.SecondaryStatus).toBe('MaxRuntimeExceeded');
  });
});
