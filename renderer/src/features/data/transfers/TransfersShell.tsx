import { lazy } from 'react';
import { QuietLazy } from '../../../components/QuietLazy';

// Its own chunk, loaded once a session is ready: the first download stays the shell.
const TransfersPanel = lazy(() => import('./TransfersPanel'));

/** What the shell mounts once for uploads and downloads: the transfers panel, on every screen. */
export function TransfersShell({ ready }: { ready: boolean }) {
  return <QuietLazy ready={ready} component={TransfersPanel} />;
}
