import { useState } from 'react';
import { useClient } from '../../app/services';
import { ErrorNotice } from '../../components/ErrorNotice';
import { exportDiagnostics } from './export-diagnostics';
import './diagnostics.css';

/**
 * The top bar's Help menu: "Export diagnostics" saves the file a bug report needs.
 * A native <details> so it opens with the keyboard and costs the first chunk nothing.
 */
export function HelpMenu() {
  const client = useClient();
  const [busy, setBusy] = useState(false);
  const [saved, setSaved] = useState<string>();
  const [error, setError] = useState<unknown>();
  const run = async () => {
    setBusy(true);
    setError(undefined);
    setSaved(undefined);
    try {
      setSaved(await exportDiagnostics(client));
    } catch (failure) {
      setError(failure);
    } finally {
      setBusy(false);
    }
  };
  return (
    <details className="help-menu" data-testid="help-menu">
      <summary className="button">Help</summary>
      <div className="help-menu-panel">
        <button type="button" className="button" data-testid="export-diagnostics" disabled={busy} onClick={() => void run()}>
          {busy ? 'Exporting diagnostics…' : 'Export diagnostics'}
        </button>
        <p className="help-menu-note">Versions, settings, recent activity and errors; no keys or tokens.</p>
        {saved && (
          <p role="status" data-testid="diagnostics-saved">
            Saved {saved}
          </p>
        )}
        {error !== undefined && <ErrorNotice error={error} title="Diagnostics could not be exported" />}
      </div>
    </details>
  );
}
