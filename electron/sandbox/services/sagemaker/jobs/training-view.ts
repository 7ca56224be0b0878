import type { DescribeTrainingJobResponse, Tag, TrainingJob, TrainingJobSummary } from '@aws-sdk/client-sagemaker';
import type { TrainingJobRecord } from '../base/records';
import { toDate } from '../base/time';

function seconds(fromMs: number | undefined, toMs: number | undefined): number | undefined {
  return fromMs !== undefined && toMs !== undefined ? Math.max(0, Math.round((toMs - fromMs) / 1000)) : undefined;
}

export function describeTrainingJob(job: TrainingJobRecord): DescribeTrainingJobResponse {
  const r = job.request;
  const trainingSeconds = seconds(job.trainingStartMs, job.trainingEndMs);
  return {
    TrainingJobName: job.name,
    TrainingJobArn: job.arn,
    ModelArtifacts: job.modelArtifacts ? { S3ModelArtifacts: job.modelArtifacts } : undefined,
    TrainingJobStatus: job.status as DescribeTrainingJobResponse['TrainingJobStatus'],
    SecondaryStatus: job.secondaryStatus as DescribeTrainingJobResponse['SecondaryStatus'],
    FailureReason: job.failureReason,
    HyperParameters: r.HyperParameters,
    AlgorithmSpecification: { ...r.AlgorithmSpecification, EnableSageMakerMetricsTimeSeries: r.AlgorithmSpecification?.EnableSageMakerMetricsTimeSeries ?? false } as DescribeTrainingJobResponse['AlgorithmSpecification'],
    RoleArn: r.RoleArn,
    InputDataConfig: r.InputDataConfig,
    OutputDataConfig: r.OutputDataConfig,
    ResourceConfig: r.ResourceConfig,
    VpcConfig: r.VpcConfig,
    StoppingCondition: r.StoppingCondition,
    CheckpointConfig: r.CheckpointConfig,
    RetryStrategy: r.RetryStrategy,
    CreationTime: toDate(job.createdMs),
    TrainingStartTime: toDate(job.trainingStartMs),
    TrainingEndTime: toDate(job.trainingEndMs),
    LastModifiedTime: toDate(job.lastModifiedMs),
    SecondaryStatusTransitions: job.transitions.map((t) => ({
      Status: t.status as NonNullable<DescribeTrainingJobResponse['SecondaryStatus']>,
      StartTime: toDate(t.startMs),
      EndTime: toDate(t.endMs),
      StatusMessage: t.message,
    })),
    FinalMetricDataList: job.finalMetrics.length
      ? job.finalMetrics.map((m) => ({ MetricName: m.name, Value: m.value, Timestamp: toDate(m.timestampMs) }))
      : undefined,
    EnableNetworkIsolation: r.EnableNetworkIsolation ?? false,
    EnableInterContainerTrafficEncryption: r.EnableInterContainerTrafficEncryption ?? false,
    EnableManagedSpotTraining: r.EnableManagedSpotTraining ?? false,
    TrainingTimeInSeconds: trainingSeconds,
    // AWS: wall-clock time; the caller multiplies by InstanceCount for compute time (no spot here).
    BillableTimeInSeconds: trainingSeconds,
    ExperimentConfig: r.ExperimentConfig,
    Environment: r.Environment,
  };
}

export function summariseTrainingJob(job: TrainingJobRecord): TrainingJobSummary {
  return {
    TrainingJobName: job.name,
    TrainingJobArn: job.arn,
    CreationTime: toDate(job.createdMs),
    TrainingEndTime: toDate(job.trainingEndMs),
    LastModifiedTime: toDate(job.lastModifiedMs),
    TrainingJobStatus: job.status as TrainingJobSummary['TrainingJobStatus'],
    SecondaryStatus: job.secondaryStatus as TrainingJobSummary['SecondaryStatus'],
  };
}

/** The shape Search returns: Describe's members plus the job's tags. */
export function searchableTrainingJob(job: TrainingJobRecord, tags: Tag[]): TrainingJob {
  return { ...(describeTrainingJob(job) as TrainingJob), Tags: tags };
}
