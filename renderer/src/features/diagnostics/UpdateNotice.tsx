import { useEffect, useState } from 'react';
import type { UpdateStatus } from '../../../../shared/domain/app';
import { useClient } from '../../app/services';
import './diagnostics.css';

/**
 * Once the shell is ready: asks once (non-blocking) whether SageDeck may check for updates, and
 * says when a newer release exists, with its link (shown in full: the desktop app opens only
 * allow-listed hosts such as github.com). Never downloads; a failed check shows nothing.
 */
export function UpdateNotice({ ready }: { ready: boolean }) {
  const client = useClient();
  const [status, setStatus] = useState<UpdateStatus>();
  const [dismissed, setDismissed] = useState(false);

  useEffect(() => {
    if (!ready) return;
    let live = true;
    client.request('app.updateStatus', {}).then(
      (next) => live && setStatus(next),
      // The check is a courtesy: if the host cannot answer, the user has nothing to act on.
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, [ready, client]);

  const answer = (consent: boolean) => {
    client.request('app.setUpdateConsent', { consent }).then(setStatus, () => setDismissed(true));
  };

  if (!status || !status.feedConfigured || dismissed) return null;
  if (status.consent === 'unasked') {
    return (
      <div className="update-notice" role="status" data-testid="update-consent">
        <span>Check once a day whether a newer SageDeck is available? Nothing is downloaded.</span>
        <button type="button" className="button" data-testid="update-consent-allow" onClick={() => answer(true)}>
          Check for updates
        </button>
        <button type="button" className="button" data-testid="update-consent-decline" onClick={() => answer(false)}>
          No thanks
        </button>
      </div>
    );
  }
  if (!status.available) return null;
  return (
    <div className="update-notice" role="status" data-testid="update-available">
      <span>SageDeck {status.available.version} is available.</span>
      <a href={status.available.url} target="_blank" rel="noreferrer noopener" data-testid="update-link">
        {status.available.url}
      </a>
      <button type="button" className="button" aria-label="Dismiss update notice" onClick={() => setDismissed(true)}>
        Dismiss
      </button>
    </div>
  );
}
