import { useSyncExternalStore } from 'react';

function subscribe(onChange: () => void): () => void {
  document.addEventListener('visibilitychange', onChange);
  return () => document.removeEventListener('visibilitychange', onChange);
}

const isVisible = () => document.visibilityState !== 'hidden';

/**
 * Whether the window can be seen. Live views stop their streams while it cannot: the host's
 * watcher then polls AWS for nobody, and a minimised console should cost no API calls.
 */
export function usePageVisible(): boolean {
  return useSyncExternalStore(subscribe, isVisible);
}
