import { useMemo } from 'react';
import type { JobKind, JobSummary } from '../../../../shared/domain/jobs';
import { useSessionQuery } from '../use-session-query';

/**
 * Fills the instance column of the rows on screen. Training rows carry it from Search; processing
 * rows do not (AWS has no Search for them), so the host describes just these rows, once each.
 */
export function useRowInstances(kind: JobKind, rows: readonly JobSummary[]): JobSummary[] {
  const names = useMemo(() => (kind === 'processing' ? rows.filter((job) => !job.instanceType).map((job) => job.name) : []), [kind, rows]);
  const instances = useSessionQuery('jobs.instances', { kind: 'processing', names }, { enabled: names.length > 0 });
  return useMemo(() => {
    const known = instances.data;
    if (!known) return [...rows];
    return rows.map((job) => {
      const config = known[job.name];
      return config && !job.instanceType ? { ...job, instanceType: config.instanceType, instanceCount: config.instanceCount } : job;
    });
  }, [rows, instances.data]);
}
