import './jobs.css';
import { lazy, Suspense } from 'react';
import type { JobKind } from '../../../../shared/domain/jobs';
import { useRoute } from '../../app/hash-route';
import { JobList } from './JobList';
import { jobListHref, jobsView } from './job-routes';

// The list is what most visits need; detail, form and schedules load when first opened.
const JobDetail = lazy(() => import('./detail/JobDetail'));
const JobForm = lazy(() => import('./form/JobForm'));
const Schedules = lazy(() => import('./schedules/SchedulesView'));
const ScheduleForm = lazy(() => import('./schedules/ScheduleForm'));

/** Routes one kind's screens from the hash: `#/<kind>`, `/jobs/<name>`, `/new`, `/schedules`. */
export function JobsArea({ kind }: { kind: JobKind }) {
  const route = useRoute();
  const view = jobsView(route);
  return (
    <Suspense
      fallback={
        <p className="loading" role="status">
          Loading…
        </p>
      }
    >
      {view.view === 'list' && <JobList kind={kind} />}
      {/* Keyed by name so moving between jobs starts each detail fresh. */}
      {view.view === 'detail' && <JobDetail key={view.name} kind={kind} name={view.name} />}
      {view.view === 'new' && <JobForm key={`${view.clone ?? ''}|${view.template ?? ''}`} kind={kind} clone={view.clone} template={view.template} />}
      {view.view === 'schedules' && kind === 'processing' && <Schedules />}
      {view.view === 'schedule-new' && kind === 'processing' && <ScheduleForm key={JSON.stringify(view.from)} from={view.from} />}
      {(view.view === 'unknown' || (kind === 'training' && (view.view === 'schedules' || view.view === 'schedule-new'))) && (
        <div className="empty-state" data-testid="empty-state">
          <p>There is nothing at this address.</p>
          <a href={jobListHref(kind)}>Back to the {kind} jobs</a>
        </div>
      )}
    </Suspense>
  );
}
