import './notifications.css';
import { useEffect, useRef, useState } from 'react';
import type { JobKind, JobStatus, JobSummary } from '../../../../../shared/domain/jobs';
import { navigateHref } from '../../../app/hash-route';
import { useSession } from '../../../app/services';
import { selectSessionKey } from '../../../stores/session-key';
import { useLiveList } from '../../live/use-live-list';
import { withQueries } from '../../query-client';
import { jobHref } from '../job-routes';
import { jobKey } from '../use-jobs';
import { finishedJobs, notificationText } from './job-transitions';
import { notificationPermission } from './permission';

interface Toast {
  id: string;
  job: JobSummary;
}

const FOLLOW = { followWhileHidden: true };

/** Follows one kind with the default list query: the same host watcher the open list uses. */
function useFinished(kind: JobKind, onFinished: (jobs: JobSummary[]) => void) {
  const { items } = useLiveList('jobs.list', 'jobs.watch', { list: { kind }, watch: { kind } }, jobKey, FOLLOW);
  const sessionKey = useSession(selectSessionKey);
  const seen = useRef<{ session: string | undefined; statuses: Map<string, JobStatus> }>({ session: undefined, statuses: new Map() });
  useEffect(() => {
    // A new session is a new world: nothing it lists has "just finished".
    if (seen.current.session !== sessionKey) seen.current = { session: sessionKey, statuses: new Map() };
    const finished = finishedJobs(seen.current.statuses, items);
    for (const job of items) seen.current.statuses.set(job.name, job.status);
    if (finished.length > 0) onFinished(finished);
  }, [items, sessionKey, onFinished]);
}

function show(job: JobSummary, toast: (job: JobSummary) => void) {
  const href = jobHref(job.kind, job.name);
  if (notificationPermission() !== 'granted') {
    toast(job);
    return;
  }
  const { title, body } = notificationText(job);
  const notification = new Notification(title, { body, tag: `${job.kind}/${job.name}` });
  notification.onclick = () => {
    window.focus();
    navigateHref(href);
    notification.close();
  };
}

/**
 * Mounted once by the shell (lazily): a desktop notification when a job finishes, opening the job
 * on click; an in-app toast instead when notifications are denied or unsupported.
 */
function JobNotifier() {
  const [toasts, setToasts] = useState<Toast[]>([]);
  const [onFinished] = useState(() => (jobs: JobSummary[]) => {
    for (const job of jobs) {
      show(job, (toastJob) => setToasts((current) => [...current.slice(-4), { id: `${toastJob.kind}/${toastJob.name}/${Date.now()}`, job: toastJob }]));
    }
  });
  useFinished('processing', onFinished);
  useFinished('training', onFinished);
  const dismiss = (id: string) => setToasts((current) => current.filter((toast) => toast.id !== id));

  if (toasts.length === 0) return null;
  return (
    <div className="job-toasts" role="status" aria-live="polite" data-testid="job-toasts">
      {toasts.map(({ id, job }) => {
        const { title, body } = notificationText(job);
        return (
          <div key={id} className={`job-toast job-toast-${job.status.toLowerCase()}`} data-testid={`job-toast-${job.name}`}>
            <a href={jobHref(job.kind, job.name)} onClick={() => dismiss(id)}>
              <strong>{title}</strong>
            </a>
            {job.status === 'Failed' && job.failureReason && <p>{body}</p>}
            <button type="button" aria-label={`Dismiss: ${title}`} onClick={() => dismiss(id)}>
              ×
            </button>
          </div>
        );
      })}
    </div>
  );
}

export default withQueries(JobNotifier);
