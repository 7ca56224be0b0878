import { Component, lazy, Suspense, type ReactNode } from 'react';

// Its own chunk: the first download stays the shell, and the notifier loads once a session is ready.
const JobNotifier = lazy(() => import('../features/jobs/notifications/JobNotifier'));

/** A notifier that fails (chunk or host) must never take the shell down with it. */
class Quiet extends Component<{ children: ReactNode }, { failed: boolean }> {
  override state = { failed: false };
  static getDerivedStateFromError() {
    return { failed: true };
  }
  override render() {
    return this.state.failed ? null : this.props.children;
  }
}

/** Desktop notifications for finished jobs, mounted once by the shell. */
export function NotificationsHost({ ready }: { ready: boolean }) {
  if (!ready) return null;
  return (
    <Quiet>
      <Suspense fallback={null}>
        <JobNotifier />
      </Suspense>
    </Quiet>
  );
}
