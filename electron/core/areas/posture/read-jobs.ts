import {
  DescribeProcessingJobCommand,
  DescribeTrainingJobCommand,
  ListProcessingJobsCommand,
  ListTrainingJobsCommand,
  type DescribeProcessingJobResponse,
  type DescribeTrainingJobResponse,
  type SageMakerClient,
} from '@aws-sdk/client-sagemaker';
import { JOB_CHECKS, jobFindings, type JobSecurity } from './job-checks';
import { probe } from './probe';
import type { ReadContext } from './report-sink';

/** The newest jobs of each kind are judged: older runs say little about how the pipeline runs now. */
export const JOBS_READ = 50;

const LIST_INPUT = { MaxResults: JOBS_READ, SortBy: 'CreationTime', SortOrder: 'Descending' } as const;

interface JobKindReader {
  kind: JobSecurity['kind'];
  list: (sm: SageMakerClient, signal: AbortSignal) => Promise<{ jobs: { name: string; arn?: string }[]; more: boolean }>;
  describeOperation: string;
  describe: (sm: SageMakerClient, name: string, signal: AbortSignal) => Promise<{ security: Omit<JobSecurity, 'kind' | 'name' | 'arn'>; roleArn?: string }>;
}

const training: JobKindReader = {
  kind: 'training',
  async list(sm, abortSignal) {
    const a = await sm.send(new ListTrainingJobsCommand(LIST_INPUT), { abortSignal });
    return { jobs: (a.TrainingJobSummaries ?? []).map((j) => ({ name: j.TrainingJobName ?? '', ...(j.TrainingJobArn ? { arn: j.TrainingJobArn } : {}) })), more: Boolean(a.NextToken) };
  },
  describeOperation: 'DescribeTrainingJob',
  async describe(sm, name, abortSignal) {
    const j: DescribeTrainingJobResponse = await sm.send(new DescribeTrainingJobCommand({ TrainingJobName: name }), { abortSignal });
    return {
      security: {
        instanceCount: j.ResourceConfig?.InstanceCount ?? 1,
        ...(j.ResourceConfig?.VolumeKmsKeyId ? { volumeKmsKeyId: j.ResourceConfig.VolumeKmsKeyId } : {}),
        ...(j.OutputDataConfig?.KmsKeyId ? { outputKmsKeyId: j.OutputDataConfig.KmsKeyId } : {}),
        interContainerEncryption: j.EnableInterContainerTrafficEncryption === true,
        networkIsolation: j.EnableNetworkIsolation === true,
        subnets: j.VpcConfig?.Subnets ?? [],
      },
      ...(j.RoleArn ? { roleArn: j.RoleArn } : {}),
    };
  },
};

const processing: JobKindReader = {
  kind: 'processing',
  async list(sm, abortSignal) {
    const a = await sm.send(new ListProcessingJobsCommand(LIST_INPUT), { abortSignal });
    return { jobs: (a.ProcessingJobSummaries ?? []).map((j) => ({ name: j.ProcessingJobName ?? '', ...(j.ProcessingJobArn ? { arn: j.ProcessingJobArn } : {}) })), more: Boolean(a.NextToken) };
  },
  describeOperation: 'DescribeProcessingJob',
  async describe(sm, name, abortSignal) {
    const j: DescribeProcessingJobResponse = await sm.send(new DescribeProcessingJobCommand({ ProcessingJobName: name }), { abortSignal });
    const cluster = j.ProcessingResources?.ClusterConfig;
    return {
      security: {
        instanceCount: cluster?.InstanceCount ?? 1,
        ...(cluster?.VolumeKmsKeyId ? { volumeKmsKeyId: cluster.VolumeKmsKeyId } : {}),
        ...(j.ProcessingOutputConfig?.KmsKeyId ? { outputKmsKeyId: j.ProcessingOutputConfig.KmsKeyId } : {}),
        interContainerEncryption: j.NetworkConfig?.EnableInterContainerTrafficEncryption === true,
        networkIsolation: j.NetworkConfig?.EnableNetworkIsolation === true,
        subnets: j.NetworkConfig?.VpcConfig?.Subnets ?? [],
      },
      ...(j.RoleArn ? { roleArn: j.RoleArn } : {}),
    };
  },
};

/** The newest jobs of one kind, each described (its security settings, its role), judged. */
async function readKind(ctx: ReadContext, reader: JobKindReader): Promise<void> {
  const sm = ctx.clients.get('sagemaker');
  const listOperation = reader.kind === 'training' ? 'ListTrainingJobs' : 'ListProcessingJobs';
  const listed = await probe('sagemaker', listOperation, () => ctx.run(() => reader.list(sm, ctx.signal)));
  if (!listed.ok) return ctx.sink.notListed(listed.notRun);
  if (listed.value.more) ctx.sink.notices.push(`The newest ${JOBS_READ} ${reader.kind} jobs are checked; older ones are not.`);
  await Promise.all(
    listed.value.jobs.map(async ({ name, arn }) => {
      const described = await probe('sagemaker', reader.describeOperation, () => ctx.run(() => reader.describe(sm, name, ctx.signal)));
      const subject = { resourceKind: reader.kind === 'training' ? ('trainingJob' as const) : ('processingJob' as const), name, ...(arn ? { arn } : {}) };
      if (!described.ok) return ctx.sink.unknown(subject, JOB_CHECKS, described.notRun);
      const job: JobSecurity = { kind: reader.kind, name, ...(arn ? { arn } : {}), ...described.value.security };
      for (const key of [job.volumeKmsKeyId, job.outputKmsKeyId]) if (key) ctx.facts.keyRefs.add(key);
      if (described.value.roleArn) ctx.facts.roleArns.add(described.value.roleArn);
      ctx.sink.add(...jobFindings(job));
    }),
  );
}

export const readJobs = (ctx: ReadContext) => Promise.all([readKind(ctx, training), readKind(ctx, processing)]).then(() => undefined);
