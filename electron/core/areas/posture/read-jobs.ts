import { DescribeProcessingJobCommand, DescribeTrainingJobCommand, ListProcessingJobsCommand, ListTrainingJobsCommand } from '@aws-sdk/client-sagemaker';
import { JOB_CHECKS, jobFindings, type JobSecurity } from './job-checks';
import { probe } from './probe';
import type { ReadContext } from './report-sink';

/** The newest jobs of each kind are judged: older runs say little about how the pipeline runs now. */
export const JOBS_READ = 50;

function remember(ctx: ReadContext, job: JobSecurity, roleArn: string | undefined): void {
  for (const key of [job.volumeKmsKeyId, job.outputKmsKeyId]) if (key) ctx.facts.keyRefs.add(key);
  if (roleArn) ctx.facts.roleArns.add(roleArn);
  ctx.sink.add(...jobFindings(job));
}

async function readTraining(ctx: ReadContext): Promise<void> {
  const sm = ctx.clients.get('sagemaker');
  const options = { abortSignal: ctx.signal };
  const listed = await probe('sagemaker', 'ListTrainingJobs', () => ctx.run(() => sm.send(new ListTrainingJobsCommand({ MaxResults: JOBS_READ, SortBy: 'CreationTime', SortOrder: 'Descending' }), options)));
  if (!listed.ok) return ctx.sink.notListed(listed.notRun);
  if (listed.value.NextToken) ctx.sink.notices.push(`The newest ${JOBS_READ} training jobs are checked; older ones are not.`);
  await Promise.all(
    (listed.value.TrainingJobSummaries ?? []).map(async ({ TrainingJobName: name = '', TrainingJobArn: arn }) => {
      const described = await probe('sagemaker', 'DescribeTrainingJob', () => ctx.run(() => sm.send(new DescribeTrainingJobCommand({ TrainingJobName: name }), options)));
      if (!described.ok) return ctx.sink.unknown({ resourceKind: 'trainingJob', name, ...(arn ? { arn } : {}) }, JOB_CHECKS, described.notRun);
      const j = described.value;
      remember(ctx, {
        kind: 'training',
        name,
        ...(arn ? { arn } : {}),
        instanceCount: j.ResourceConfig?.InstanceCount ?? 1,
        ...(j.ResourceConfig?.VolumeKmsKeyId ? { volumeKmsKeyId: j.ResourceConfig.VolumeKmsKeyId } : {}),
        ...(j.OutputDataConfig?.KmsKeyId ? { outputKmsKeyId: j.OutputDataConfig.KmsKeyId } : {}),
        interContainerEncryption: j.EnableInterContainerTrafficEncryption === true,
        networkIsolation: j.EnableNetworkIsolation === true,
        subnets: j.VpcConfig?.Subnets ?? [],
      }, j.RoleArn);
    }),
  );
}

async function readProcessing(ctx: ReadContext): Promise<void> {
  const sm = ctx.clients.get('sagemaker');
  const options = { abortSignal: ctx.signal };
  const listed = await probe('sagemaker', 'ListProcessingJobs', () => ctx.run(() => sm.send(new ListProcessingJobsCommand({ MaxResults: JOBS_READ, SortBy: 'CreationTime', SortOrder: 'Descending' }), options)));
  if (!listed.ok) return ctx.sink.notListed(listed.notRun);
  if (listed.value.NextToken) ctx.sink.notices.push(`The newest ${JOBS_READ} processing jobs are checked; older ones are not.`);
  await Promise.all(
    (listed.value.ProcessingJobSummaries ?? []).map(async ({ ProcessingJobName: name = '', ProcessingJobArn: arn }) => {
      const described = await probe('sagemaker', 'DescribeProcessingJob', () => ctx.run(() => sm.send(new DescribeProcessingJobCommand({ ProcessingJobName: name }), options)));
      if (!described.ok) return ctx.sink.unknown({ resourceKind: 'processingJob', name, ...(arn ? { arn } : {}) }, JOB_CHECKS, described.notRun);
      const j = described.value;
      const cluster = j.ProcessingResources?.ClusterConfig;
      remember(ctx, {
        kind: 'processing',
        name,
        ...(arn ? { arn } : {}),
        instanceCount: cluster?.InstanceCount ?? 1,
        ...(cluster?.VolumeKmsKeyId ? { volumeKmsKeyId: cluster.VolumeKmsKeyId } : {}),
        ...(j.ProcessingOutputConfig?.KmsKeyId ? { outputKmsKeyId: j.ProcessingOutputConfig.KmsKeyId } : {}),
        interContainerEncryption: j.NetworkConfig?.EnableInterContainerTrafficEncryption === true,
        networkIsolation: j.NetworkConfig?.EnableNetworkIsolation === true,
        subnets: j.NetworkConfig?.VpcConfig?.Subnets ?? [],
      }, j.RoleArn);
    }),
  );
}

export const readJobs = (ctx: ReadContext) => Promise.all([readTraining(ctx), readProcessing(ctx)]).then(() => undefined);
