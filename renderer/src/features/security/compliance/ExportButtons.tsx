import Button from '@cloudscape-design/components/button';
import SpaceBetween from '@cloudscape-design/components/space-between';
import { useState } from 'react';
import { useClient } from '../../../app/services';
import { ErrorNotice } from '../../../components/ErrorNotice';
import { downloadText } from '../../logs/tail/tail-export';

type Format = 'html' | 'csv';

/** Evaluates the controls again and saves the file as a download (Electron saves downloads the same way). */
export function ExportButtons() {
  const client = useClient();
  const [busy, setBusy] = useState<Format>();
  const [error, setError] = useState<unknown>();
  const exportAs = async (format: Format) => {
    setBusy(format);
    setError(undefined);
    try {
      const file = await client.request('compliance.export', {});
      downloadText(`${file.fileName}.${format}`, format === 'html' ? file.html : file.csv, 'text');
    } catch (failure) {
      setError(failure);
    } finally {
      setBusy(undefined);
    }
  };
  return (
    <SpaceBetween size="xs">
      <SpaceBetween size="xs" direction="horizontal">
        <Button onClick={() => void exportAs('html')} loading={busy === 'html'} disabled={busy !== undefined} data-testid="compliance-export-html">
          Export HTML
        </Button>
        <Button onClick={() => void exportAs('csv')} loading={busy === 'csv'} disabled={busy !== undefined} data-testid="compliance-export-csv">
          Export CSV
        </Button>
      </SpaceBetween>
      {error !== undefined && <ErrorNotice error={error} title="The report could not be exported" />}
    </SpaceBetween>
  );
}
