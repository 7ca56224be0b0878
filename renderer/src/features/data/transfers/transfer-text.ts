import type { TransferState, TransferSummary } from '../../../../../shared/domain/data';
import { formatBytes, formatDuration, formatSpeed } from '../format';

export const STATE_WORDS: Record<TransferState, string> = {
  queued: 'Queued',
  running: 'Running',
  done: 'Done',
  failed: 'Failed',
  cancelled: 'Cancelled',
};

export const percent = (done: number, total: number) =>
  total === 0 ? 100 : Math.min(100, Math.floor((done / total) * 100));

/** "12.0 MiB of 50.0 MiB · 8.0 MiB/s · 5 s left" */
export function progressLine(
  transfer: Pick<TransferSummary, 'bytesDone' | 'bytesTotal' | 'bytesPerSecond' | 'secondsLeft' | 'state'>,
): string {
  const parts = [`${formatBytes(transfer.bytesDone)} of ${formatBytes(transfer.bytesTotal)}`];
  if (transfer.state === 'running') {
    if (transfer.bytesPerSecond > 0) parts.push(formatSpeed(transfer.bytesPerSecond));
    parts.push(
      transfer.secondsLeft === undefined ? 'time left not known yet' : `${formatDuration(transfer.secondsLeft)} left`,
    );
  }
  return parts.join(' · ');
}

export const isActive = (state: TransferState) => state === 'queued' || state === 'running';
