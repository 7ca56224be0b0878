import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DescribeLogStreamsCommand, GetLogEventsCommand } from '@aws-sdk/client-cloudwatch-logs';
import {
  DescribeEndpointCommand,
  DescribeEndpointConfigCommand,
  DescribeModelCommand,
  DescribeModelPackageCommand,
  DescribeProcessingJobCommand,
  DescribeTrainingJobCommand,
  ListEndpointConfigsCommand,
  ListExperimentsCommand,
  ListModelPackagesCommand,
  ListProcessingJobsCommand,
  ListTrainingJobsCommand,
  ListTrialComponentsCommand,
  SageMakerClient,
  type TrainingJobSummary,
} from '@aws-sdk/client-sagemaker';
import { InvokeEndpointCommand } from '@aws-sdk/client-sagemaker-runtime';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createManualClock } from '../../../electron/sandbox/clock';
import { startSandbox } from '../../../electron/sandbox/index';
import { createLogsModule } from '../../../electron/sandbox/services/logs';
import { createSageMakerModule } from '../../../electron/sandbox/services/sagemaker';
import { demoS3Keys } from '../../../electron/sandbox/services/sagemaker/seed/demo-runs';
import { startSageMakerSandbox, type SageMakerSandbox } from './sagemaker-harness';

async function allTrainingJobs(client: SageMakerClient): Promise<TrainingJobSummary[]> {
  return (await client.send(new ListTrainingJobsCommand({ MaxResults: 100 }))).TrainingJobSummaries ?? [];
}

