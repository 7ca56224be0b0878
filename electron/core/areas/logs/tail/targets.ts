import type { ResolvedTarget, TailTarget } from '../../../../../shared/domain/logs';
import { JOB_LOG_GROUPS } from '../../jobs/job-extras';

/** Where SageMaker writes an endpoint's logs: one stream per variant and instance. */
export const endpointLogGroup = (name: string) => `/aws/sagemaker/Endpoints/${name}`;

/** File-name-safe: letters, digits, dots, dashes and underscores; at most 100 characters. */
function slugOf(text: string): string {
  return (
    text
      .replace(/^\/+/, '')
      .replace(/[^A-Za-z0-9._-]+/g, '-')
      .replace(/-+/g, '-')
      .replace(/^-|-$/g, '')
      .slice(0, 100) || 'logs'
  );
}

/**
 * The groups and streams a target reads. A job reads every instance's stream (`<job>/algo-N-…`,
 * `<job>/<host>`) through the prefix `<job>/`; the trailing slash keeps `train-1` from also reading
 * `train-10`. An endpoint reads its whole group: every variant and instance.
 */
export function resolveTarget(target: TailTarget): ResolvedTarget {
  switch (target.kind) {
    case 'group': {
      const scope = target.streams ? `${target.streams.length === 1 ? target.streams[0] : `${target.streams.length} streams`}` : target.streamPrefix ? `${target.streamPrefix}*` : '';
      return {
        label: `group ${target.group}${scope ? ` (${scope})` : ''}`,
        slug: slugOf(`${target.group}${target.streams?.length === 1 ? `-${target.streams[0]}` : target.streamPrefix ? `-${target.streamPrefix}` : ''}`),
        groups: [target.group],
        ...(target.streams ? { streams: target.streams } : {}),
        ...(target.streamPrefix ? { streamPrefix: target.streamPrefix } : {}),
      };
    }
    case 'job':
      return {
        label: `${target.jobKind} job ${target.name}`,
        slug: slugOf(`${target.jobKind}-${target.name}`),
        groups: [JOB_LOG_GROUPS[target.jobKind]],
        streamPrefix: `${target.name}/`,
      };
    case 'endpoint':
      return { label: `endpoint ${target.name}`, slug: slugOf(`endpoint-${target.name}`), groups: [endpointLogGroup(target.name)] };
  }
}
