import { useSyncExternalStore } from 'react';
import { useServices } from '../../../app/services';

/**
 * Whether the gate's confirmation modal is up. A dialog that triggers it steps aside meanwhile, so
 * only one modal holds the focus and the user answers one question at a time.
 */
export function useConfirmationOpen(): boolean {
  const { confirmations } = useServices();
  return useSyncExternalStore(confirmations.subscribe, () => confirmations.current() !== undefined);
}
