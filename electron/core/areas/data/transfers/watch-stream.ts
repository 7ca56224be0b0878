import type { TransferSummary } from '../../../../../shared/domain/data';
import type { WatchEvent } from '../../../../../shared/domain/watch';
import type { TransferRegistry } from './transfer-registry';

/** `transfers.watch`: every transfer of the run, then each one's progress as it changes. */
export function watchTransfers(registry: TransferRegistry, emit: (event: WatchEvent<TransferSummary>) => void): () => void {
  emit({ type: 'snapshot', items: registry.summaries() });
  return registry.subscribe((event) => {
    if (event.type === 'removed') emit({ type: 'changes', added: [], updated: [], removed: [event.id] });
    else if (event.added) emit({ type: 'changes', added: [event.summary], updated: [], removed: [] });
    else emit({ type: 'changes', added: [], updated: [event.summary], removed: [] });
  });
}
