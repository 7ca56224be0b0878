import type { AlarmsStage, DataStage, EndpointsStage, PipelineOverview, ProcessingStage, RegistryStage, ServingStage, StageResult, TrainingStage } from '../../../../shared/domain/overview';

export type Health = 'healthy' | 'attention' | 'failing';

export const HEALTH_LABEL: Record<Health, string> = {
  healthy: 'Healthy',
  attention: 'Needs attention',
  failing: 'Failing',
};

export interface StageHealth {
  health: Health;
  /** Why, in a few words: shown next to the state. */
  reason: string;
}

const plural = (count: number, one: string, many = `${one}s`) => `${count} ${count === 1 ? one : many}`;
const healthy = (reason: string): StageHealth => ({ health: 'healthy', reason });
const attention = (reason: string): StageHealth => ({ health: 'attention', reason });
const failing = (reason: string): StageHealth => ({ health: 'failing', reason });

function data(stage: DataStage): StageHealth {
  if (stage.buckets === 0) return attention('No buckets');
  if (stage.unencrypted > 0) return attention(`${plural(stage.unencrypted, 'bucket')} without default encryption`);
  if (stage.unversioned > 0) return attention(`${plural(stage.unversioned, 'bucket')} without versioning`);
  return healthy('Versioned and encrypted');
}

function processing(stage: ProcessingStage): StageHealth {
  if (stage.lastRun?.status === 'Failed') return failing('The last run failed');
  if (stage.failedLast24h > 0) return attention(`${plural(stage.failedLast24h, 'failure')} in 24 h`);
  if (!stage.lastRun) return attention('No runs yet');
  if (!stage.nextScheduledRun) return attention('No run scheduled');
  return healthy(stage.running > 0 ? `${plural(stage.running, 'run')} in progress` : 'Last run completed');
}

function training(stage: TrainingStage): StageHealth {
  if (stage.lastRun?.status === 'Failed') return failing('The last job failed');
  if (stage.failedLast24h > 0) return attention(`${plural(stage.failedLast24h, 'failure')} in 24 h`);
  if (!stage.lastRun) return attention('No jobs yet');
  return healthy(stage.running > 0 ? `${plural(stage.running, 'job')} running` : 'No failures in 24 h');
}

function registry(stage: RegistryStage): StageHealth {
  if (stage.groups === 0) return attention('No model groups');
  if (stage.pendingApproval > 0) return attention(`${plural(stage.pendingApproval, 'version')} awaiting approval`);
  return healthy('Nothing awaits approval');
}

function endpoints(stage: EndpointsStage): StageHealth {
  const failed = stage.endpoints.filter((e) => e.status === 'Failed' || e.status === 'OutOfService');
  if (failed.length > 0) return failing(`${plural(failed.length, 'endpoint')} ${failed.length === 1 ? 'is' : 'are'} ${failed[0]?.status === 'Failed' ? 'failed' : 'out of service'}`);
  if (stage.endpoints.length === 0) return attention('No endpoints');
  const deploying = stage.endpoints.filter((e) => e.deploymentInProgress).length;
  if (deploying > 0) return attention(`${plural(deploying, 'deployment')} in progress`);
  const atMax = stage.endpoints.filter((e) => e.maxInstances !== undefined && e.instances >= e.maxInstances).length;
  if (atMax > 0) return attention(`${plural(atMax, 'endpoint')} at maximum instances`);
  return healthy('All in service');
}

function alarms(stage: AlarmsStage): StageHealth {
  if (stage.inAlarm.length > 0) return failing(`${plural(stage.inAlarm.length, 'alarm')} in ALARM`);
  if (stage.total === 0) return attention('No alarms');
  return healthy('No alarm in ALARM');
}

function serving(stage: ServingStage): StageHealth {
  const down = stage.loadBalancers.filter((lb) => lb.state === 'failed' || (lb.health && lb.health.healthy === 0 && lb.health.unhealthy > 0));
  if (down.length > 0) return failing(`${plural(down.length, 'load balancer')} without a healthy target`);
  const unhealthy = stage.loadBalancers.reduce((sum, lb) => sum + (lb.health?.unhealthy ?? 0), 0);
  if (unhealthy > 0) return attention(`${plural(unhealthy, 'target')} unhealthy`);
  const impaired = stage.loadBalancers.filter((lb) => lb.state !== 'active').length;
  if (impaired > 0) return attention(`${plural(impaired, 'load balancer')} not active`);
  if (stage.apis.length === 0 && stage.loadBalancers.length === 0) return attention('Nothing in front of the endpoints');
  return healthy(stage.loadBalancers.length > 0 ? 'All targets healthy' : `${plural(stage.apis.length, 'REST API')}`);
}

function of<T>(result: StageResult<T>, judge: (value: T) => StageHealth): StageHealth {
  if (!result.ok) return failing('Could not be read');
  const judged = judge(result.value);
  // A gap in what was read (an operation missing, a call refused) is worth a look even when the rest is fine.
  return result.notice && judged.health === 'healthy' ? attention('Partly read') : judged;
}

export type StageId = Exclude<keyof PipelineOverview, 'readAt'>;

/** Each stage's state from its figures: colour and words, the same rules for every card. */
export function stageHealth(overview: PipelineOverview, stage: StageId): StageHealth {
  switch (stage) {
    case 'data':
      return of(overview.data, data);
    case 'processing':
      return of(overview.processing, processing);
    case 'training':
      return of(overview.training, training);
    case 'registry':
      return of(overview.registry, registry);
    case 'endpoints':
      return of(overview.endpoints, endpoints);
    case 'alarms':
      return of(overview.alarms, alarms);
    case 'serving':
      return of(overview.serving, serving);
  }
}
