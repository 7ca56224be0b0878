import { lazy, Suspense, useSyncExternalStore } from 'react';
import { useServices } from './services';

const ConfirmModal = lazy(() => import('../components/ConfirmModal'));

/** The one place destructive actions are confirmed: the typed client queues, this asks. */
export function ConfirmHost() {
  const { confirmations } = useServices();
  const pending = useSyncExternalStore(confirmations.subscribe, confirmations.current);
  if (!pending) return null;
  return (
    <Suspense fallback={null}>
      <ConfirmModal key={pending.id} challenge={pending.challenge} onAnswer={pending.answer} />
    </Suspense>
  );
}
