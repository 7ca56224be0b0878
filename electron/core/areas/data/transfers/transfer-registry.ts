import type { TransferSummary } from '../../../../../shared/domain/data';

/** What the registry needs of an upload or a download. */
export interface Transfer {
  readonly id: string;
  /** Done or cancelled: may be dropped once more than KEEP_FINISHED have ended. Failed ones wait for a retry. */
  readonly finished: boolean;
  summary(): TransferSummary;
}

/** Finished transfers kept for the panel during a run. */
export const KEEP_FINISHED = 50;
/** Progress of one transfer goes out at most this often (4 a second): enough for a bar, cheap for the renderer. */
export const CHANGE_INTERVAL_MS = 250;

export type RegistryEvent = { type: 'changed'; summary: TransferSummary; added: boolean } | { type: 'removed'; id: string };

/**
 * Every transfer of this run, across profiles and screens. Changes of one transfer are coalesced:
 * the first goes out at once, later ones at most every CHANGE_INTERVAL_MS (real time: it paces
 * the renderer, not the simulated clock).
 */
export class TransferRegistry {
  private readonly transfers = new Map<string, Transfer>();
  private readonly listeners = new Set<(event: RegistryEvent) => void>();
  private readonly lastSent = new Map<string, number>();
  private readonly scheduled = new Map<string, ReturnType<typeof setTimeout>>();

  add(transfer: Transfer): void {
    this.transfers.set(transfer.id, transfer);
    this.lastSent.set(transfer.id, performance.now());
    this.broadcast({ type: 'changed', summary: transfer.summary(), added: true });
    this.dropOldFinished();
  }

  get(id: string): Transfer | undefined {
    return this.transfers.get(id);
  }

  summaries(): TransferSummary[] {
    return [...this.transfers.values()].map((transfer) => transfer.summary());
  }

  subscribe(listener: (event: RegistryEvent) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** A transfer changed: tell subscribers now, or when its interval is up. */
  changed(id: string): void {
    if (!this.transfers.has(id) || this.scheduled.has(id)) return;
    const wait = (this.lastSent.get(id) ?? 0) + CHANGE_INTERVAL_MS - performance.now();
    if (wait <= 0) return this.send(id);
    const timer = setTimeout(() => {
      this.scheduled.delete(id);
      this.send(id);
    }, wait);
    timer.unref?.();
    this.scheduled.set(id, timer);
  }

  private send(id: string): void {
    const transfer = this.transfers.get(id);
    if (!transfer) return;
    this.lastSent.set(id, performance.now());
    this.broadcast({ type: 'changed', summary: transfer.summary(), added: false });
    if (transfer.finished) this.dropOldFinished();
  }

  private broadcast(event: RegistryEvent): void {
    for (const listener of this.listeners) listener(event);
  }

  private dropOldFinished(): void {
    const finished = [...this.transfers.values()].filter((transfer) => transfer.finished);
    for (const transfer of finished.slice(0, Math.max(0, finished.length - KEEP_FINISHED))) {
      this.transfers.delete(transfer.id);
      this.lastSent.delete(transfer.id);
      clearTimeout(this.scheduled.get(transfer.id));
      this.scheduled.delete(transfer.id);
      this.broadcast({ type: 'removed', id: transfer.id });
    }
  }

  dispose(): void {
    for (const timer of this.scheduled.values()) clearTimeout(timer);
    this.scheduled.clear();
    this.listeners.clear();
  }
}
