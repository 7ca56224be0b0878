import type { DescribeProcessingJobResponse } from '@aws-sdk/client-sagemaker';
import type { JobDetail } from '../../../../shared/domain/jobs';
import { jobCost } from '../../pricing/price-table';
import { protectionFlags } from './job-flags';
import { assignDefined, commonStartFields, iso } from './job-fields';
import { jobStatus } from './job-summary';

/** DescribeProcessingJob as the detail view reads it. Processing jobs have no secondary statuses. */
export function processingDetail(
  job: DescribeProcessingJobResponse,
  tags: Record<string, string>,
  region: string,
  now: number,
): JobDetail {
  const cluster = job.ProcessingResources?.ClusterConfig;
  const instanceCount = cluster?.InstanceCount ?? 1;
  const status = jobStatus(job.ProcessingJobStatus);
  const started = job.ProcessingStartTime?.getTime();
  const elapsed =
    started === undefined
      ? undefined
      : Math.max(0, Math.round(((job.ProcessingEndTime?.getTime() ?? now) - started) / 1000));
  const timeline = [
    { status: 'Created', startTime: iso(job.CreationTime) ?? '' },
    ...(job.ProcessingStartTime ? [{ status: 'Started', startTime: iso(job.ProcessingStartTime) ?? '' }] : []),
    ...(job.ProcessingEndTime
      ? [
          {
            status,
            startTime: iso(job.ProcessingEndTime) ?? '',
            ...(job.ExitMessage ? { message: job.ExitMessage } : {}),
          },
        ]
      : []),
  ];
  const inputs = (job.ProcessingInputs ?? []).map((i) => ({
    name: i.InputName ?? '',
    s3Uri: i.S3Input?.S3Uri ?? '',
    localPath: i.S3Input?.LocalPath ?? '',
  }));
  const outputs = (job.ProcessingOutputConfig?.Outputs ?? []).map((o) => ({
    name: o.OutputName ?? '',
    s3Uri: o.S3Output?.S3Uri ?? '',
    localPath: o.S3Output?.LocalPath ?? '',
  }));
  const network = job.NetworkConfig;
  const detail: JobDetail = {
    kind: 'processing',
    name: job.ProcessingJobName ?? '',
    arn: job.ProcessingJobArn ?? '',
    status,
    createdAt: iso(job.CreationTime) ?? '',
    statusTimeline: timeline,
    hyperParameters: {},
    inputs,
    outputs,
    image: job.AppSpecification?.ImageUri ?? '',
    roleArn: job.RoleArn ?? '',
    flags: protectionFlags({
      volumeKmsKeyId: cluster?.VolumeKmsKeyId,
      outputKmsKeyId: job.ProcessingOutputConfig?.KmsKeyId,
      interContainerEncryption: network?.EnableInterContainerTrafficEncryption ?? false,
      networkIsolation: network?.EnableNetworkIsolation ?? false,
      vpcSubnets: network?.VpcConfig?.Subnets?.length ?? 0,
      instanceCount,
    }),
    cost: jobCost({
      kind: 'processing',
      region,
      instanceType: cluster?.InstanceType,
      instanceCount,
      elapsedSeconds: elapsed,
      maxRuntimeSeconds: job.StoppingCondition?.MaxRuntimeInSeconds,
      running: status === 'InProgress',
    }),
    metricDefinitions: [],
    finalMetrics: [],
    tags,
    logGroup: '/aws/sagemaker/ProcessingJobs',
    logStreamPrefix: `${job.ProcessingJobName ?? ''}/`,
    startInput: {
      kind: 'processing',
      ...commonStartFields({
        name: job.ProcessingJobName,
        roleArn: job.RoleArn,
        image: job.AppSpecification?.ImageUri,
        instanceType: cluster?.InstanceType,
        instanceCount,
        volumeSizeGb: cluster?.VolumeSizeInGB,
        maxRuntimeSeconds: job.StoppingCondition?.MaxRuntimeInSeconds,
        volumeKmsKeyId: cluster?.VolumeKmsKeyId,
        outputKmsKeyId: job.ProcessingOutputConfig?.KmsKeyId,
        networkIsolation: network?.EnableNetworkIsolation,
        interContainerEncryption: network?.EnableInterContainerTrafficEncryption,
        tags,
      }),
      entrypoint: job.AppSpecification?.ContainerEntrypoint ?? [],
      arguments: job.AppSpecification?.ContainerArguments ?? [],
      environment: job.Environment ?? {},
      inputs,
      outputs,
    },
  };
  const optional: Partial<JobDetail> = {
    endedAt: iso(job.ProcessingEndTime),
    failureReason: job.FailureReason,
    instanceType: cluster?.InstanceType,
    instanceCount,
    maxRuntimeSeconds: job.StoppingCondition?.MaxRuntimeInSeconds,
    volumeSizeGb: cluster?.VolumeSizeInGB,
    startedAt: iso(job.ProcessingStartTime),
  };
  return assignDefined(detail, optional);
}
