import { useSyncExternalStore } from 'react';
import { useSession } from '../../../app/services';

const DARK_QUERY = '(prefers-color-scheme: dark)';

function subscribe(onChange: () => void): () => void {
  if (typeof window.matchMedia !== 'function') return () => {};
  const query = window.matchMedia(DARK_QUERY);
  query.addEventListener('change', onChange);
  return () => query.removeEventListener('change', onChange);
}

const osPrefersDark = () => (typeof window.matchMedia === 'function' ? window.matchMedia(DARK_QUERY).matches : false);

/** Whether the app is dark now: canvases (charts) draw their own colours and must follow the theme. */
export function useDarkMode(): boolean {
  const preference = useSession((state) => state.theme);
  const systemDark = useSyncExternalStore(subscribe, osPrefersDark);
  return preference === 'dark' || (preference === 'system' && systemDark);
}
