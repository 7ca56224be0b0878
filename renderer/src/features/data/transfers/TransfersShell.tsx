import { Component, lazy, Suspense, type ReactNode } from 'react';

// Its own chunk, loaded once a session is ready: the first download stays the shell.
const TransfersPanel = lazy(() => import('./TransfersPanel'));

/** A panel that fails (chunk or host) must never take the shell down with it. */
class Quiet extends Component<{ children: ReactNode }, { failed: boolean }> {
  override state = { failed: false };
  static getDerivedStateFromError() {
    return { failed: true };
  }
  override render() {
    return this.state.failed ? null : this.props.children;
  }
}

/** What the shell mounts once for uploads and downloads: the transfers panel, on every screen. */
export function TransfersShell({ ready }: { ready: boolean }) {
  if (!ready) return null;
  return (
    <Quiet>
      <Suspense fallback={null}>
        <TransfersPanel />
      </Suspense>
    </Quiet>
  );
}
