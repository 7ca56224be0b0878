import { setMaxListeners } from 'node:events';
import type { PipelineOverview, StageResult } from '../../../../shared/domain/overview';
import type { SessionClients } from '../../session/session-clients';
import type { SessionManager } from '../../session/session-manager';
import { ConfigResolver } from '../endpoints/config-resolver';
import { readAlarmsStage } from './alarms-stage';
import { readDataStage } from './data-stage';
import { readEndpointsStage } from './endpoints-stage';
import { readProcessingStage } from './processing-stage';
import { readRegistryStage } from './registry-stage';
import { readServingStage } from './serving-stage';
import { StageCache, type StageRead } from './stage-cache';
import { stageFailure, type StageSubject } from './stage-failure';
import { readTrainingStage } from './training-stage';

export interface PipelineDeps {
  clients: SessionClients;
  session: SessionManager;
  now: () => number;
}

/** How long a stage read well is shown before AWS is asked again (the renderer refreshes every 30 s). */
export const STAGE_CACHE_MS = 30_000;

type Stage = Exclude<keyof PipelineOverview, 'readAt'>;

const SUBJECTS: Record<Stage, StageSubject> = {
  data: { what: 'the S3 buckets', actions: ['s3:ListAllMyBuckets', 's3:GetBucketVersioning', 's3:GetEncryptionConfiguration'], area: 'the S3 console' },
  processing: { what: 'the processing jobs', actions: ['sagemaker:ListProcessingJobs'], area: 'the Processing area' },
  training: { what: 'the training jobs', actions: ['sagemaker:ListTrainingJobs'], area: 'the Training area' },
  registry: { what: 'the model registry', actions: ['sagemaker:ListModelPackages', 'sagemaker:ListModelPackageGroups'], area: 'the Model registry area' },
  endpoints: { what: 'the endpoints', actions: ['sagemaker:Search', 'sagemaker:ListEndpoints', 'sagemaker:DescribeEndpoint'], area: 'the Endpoints area' },
  alarms: { what: 'the CloudWatch alarms', actions: ['cloudwatch:DescribeAlarms'], area: 'the Alarms area' },
  serving: {
    what: 'the REST APIs and load balancers',
    actions: ['apigateway:GET', 'elasticloadbalancing:DescribeLoadBalancers', 'elasticloadbalancing:DescribeTargetGroups', 'elasticloadbalancing:DescribeTargetHealth'],
    area: 'the API & load balancing area',
  },
};

/**
 * The pipeline at a glance: each stage read on its own and side by side, so one that fails says
 * why (and what to do) while the rest still show. Reads are shared and kept per session for
 * STAGE_CACHE_MS; they run on the session's signal, not a caller's, since any caller in the window
 * gets them.
 */
export function openPipeline(deps: PipelineDeps): () => Promise<PipelineOverview> {
  const cache = new StageCache(STAGE_CACHE_MS, deps.now);
  // Endpoint configs never change: described once per session for every later read (as the Endpoints area does).
  const configs = new ConfigResolver();

  return async () => {
    const { generation, region } = deps.session.current();
    // One signal per read, ended with the session: a read has some twenty calls in flight, each
    // listening for the abort, and Node warns of a leak past ten listeners on one signal.
    const signal = AbortSignal.any([deps.session.signal()]);
    setMaxListeners(32, signal);
    const stage = <T>(name: Stage, read: () => Promise<StageResult<T>>): Promise<StageRead<T>> =>
      cache.read(generation, name, async () => {
        try {
          return await read();
        } catch (error) {
          return stageFailure(error, SUBJECTS[name]);
        }
      });
    const clients = () => deps.clients.current();
    const sagemaker = async () => (await clients()).get('sagemaker');

    const [data, processing, training, registry, endpoints, alarms, serving] = await Promise.all([
      stage('data', async () => readDataStage((await clients()).get('s3'), region, signal)),
      stage('processing', async () => readProcessingStage({ sagemaker: await sagemaker(), clients: deps.clients, now: deps.now, signal })),
      stage('training', async () => readTrainingStage(await sagemaker(), deps.now(), signal)),
      stage('registry', async () => readRegistryStage(await sagemaker(), signal)),
      stage('endpoints', async () =>
        readEndpointsStage({ sagemaker: await sagemaker(), autoscaling: (await clients()).get('autoscaling'), configs, generation, signal }),
      ),
      stage('alarms', async () => readAlarmsStage((await clients()).get('cloudwatch'), signal)),
      stage('serving', async () => {
        const session = await clients();
        return readServingStage(session.get('apigateway'), session.get('elbv2'), signal);
      }),
    ]);
    const oldest = Math.min(data.readAtMs, processing.readAtMs, training.readAtMs, registry.readAtMs, endpoints.readAtMs, alarms.readAtMs, serving.readAtMs);
    return {
      readAt: new Date(oldest).toISOString(),
      data: data.result,
      processing: processing.result,
      training: training.result,
      registry: registry.result,
      endpoints: endpoints.result,
      alarms: alarms.result,
      serving: serving.result,
    };
  };
}
