import { GetResourcesCommand, GetRestApisCommand, type APIGatewayClient } from '@aws-sdk/client-api-gateway';
import { GetBucketEncryptionCommand, type S3Client } from '@aws-sdk/client-s3';
import {
  DescribeEndpointConfigCommand,
  DescribeModelCommand,
  DescribeProcessingJobCommand,
  DescribeTrainingJobCommand,
  ListEndpointConfigsCommand,
  ListModelsCommand,
  ListProcessingJobsCommand,
  ListTrainingJobsCommand,
  type SageMakerClient,
} from '@aws-sdk/client-sagemaker';
import { GetScheduleCommand, ListSchedulesCommand, type SchedulerClient } from '@aws-sdk/client-scheduler';
import { allPages, PAGE_LIMIT } from '../apis/paged';
import { mapLimited } from '../data/storage/limited';
import { isAbort, resourceMissing } from '../lineage/aws-refusals';
import { needsOf, parseS3Uri, type PipelineUsage, type RoleNeeds } from './role-facts';

/** The newest of each kind are described, four at a time: what the pipeline runs now and ran lately. */
const RECENT = 100;
const AT_ONCE = 4;
const NEWEST = { SortBy: 'CreationTime', SortOrder: 'Descending', MaxResults: RECENT } as const;

export interface PipelineClients {
  sagemaker: SageMakerClient;
  scheduler: SchedulerClient;
  apigateway: APIGatewayClient;
  s3: S3Client;
  region: string;
}

const add = (list: string[], ...values: (string | undefined)[]) => {
  for (const value of values) if (value && !list.includes(value)) list.push(value);
};

/** Describes each listed name; one deleted since the listing is left out. */
async function describeEach<T>(names: (string | undefined)[], describe: (name: string) => Promise<T>): Promise<T[]> {
  const found = await mapLimited(
    names.filter((n): n is string => Boolean(n)),
    AT_ONCE,
    async (name) => {
      try {
        return await describe(name);
      } catch (error) {
        if (resourceMissing(error)) return undefined;
        throw error;
      }
    },
  );
  return found.filter((item): item is Awaited<T> => item !== undefined);
}

async function trainingJobs(c: PipelineClients, usage: PipelineUsage, signal: AbortSignal) {
  const send = { abortSignal: signal };
  const page = await c.sagemaker.send(new ListTrainingJobsCommand(NEWEST), send);
  const jobs = await describeEach(page.TrainingJobSummaries?.map((s) => s.TrainingJobName) ?? [], (name) =>
    c.sagemaker.send(new DescribeTrainingJobCommand({ TrainingJobName: name }), send),
  );
  for (const job of jobs) {
    const needs = needsOf(usage, job.RoleArn);
    if (!needs) continue;
    needs.execution = true;
    needs.uses.push({ kind: 'training-job', name: job.TrainingJobName ?? '' });
    add(needs.reads, ...(job.InputDataConfig ?? []).map((c) => c.DataSource?.S3DataSource?.S3Uri), job.CheckpointConfig?.S3Uri);
    add(needs.writes, job.OutputDataConfig?.S3OutputPath, job.CheckpointConfig?.S3Uri);
    add(needs.images, job.AlgorithmSpecification?.TrainingImage);
    add(needs.kmsKeys, job.ResourceConfig?.VolumeKmsKeyId, job.OutputDataConfig?.KmsKeyId);
  }
}

async function processingJobs(c: PipelineClients, usage: PipelineUsage, signal: AbortSignal) {
  const send = { abortSignal: signal };
  const page = await c.sagemaker.send(new ListProcessingJobsCommand(NEWEST), send);
  const jobs = await describeEach(page.ProcessingJobSummaries?.map((s) => s.ProcessingJobName) ?? [], (name) =>
    c.sagemaker.send(new DescribeProcessingJobCommand({ ProcessingJobName: name }), send),
  );
  for (const job of jobs) {
    const needs = needsOf(usage, job.RoleArn);
    if (!needs) continue;
    needs.execution = true;
    needs.uses.push({ kind: 'processing-job', name: job.ProcessingJobName ?? '' });
    add(needs.reads, ...(job.ProcessingInputs ?? []).map((i) => i.S3Input?.S3Uri));
    add(needs.writes, ...(job.ProcessingOutputConfig?.Outputs ?? []).map((o) => o.S3Output?.S3Uri));
    add(needs.images, job.AppSpecification?.ImageUri);
    add(needs.kmsKeys, job.ProcessingResources?.ClusterConfig?.VolumeKmsKeyId, job.ProcessingOutputConfig?.KmsKeyId);
  }
}

/** Models (execution role, model data, images) and the endpoint configs serving them (their KMS key is the model role's to use). */
async function modelsAndConfigs(c: PipelineClients, usage: PipelineUsage, signal: AbortSignal) {
  const send = { abortSignal: signal };
  const [modelPage, configPage] = await Promise.all([
    c.sagemaker.send(new ListModelsCommand(NEWEST), send),
    c.sagemaker.send(new ListEndpointConfigsCommand(NEWEST), send),
  ]);
  const models = await describeEach(modelPage.Models?.map((m) => m.ModelName) ?? [], (name) => c.sagemaker.send(new DescribeModelCommand({ ModelName: name }), send));
  const roleOfModel = new Map<string, string>();
  for (const model of models) {
    const needs = needsOf(usage, model.ExecutionRoleArn);
    if (!needs || !model.ExecutionRoleArn) continue;
    roleOfModel.set(model.ModelName ?? '', model.ExecutionRoleArn);
    needs.execution = true;
    needs.uses.push({ kind: 'model', name: model.ModelName ?? '' });
    const containers = [model.PrimaryContainer, ...(model.Containers ?? [])];
    add(needs.reads, ...containers.map((k) => k?.ModelDataUrl ?? k?.ModelDataSource?.S3DataSource?.S3Uri));
    add(needs.images, ...containers.map((k) => k?.Image));
  }
  const configs = await describeEach(configPage.EndpointConfigs?.map((e) => e.EndpointConfigName) ?? [], (name) =>
    c.sagemaker.send(new DescribeEndpointConfigCommand({ EndpointConfigName: name }), send),
  );
  for (const config of configs) {
    for (const variant of config.ProductionVariants ?? []) {
      const needs = needsOf(usage, roleOfModel.get(variant.ModelName ?? ''));
      if (!needs) continue;
      add(needs.kmsKeys, config.KmsKeyId);
      add(needs.writes, config.DataCaptureConfig?.DestinationS3Uri);
    }
  }
}

