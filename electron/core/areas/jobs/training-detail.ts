import type { DescribeTrainingJobResponse } from '@aws-sdk/client-sagemaker';
import type { JobDetail } from '../../../../shared/domain/jobs';
import { jobCost } from '../../pricing/price-table';
import { protectionFlags } from './job-flags';
import { assignDefined, commonStartFields, iso } from './job-fields';
import { jobStatus } from './job-summary';

function elapsedSeconds(job: DescribeTrainingJobResponse, now: number): number | undefined {
  if (job.BillableTimeInSeconds !== undefined && job.TrainingJobStatus !== 'InProgress')
    return job.BillableTimeInSeconds;
  if (!job.TrainingStartTime) return undefined;
  const end = job.TrainingEndTime?.getTime() ?? now;
  return Math.max(0, Math.round((end - job.TrainingStartTime.getTime()) / 1000));
}

/** DescribeTrainingJob as the detail view reads it, with the form values that start it again. */
export function trainingDetail(
  job: DescribeTrainingJobResponse,
  tags: Record<string, string>,
  region: string,
  now: number,
): JobDetail {
  const resources = job.ResourceConfig;
  const instanceCount = resources?.InstanceCount ?? 1;
  const status = jobStatus(job.TrainingJobStatus);
  // Read once: the detail shows them and the clone form starts from them.
  const channels = (job.InputDataConfig ?? []).map((c) => ({
    name: c.ChannelName ?? '',
    s3Uri: c.DataSource?.S3DataSource?.S3Uri ?? '',
    ...(c.ContentType ? { contentType: c.ContentType } : {}),
  }));
  const metricDefinitions = (job.AlgorithmSpecification?.MetricDefinitions ?? []).map((m) => ({
    name: m.Name ?? '',
    regex: m.Regex ?? '',
  }));
  const detail: JobDetail = {
    kind: 'training',
    name: job.TrainingJobName ?? '',
    arn: job.TrainingJobArn ?? '',
    status,
    createdAt: iso(job.CreationTime) ?? '',
    statusTimeline: (job.SecondaryStatusTransitions ?? []).map((t) => ({
      status: t.Status ?? '',
      startTime: iso(t.StartTime) ?? '',
      ...(t.EndTime ? { endTime: iso(t.EndTime) } : {}),
      ...(t.StatusMessage ? { message: t.StatusMessage } : {}),
    })),
    hyperParameters: job.HyperParameters ?? {},
    inputs: channels,
    outputs: [
      { name: 'model', s3Uri: job.ModelArtifacts?.S3ModelArtifacts ?? job.OutputDataConfig?.S3OutputPath ?? '' },
    ],
    image: job.AlgorithmSpecification?.TrainingImage ?? job.AlgorithmSpecification?.AlgorithmName ?? '',
    roleArn: job.RoleArn ?? '',
    flags: protectionFlags({
      volumeKmsKeyId: resources?.VolumeKmsKeyId,
      outputKmsKeyId: job.OutputDataConfig?.KmsKeyId,
      interContainerEncryption: job.EnableInterContainerTrafficEncryption ?? false,
      networkIsolation: job.EnableNetworkIsolation ?? false,
      vpcSubnets: job.VpcConfig?.Subnets?.length ?? 0,
      instanceCount,
    }),
    cost: jobCost({
      kind: 'training',
      region,
      instanceType: resources?.InstanceType,
      instanceCount,
      elapsedSeconds: elapsedSeconds(job, now),
      maxRuntimeSeconds: job.StoppingCondition?.MaxRuntimeInSeconds,
      running: status === 'InProgress',
    }),
    metricDefinitions,
    finalMetrics: (job.FinalMetricDataList ?? []).map((m) => ({
      name: m.MetricName ?? '',
      value: m.Value ?? 0,
      ...(m.Timestamp ? { time: iso(m.Timestamp) } : {}),
    })),
    tags,
    logGroup: '/aws/sagemaker/TrainingJobs',
    logStreamPrefix: `${job.TrainingJobName ?? ''}/`,
    startInput: {
      kind: 'training',
      ...commonStartFields({
        name: job.TrainingJobName,
        roleArn: job.RoleArn,
        image: job.AlgorithmSpecification?.TrainingImage,
        instanceType: resources?.InstanceType,
        instanceCount,
        volumeSizeGb: resources?.VolumeSizeInGB,
        maxRuntimeSeconds: job.StoppingCondition?.MaxRuntimeInSeconds,
        volumeKmsKeyId: resources?.VolumeKmsKeyId,
        outputKmsKeyId: job.OutputDataConfig?.KmsKeyId,
        networkIsolation: job.EnableNetworkIsolation,
        interContainerEncryption: job.EnableInterContainerTrafficEncryption,
        tags,
      }),
      inputs: channels.map(({ name, ...rest }) => ({ channelName: name, ...rest })),
      outputS3Uri: job.OutputDataConfig?.S3OutputPath ?? '',
      hyperParameters: job.HyperParameters ?? {},
      metricDefinitions,
    },
  };
  const optional: Partial<JobDetail> = {
    secondaryStatus: job.SecondaryStatus,
    endedAt: iso(job.TrainingEndTime),
    failureReason: job.FailureReason,
    instanceType: resources?.InstanceType,
    instanceCount,
    maxRuntimeSeconds: job.StoppingCondition?.MaxRuntimeInSeconds,
    volumeSizeGb: resources?.VolumeSizeInGB,
    startedAt: iso(job.TrainingStartTime),
    billableSeconds: job.BillableTimeInSeconds,
  };
  return assignDefined(detail, optional);
}
