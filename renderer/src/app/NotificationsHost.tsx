import { lazy } from 'react';
import { QuietLazy } from '../components/QuietLazy';

// Its own chunk: the first download stays the shell, and the notifier loads once a session is ready.
const JobNotifier = lazy(() => import('../features/jobs/notifications/JobNotifier'));

/** Desktop notifications for finished jobs, mounted once by the shell. */
export function NotificationsHost({ ready }: { ready: boolean }) {
  return <QuietLazy ready={ready} component={JobNotifier} />;
}
