import Box from '@cloudscape-design/components/box';
import Button from '@cloudscape-design/components/button';
import ExpandableSection from '@cloudscape-design/components/expandable-section';
import ProgressBar from '@cloudscape-design/components/progress-bar';
import SpaceBetween from '@cloudscape-design/components/space-between';
import { useState } from 'react';
import { useStore } from 'zustand';
import type { TransferFile, TransferState, TransferSummary } from '../../../../../shared/domain/data';
import { errorMessage } from '../../../components/ErrorNotice';
import { useClient } from '../../../app/services';
import { formatBytes } from '../format';
import { isActive, percent, progressLine, STATE_WORDS } from './transfer-text';
import { transferDriver } from './transfer-driver';

// A folder of thousands of files would swamp the panel; the failed ones are listed first.
const FILES_SHOWN = 50;

const barStatus = (state: TransferState) =>
  state === 'done' ? 'success' : state === 'failed' || state === 'cancelled' ? 'error' : 'in-progress';

function FileLine({ file }: { file: TransferFile }) {
  return (
    <li className="transfer-file" data-state={file.state}>
      <ProgressBar
        value={percent(file.bytesDone, file.bytesTotal)}
        label={file.key}
        description={`${STATE_WORDS[file.state]} · ${formatBytes(file.bytesDone)} of ${formatBytes(file.bytesTotal)}${file.checksumVerified ? ' · ✓ checksum verified' : ''}`}
        status={barStatus(file.state)}
        resultText={
          file.state === 'done'
            ? `Done${file.checksumVerified ? ', checksum verified' : ''}`
            : (file.error ?? STATE_WORDS[file.state])
        }
      />
    </li>
  );
}

/** One upload or download: total progress, speed, time left, its files, and Cancel / Retry. */
export function TransferItem({ transfer }: { transfer: TransferSummary }) {
  const client = useClient();
  const driver = transferDriver(client);
  const driven = useStore(driver.store, (state) => state.uploads[transfer.id]);
  const [actionError, setActionError] = useState<string>();
  const [busy, setBusy] = useState(false);
  const act = (action: (id: string) => Promise<void>) => {
    setBusy(true);
    setActionError(undefined);
    action(transfer.id)
      .catch((reason: unknown) => setActionError(errorMessage(reason)))
      .finally(() => setBusy(false));
  };
  const files = [...transfer.files].sort((a, b) => Number(b.state === 'failed') - Number(a.state === 'failed'));
  const verified = transfer.files.filter((file) => file.checksumVerified).length;
  const error = transfer.error ?? driven?.error;
  const title = `${transfer.kind === 'upload' ? 'Upload to' : 'Download of'} s3://${transfer.bucket}/${transfer.target}`;

  return (
    <li className="transfer-item" data-testid={`transfer-${transfer.id}`} data-state={transfer.state}>
      <SpaceBetween size="xs">
        {[
          <ProgressBar
            key="total"
            data-testid="transfer-progress"
            value={percent(transfer.bytesDone, transfer.bytesTotal)}
            label={title}
            description={`${STATE_WORDS[transfer.state]} · ${transfer.files.length} file${transfer.files.length === 1 ? '' : 's'}${verified > 0 ? ` · ✓ ${verified} checksum${verified === 1 ? '' : 's'} verified` : ''}${transfer.partRetries > 0 ? ` · ${transfer.partRetries} part retries` : ''}`}
            additionalInfo={progressLine(transfer)}
            status={barStatus(transfer.state)}
            resultText={
              transfer.state === 'done'
                ? `Done: ${formatBytes(transfer.bytesTotal)}`
                : transfer.state === 'cancelled'
                  ? 'Cancelled'
                  : `Failed: ${error ?? 'see the files below'}`
            }
          />,
          error && transfer.state !== 'failed' ? (
            <Box key="error" color="text-status-error">
              {error}
            </Box>
          ) : null,
          actionError ? (
            <div key="action-error" role="alert">
              <Box color="text-status-error">{actionError}</Box>
            </div>
          ) : null,
          <SpaceBetween key="actions" size="xs" direction="horizontal">
            {[
              isActive(transfer.state) && (
                <Button
                  key="cancel"
                  loading={busy}
                  onClick={() => act(driver.cancel)}
                  ariaLabel={`Cancel ${title}`}
                  data-testid="transfer-cancel"
                >
                  Cancel
                </Button>
              ),
              transfer.state === 'failed' && (
                <Button
                  key="retry"
                  loading={busy}
                  onClick={() => act(driver.retry)}
                  ariaLabel={`Retry ${title}`}
                  data-testid="transfer-retry"
                >
                  Retry failed parts
                </Button>
              ),
            ]}
          </SpaceBetween>,
          transfer.files.length > 0 && (
            <ExpandableSection
              key="files"
              headerText={`Files (${transfer.files.length})`}
              defaultExpanded={transfer.files.length <= 3 || transfer.state === 'failed'}
            >
              <ul className="transfer-files">
                {files.slice(0, FILES_SHOWN).map((file) => (
                  <FileLine key={file.key} file={file} />
                ))}
              </ul>
              {files.length > FILES_SHOWN && (
                <Box color="text-body-secondary">and {files.length - FILES_SHOWN} more</Box>
              )}
            </ExpandableSection>
          ),
        ]}
      </SpaceBetween>
    </li>
  );
}
