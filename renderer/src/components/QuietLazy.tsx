import { Component, Suspense, type ComponentType, type LazyExoticComponent, type ReactNode } from 'react';

/** Something the shell mounts on the side that fails (chunk or host) must never take the shell down. */
class Quiet extends Component<{ children: ReactNode }, { failed: boolean }> {
  override state = { failed: false };
  static getDerivedStateFromError() {
    return { failed: true };
  }
  override render() {
    return this.state.failed ? null : this.props.children;
  }
}

/**
 * A lazily loaded part of the shell (a notifier, the transfers panel) mounted once a session is
 * ready: its own chunk, nothing shown while it loads, nothing at all if it fails.
 */
export function QuietLazy({ ready, component: Lazy }: { ready: boolean; component: LazyExoticComponent<ComponentType> }) {
  if (!ready) return null;
  return (
    <Quiet>
      <Suspense fallback={null}>
        <Lazy />
      </Suspense>
    </Quiet>
  );
}