describe('SageMaker demo seed: the churn-prediction pipeline', () => {
  let s: SageMakerSandbox;
  beforeAll(async () => {
    s = await startSageMakerSandbox('demo');
  });
  afterAll(async () => {
    await s.stop();
  });

  it('has about twenty training jobs across two experiments: two failed, one stopped, one running', async () => {
    const jobs = await allTrainingJobs(s.sagemaker);
    expect(jobs).toHaveLength(21);
    for (const job of jobs) expect(job.TrainingJobName).toMatch(/^churn-xgb-\d{4}-\d{2}-\d{2}-\d{4}-\d{3}$/);
    const count = (status: string) => jobs.filter((j) => j.TrainingJobStatus === status).length;
    expect([count('Completed'), count('Failed'), count('Stopped'), count('InProgress')]).toEqual([17, 2, 1, 1]);

    const failed = await Promise.all(
      jobs.filter((j) => j.TrainingJobStatus === 'Failed').map((j) => s.sagemaker.send(new DescribeTrainingJobCommand({ TrainingJobName: j.TrainingJobName }))),
    );
    expect(failed.map((j) => j.FailureReason?.split(':')[0]).sort()).toEqual(['AlgorithmError', 'CapacityError']);
    expect(failed.find((j) => j.FailureReason?.startsWith('AlgorithmError'))?.FailureReason).toContain('validation:auc');

    const completed = jobs.find((j) => j.TrainingJobStatus === 'Completed');
    const detail = await s.sagemaker.send(new DescribeTrainingJobCommand({ TrainingJobName: completed?.TrainingJobName }));
    expect(detail.FinalMetricDataList?.find((m) => m.MetricName === 'validation:auc')?.Value).toBeGreaterThan(0.7);
    expect(detail.ModelArtifacts?.S3ModelArtifacts).toBe(`s3://sagedeck-demo-churn-data/models/${detail.TrainingJobName}/output/model.tar.gz`);
    expect(detail.RoleArn).toBe('arn:aws:iam::111122223333:role/SageDeckDemoSageMakerRole');
    expect(detail.TrainingEndTime?.getTime()).toBeLessThan(s.clock.now());

    const experiments = await s.sagemaker.send(new ListExperimentsCommand({ SortBy: 'Name', SortOrder: 'Ascending' }));
    expect(experiments.ExperimentSummaries?.map((e) => e.ExperimentName)).toEqual(['churn-feature-set-v2', 'churn-xgboost-tuning']);
    const tuning = await s.sagemaker.send(new ListTrialComponentsCommand({ ExperimentName: 'churn-xgboost-tuning', MaxResults: 100 }));
    const features = await s.sagemaker.send(new ListTrialComponentsCommand({ ExperimentName: 'churn-feature-set-v2', MaxResults: 100 }));
    expect((tuning.TrialComponentSummaries?.length ?? 0) + (features.TrialComponentSummaries?.length ?? 0)).toBe(21);
  });

  it('keeps one job training so a live tail has output for minutes', async () => {
    const running = (await allTrainingJobs(s.sagemaker)).find((j) => j.TrainingJobStatus === 'InProgress');
    expect(running?.SecondaryStatus).toBe('Training');
    const name = running?.TrainingJobName ?? '';
    const streams = await s.logs.send(new DescribeLogStreamsCommand({ logGroupName: '/aws/sagemaker/TrainingJobs', logStreamNamePrefix: `${name}/` }));
    // Two instances, each with its own stream, both writing every round: a merged tail has two voices.
    const names = (streams.logStreams ?? []).map((st) => st.logStreamName ?? '').sort();
    expect(names).toEqual([expect.stringMatching(new RegExp(`^${name}/algo-1-\\d+$`)), expect.stringMatching(new RegExp(`^${name}/algo-2-\\d+$`))]);
    const eventsNow = async (stream: string) =>
      ((await s.logs.send(new GetLogEventsCommand({ logGroupName: '/aws/sagemaker/TrainingJobs', logStreamName: stream, startFromHead: true, limit: 10_000 }))).events ?? []).length;
    const before = await Promise.all(names.map(eventsNow));
    for (const count of before) expect(count).toBeGreaterThan(10);
    s.clock.advance(60_000);
    expect(await Promise.all(names.map(eventsNow))).toEqual(before.map((count) => count + 30));
    s.clock.advance(5 * 60_000);
    expect(await Promise.all(names.map(eventsNow))).toEqual(before.map((count) => count + 180));
    expect((await s.sagemaker.send(new DescribeTrainingJobCommand({ TrainingJobName: name }))).TrainingJobStatus).toBe('InProgress');
  });

  it('has two weeks of nightly preprocessing, one failed with a real reason, each with its log stream', async () => {
    const all = (await s.sagemaker.send(new ListProcessingJobsCommand({ MaxResults: 100 }))).ProcessingJobSummaries ?? [];
    // Besides the nightly runs, one manual backfill that failed on a mistyped input prefix.
    expect(all.filter((j) => j.ProcessingJobName?.startsWith('churn-backfill-')).map((j) => j.ProcessingJobStatus)).toEqual(['Failed']);
    const jobs = all.filter((j) => j.ProcessingJobName?.startsWith('churn-preprocess-'));
    expect(jobs).toHaveLength(14);
    for (const job of jobs) expect(job.ProcessingJobName).toMatch(/^churn-preprocess-\d{4}-\d{2}-\d{2}$/);
    const failed = jobs.filter((j) => j.ProcessingJobStatus === 'Failed');
    expect(failed).toHaveLength(1);
    const day = failed[0]?.ProcessingJobName?.slice('churn-preprocess-'.length);
    expect(failed[0]?.FailureReason).toBe(
      `ClientError: Failed to parse s3://sagedeck-demo-churn-data/raw/usage/${day}.csv: column 'monthly_charges' has non-numeric value 'N/A' at line 1843`,
    );
    const detail = await s.sagemaker.send(new DescribeProcessingJobCommand({ ProcessingJobName: failed[0]?.ProcessingJobName }));
    expect(detail.ProcessingInputs?.map((i) => i.S3Input?.S3Uri)).toContain(`s3://sagedeck-demo-churn-data/raw/usage/${day}.csv`);
    const streams = await s.logs.send(new DescribeLogStreamsCommand({ logGroupName: '/aws/sagemaker/ProcessingJobs' }));
    expect(streams.logStreams).toHaveLength(14);
  });

  it('has churn-prediction with versions 1 and 3 approved, 2 rejected, 4 pending, each tied to its training job', async () => {
    const packages = (await s.sagemaker.send(new ListModelPackagesCommand({ ModelPackageGroupName: 'churn-prediction' }))).ModelPackageSummaryList ?? [];
    expect(packages.map((p) => [p.ModelPackageVersion, p.ModelApprovalStatus])).toEqual([
      [1, 'Approved'],
      [2, 'Rejected'],
      [3, 'Approved'],
      [4, 'PendingManualApproval'],
    ]);
    for (const summary of packages) {
      const pkg = await s.sagemaker.send(new DescribeModelPackageCommand({ ModelPackageName: summary.ModelPackageArn }));
      expect(pkg.ModelMetrics?.ModelQuality?.Statistics?.S3Uri).toMatch(/^s3:\/\/sagedeck-demo-churn-data\/models\/churn-xgb-.*\/evaluation\/evaluation\.json$/);
      const job = await s.sagemaker.send(new DescribeTrainingJobCommand({ TrainingJobName: pkg.CustomerMetadataProperties?.training_job }));
      expect(job.TrainingJobStatus).toBe('Completed');
      expect(pkg.MetadataProperties?.GeneratedBy).toBe(job.TrainingJobArn);
      expect(pkg.InferenceSpecification?.Containers?.[0]?.ModelDataUrl).toBe(job.ModelArtifacts?.S3ModelArtifacts);
    }
  });

  it('serves churn-prod on config v3 (ml.m5.large, two instances, AllTraffic) and keeps config v1', async () => {
    const endpoint = await s.sagemaker.send(new DescribeEndpointCommand({ EndpointName: 'churn-prod' }));
    expect(endpoint.EndpointStatus).toBe('InService');
    expect(endpoint.EndpointConfigName).toBe('churn-prod-config-v3');
    expect(endpoint.ProductionVariants?.map((v) => [v.VariantName, v.CurrentInstanceCount])).toEqual([['AllTraffic', 2]]);
    const configs = await s.sagemaker.send(new ListEndpointConfigsCommand({ SortBy: 'CreationTime', SortOrder: 'Ascending' }));
    expect(configs.EndpointConfigs?.map((c) => c.EndpointConfigName)).toEqual(['churn-prod-config-v1', 'churn-prod-config-v3']);
    const v3 = await s.sagemaker.send(new DescribeEndpointConfigCommand({ EndpointConfigName: 'churn-prod-config-v3' }));
    expect(v3.ProductionVariants?.[0]).toMatchObject({ ModelName: 'churn-xgb-v3', InstanceType: 'ml.m5.large', InitialInstanceCount: 2 });
    const model = await s.sagemaker.send(new DescribeModelCommand({ ModelName: 'churn-xgb-v3' }));
    const v3Package = await s.sagemaker.send(new DescribeModelPackageCommand({ ModelPackageName: 'churn-prediction/3' }));
    expect(model.PrimaryContainer?.ModelDataUrl).toBe(v3Package.InferenceSpecification?.Containers?.[0]?.ModelDataUrl);
    await s.sagemaker.send(new DescribeModelCommand({ ModelName: 'churn-xgb-v1' }));

    const answer = await s.runtime.send(new InvokeEndpointCommand({ EndpointName: 'churn-prod', ContentType: 'text/csv', Body: Buffer.from('3,99.5,4,1') }));
    expect(answer.InvokedProductionVariant).toBe('AllTraffic');
    expect(Number(Buffer.from(answer.Body ?? new Uint8Array()).toString())).toBeGreaterThan(0.5);
  });

  it('publishes the S3 keys its jobs point at, for the S3 seed to hold', async () => {
    const keys = demoS3Keys(Date.UTC(2026, 0, 5, 9, 0, 0));
    const jobs = await allTrainingJobs(s.sagemaker);
    const artifacts: string[] = [];
    for (const job of jobs.filter((j) => j.TrainingJobStatus === 'Completed' || j.TrainingJobStatus === 'Stopped')) {
      const detail = await s.sagemaker.send(new DescribeTrainingJobCommand({ TrainingJobName: job.TrainingJobName }));
      artifacts.push((detail.ModelArtifacts?.S3ModelArtifacts ?? '').replace('s3://sagedeck-demo-churn-data/', ''));
    }
    // The live job has no artifact yet; every finished one is listed.
    expect(artifacts.filter((a) => a !== '').sort()).toEqual([...keys.modelArtifacts].sort());
    const packages = (await s.sagemaker.send(new ListModelPackagesCommand({ ModelPackageGroupName: 'churn-prediction' }))).ModelPackageSummaryList ?? [];
    const evaluations = await Promise.all(
      packages.map(async (p) => (await s.sagemaker.send(new DescribeModelPackageCommand({ ModelPackageName: p.ModelPackageArn }))).ModelMetrics?.ModelQuality?.Statistics?.S3Uri?.replace('s3://sagedeck-demo-churn-data/', '')),
    );
    expect(evaluations.sort()).toEqual([...keys.evaluations].sort());
    const processing = (await s.sagemaker.send(new ListProcessingJobsCommand({ NameContains: 'churn-preprocess-', MaxResults: 100 }))).ProcessingJobSummaries ?? [];
    expect(processing.map((p) => `raw/usage/${p.ProcessingJobName?.slice('churn-preprocess-'.length)}.csv`).sort()).toEqual([...keys.usageFiles].sort());
  });

  it('seeds us-east-1 only', async () => {
    expect(await allTrainingJobs(s.sagemakerIn('eu-west-1'))).toEqual([]);
  });
});