async function schedules(c: PipelineClients, usage: PipelineUsage, signal: AbortSignal) {
  const send = { abortSignal: signal };
  const listed = (await c.scheduler.send(new ListSchedulesCommand({ MaxResults: 100 }), send)).Schedules ?? [];
  const found = await describeEach(
    listed.map((s) => (s.Name ? `${s.GroupName ?? 'default'}/${s.Name}` : undefined)),
    (key) => {
      const [group, ...name] = key.split('/');
      return c.scheduler.send(new GetScheduleCommand({ GroupName: group, Name: name.join('/') }), send);
    },
  );
  for (const schedule of found) {
    const needs = needsOf(usage, schedule.Target?.RoleArn);
    if (!needs || !schedule.Target?.Arn) continue;
    needs.uses.push({ kind: 'schedule', name: schedule.Name ?? '', key: schedule.GroupName });
    needs.scheduleTargets.push({ arn: schedule.Target.Arn, input: schedule.Target.Input });
  }
}

const ENDPOINT_URI = /runtime\.sagemaker:path\/\/endpoints\/([^/]+)\/invocations/;

async function apiIntegrations(c: PipelineClients, usage: PipelineUsage, signal: AbortSignal) {
  const send = { abortSignal: signal };
  const apis = await allPages((position) => c.apigateway.send(new GetRestApisCommand({ limit: PAGE_LIMIT, ...(position ? { position } : {}) }), send));
  await mapLimited(apis, AT_ONCE, async (api) => {
    const resources = await allPages((position) =>
      c.apigateway.send(new GetResourcesCommand({ restApiId: api.id, embed: ['methods'], limit: PAGE_LIMIT, ...(position ? { position } : {}) }), send),
    );
    for (const method of resources.flatMap((r) => Object.values(r.resourceMethods ?? {}))) {
      const integration = method.methodIntegration;
      const needs = needsOf(usage, integration?.credentials?.startsWith('arn:') ? integration.credentials : undefined);
      if (!needs) continue;
      if (!needs.uses.some((u) => u.kind === 'api' && u.key === api.id)) needs.uses.push({ kind: 'api', name: api.name ?? api.id ?? '', key: api.id });
      const endpoint = ENDPOINT_URI.exec(integration?.uri ?? '')?.[1];
      const account = /^arn:aws[a-z-]*:iam::(\d{12}):/.exec(integration?.credentials ?? '')?.[1];
      if (endpoint && account) add(needs.invokeEndpoints, `arn:aws:sagemaker:${c.region}:${account}:endpoint/${endpoint.toLowerCase()}`);
    }
  });
}

/** Each bucket's default KMS key becomes a need of every role reading or writing it. */
async function bucketKeys(c: PipelineClients, usage: PipelineUsage, signal: AbortSignal) {
  const byBucket = new Map<string, RoleNeeds[]>();
  for (const needs of usage.byRole.values()) {
    for (const uri of [...needs.reads, ...needs.writes]) {
      const bucket = parseS3Uri(uri)?.bucket;
      if (bucket) byBucket.set(bucket, [...(byBucket.get(bucket) ?? []), needs]);
    }
  }
  await mapLimited([...byBucket.keys()], AT_ONCE, async (bucket) => {
    try {
      const answer = await c.s3.send(new GetBucketEncryptionCommand({ Bucket: bucket }), { abortSignal: signal });
      const keys = (answer.ServerSideEncryptionConfiguration?.Rules ?? []).map((r) => r.ApplyServerSideEncryptionByDefault?.KMSMasterKeyID);
      for (const needs of byBucket.get(bucket) ?? []) add(needs.kmsKeys, ...keys);
    } catch (error) {
      if (isAbort(error)) throw error;
      // No default encryption, or not ours to read: the bucket adds no key.
    }
  });
}

const KINDS = [
  ['training jobs', trainingJobs],
  ['processing jobs', processingJobs],
  ['models and endpoint configs', modelsAndConfigs],
  ['schedules', schedules],
  ['API Gateway integrations', apiIntegrations],
] as const;

/**
 * What the pipeline's resources say each role is for: every kind read side by side, a kind that
 * fails (an endpoint without the service, a refused call) leaves the others and is named.
 */
export async function readPipelineUsage(c: PipelineClients, signal: AbortSignal): Promise<PipelineUsage> {
  const usage: PipelineUsage = { byRole: new Map(), notices: [] };
  await Promise.all(
    KINDS.map(async ([what, read]) => {
      try {
        // A signal per kind: the SDK adds an abort listener per call, and five kinds sharing one
        // signal pass Node's 10-listener warning.
        await read(c, usage, AbortSignal.any([signal]));
      } catch (error) {
        if (isAbort(error) || signal.aborted) throw error;
        const reason = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
        usage.notices.push(`The pipeline's ${what} could not be read (${reason}), so roles they use may be missing or show fewer uses.`);
      }
    }),
  );
  await bucketKeys(c, usage, AbortSignal.any([signal]));
  return usage;
}
