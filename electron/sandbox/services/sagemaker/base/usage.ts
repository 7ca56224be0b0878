import type { ServiceEnv, UsageLevel } from '../../../types';
import type { EndpointRecord, ProcessingJobRecord, TrainingJobRecord } from './records';

/** Account and region from a resource ARN (`arn:aws:sagemaker:<region>:<account>:…`). */
function regionOf(arn: string): { accountId: string; region: string } {
  const [, , , region = '', accountId = ''] = arn.split(':');
  return { accountId, region };
}

/**
 * Tells Cost Explorer (`bus.usage`) what runs: a job's instances from start to end, an endpoint's
 * instances at every change of their count. Reported on the lifecycle's clock, so the seed's
 * replayed history lands in the past where it happened.
 */
export function reportTrainingUsage(env: ServiceEnv, job: TrainingJobRecord, running: boolean): void {
  const config = job.request.ResourceConfig;
  const levels: UsageLevel[] = running ? [{ kind: 'training', instanceType: config?.InstanceType ?? '', quantity: config?.InstanceCount ?? 1 }] : [];
  env.bus.usage?.record(regionOf(job.arn), job.arn, levels, env.clock.now());
}

export function reportProcessingUsage(env: ServiceEnv, job: ProcessingJobRecord, running: boolean): void {
  const cluster = job.request.ProcessingResources?.ClusterConfig;
  const levels: UsageLevel[] = running ? [{ kind: 'processing', instanceType: cluster?.InstanceType ?? '', quantity: cluster?.InstanceCount ?? 1 }] : [];
  env.bus.usage?.record(regionOf(job.arn), job.arn, levels, env.clock.now());
}

/** Both fleets of a blue/green deployment are billed while they run side by side. */
export function reportHostingUsage(env: ServiceEnv, endpoint: EndpointRecord, running = true): void {
  const byType = new Map<string, number>();
  const variants = running ? [...endpoint.variants, ...(endpoint.deployment?.newVariants ?? [])] : [];
  for (const v of variants) byType.set(v.instanceType ?? '', (byType.get(v.instanceType ?? '') ?? 0) + v.currentInstanceCount);
  const levels: UsageLevel[] = [...byType].filter(([, n]) => n > 0).map(([instanceType, quantity]) => ({ kind: 'hosting', instanceType, quantity }));
  env.bus.usage?.record(regionOf(endpoint.arn), endpoint.arn, levels, env.clock.now());
}