describe('SageMaker under the control API', () => {
  it('drops everything on reset, leaves no timer behind, and seeds again', async () => {
    const s = await startSageMakerSandbox('demo');
    try {
      expect(s.clock.pending()).toBeGreaterThan(0);
      await s.sandbox.control.reset();
      expect(s.clock.pending()).toBe(0);
      expect(await allTrainingJobs(s.sagemaker)).toEqual([]);
      await s.sandbox.control.seed('demo');
      expect(await allTrainingJobs(s.sagemaker)).toHaveLength(21);
      // Seeding an already seeded region changes nothing.
      await s.sandbox.control.seed('demo');
      expect(await allTrainingJobs(s.sagemaker)).toHaveLength(21);
      s.sandbox.control.advanceClock(60 * 60_000);
      const jobs = await allTrainingJobs(s.sagemaker);
      expect(jobs.filter((j) => j.TrainingJobStatus === 'InProgress')).toEqual([]);
      // Only churn-prod's traffic generator keeps running; stopping it leaves nothing scheduled.
      expect(s.clock.pending()).toBe(1);
      s.sandbox.control.traffic.stop({ endpointName: 'churn-prod' });
      expect(s.clock.pending()).toBe(0);
    } finally {
      await s.stop();
    }
  });
});

describe('SageMaker state across a restart with --data-dir', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'sagedeck-sm-persist-'));
  });
  afterAll(() => {
    rmSync(dir, { recursive: true, force: true });
  });

  it('restores jobs, endpoints and the registry, and the running job carries on', async () => {
    const clock = createManualClock();
    const first = await startSandbox({ clock, modules: [createLogsModule, createSageMakerModule], seed: 'demo', dataDir: dir });
    const config = { endpoint: first.endpoint, region: 'us-east-1', credentials: first.credentials, maxAttempts: 1 };
    let client = new SageMakerClient(config);
    const running = (await allTrainingJobs(client)).find((j) => j.TrainingJobStatus === 'InProgress')?.TrainingJobName;
    client.destroy();
    await first.stop();

    const second = await startSandbox({ clock, modules: [createLogsModule, createSageMakerModule], seed: 'demo', dataDir: dir });
    client = new SageMakerClient({ ...config, endpoint: second.endpoint });
    try {
      expect(await allTrainingJobs(client)).toHaveLength(21);
      expect((await client.send(new DescribeEndpointCommand({ EndpointName: 'churn-prod' }))).EndpointStatus).toBe('InService');
      clock.advance(30 * 60_000);
      const job = await client.send(new DescribeTrainingJobCommand({ TrainingJobName: running }));
      expect(job.TrainingJobStatus).toBe('Completed');
      expect(job.SecondaryStatusTransitions?.map((t) => t.Status)).toEqual(['Starting', 'Downloading', 'Training', 'Uploading', 'Completed']);
    } finally {
      client.destroy();
      await second.stop();
    }
  });
});
