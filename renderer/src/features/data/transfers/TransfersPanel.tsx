import './transfers.css';
import Box from '@cloudscape-design/components/box';
import Button from '@cloudscape-design/components/button';
import ProgressBar from '@cloudscape-design/components/progress-bar';
import { useId, useLayoutEffect, useRef, useState } from 'react';
import { isActive, percent, STATE_WORDS } from './transfer-text';
import { TransferItem } from './TransferItem';
import { useTransfers } from './use-transfers';

/**
 * Uploads and downloads of this run of SageDeck, on every screen: shown once there is one,
 * collapsible to its header (total progress stays visible), finished ones can be cleared. It folds
 * to its header by itself once everything finished well, and the page gets room at its end for the
 * panel's height, so it never hides the last controls of a screen.
 */
export default function TransfersPanel() {
  const all = useTransfers();
  const [hidden, setHidden] = useState<ReadonlySet<string>>(() => new Set());
  const [open, setOpen] = useState(true);
  const [wasBusy, setWasBusy] = useState(false);
  const bodyId = useId();
  const panel = useRef<HTMLElement>(null);
  useLayoutEffect(() => reserveRoom(panel.current));
  const transfers = all.filter((transfer) => !hidden.has(transfer.id));
  if (transfers.length === 0) return null;

  const active = transfers.filter((transfer) => isActive(transfer.state));
  const failed = transfers.filter((transfer) => transfer.state === 'failed').length;
  // Opens when work starts, folds once it all ended well (a failure stays open, with its Retry).
  const busy = active.length > 0;
  if (busy !== wasBusy) {
    setWasBusy(busy);
    if (busy) setOpen(true);
    else if (failed === 0) setOpen(false);
  }
  const counted = active.length > 0 ? active : transfers;
  const done = counted.reduce((sum, transfer) => sum + transfer.bytesDone, 0);
  const total = counted.reduce((sum, transfer) => sum + transfer.bytesTotal, 0);
  const summary = [
    active.length > 0 ? `${active.length} running` : `${STATE_WORDS.done} or stopped`,
    failed > 0 ? `${failed} failed` : undefined,
  ]
    .filter(Boolean)
    .join(', ');

  return (
    <section ref={panel} className="transfers-panel" data-testid="transfers-panel" aria-label="Transfers">
      <div className="transfers-head">
        <Button
          variant="icon"
          iconName={open ? 'angle-down' : 'angle-up'}
          ariaLabel={open ? 'Collapse transfers' : 'Expand transfers'}
          ariaExpanded={open}
          ariaControls={bodyId}
          onClick={() => setOpen(!open)}
          data-testid="transfers-toggle"
        />
        <div className="transfers-total">
          <ProgressBar value={percent(done, total)} label={`Transfers: ${summary}`} data-testid="transfers-total" />
        </div>
        {transfers.length > active.length && (
          <Button
            variant="inline-link"
            onClick={() =>
              setHidden(
                new Set([
                  ...hidden,
                  ...transfers.filter((t) => !isActive(t.state) && t.state !== 'failed').map((t) => t.id),
                ]),
              )
            }
          >
            Clear finished
          </Button>
        )}
      </div>
      <div id={bodyId} hidden={!open}>
        <ul className="transfers-list">
          {transfers.map((transfer) => (
            <TransferItem key={transfer.id} transfer={transfer} />
          ))}
        </ul>
        {active.length === 0 && <Box color="text-body-secondary">Nothing is transferring now.</Box>}
      </div>
    </section>
  );
}

/** Keeps `--sd-transfers-height` at the panel's height (transfers.css adds that much room after the page). */
function reserveRoom(element: HTMLElement | null): (() => void) | undefined {
  const root = document.documentElement;
  if (!element || typeof ResizeObserver === 'undefined') return undefined;
  const observer = new ResizeObserver(() => root.style.setProperty('--sd-transfers-height', `${element.offsetHeight + 16}px`));
  observer.observe(element);
  return () => {
    observer.disconnect();
    root.style.removeProperty('--sd-transfers-height');
  };
}
