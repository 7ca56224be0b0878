import type { AlarmResource, AlarmSummary } from '../../../../../shared/domain/alarms';
import { endpointHref } from '../../endpoints/endpoint-routes';
import { jobHref, schedulesHref } from '../../jobs/job-routes';

/**
 * Where the resource a group of alarms watches lives in the console. A job's kind is not in the
 * resource, so it is read from the metric: processing jobs' dimensions or namespace say so.
 */
export function resourceHref(resource: AlarmResource, alarms: readonly AlarmSummary[]): string | undefined {
  if ((resource.kind === 'endpoint' || resource.kind === 'variant') && resource.endpointName) return endpointHref(resource.endpointName);
  if (resource.kind === 'schedule') return schedulesHref();
  if (resource.kind !== 'job') return undefined;
  const processing = alarms.some(
    ({ metric }) => metric?.namespace.includes('ProcessingJobs') || metric?.dimensions.some((d) => d.name === 'ProcessingJobName'),
  );
  return jobHref(processing ? 'processing' : 'training', resource.name);
}
