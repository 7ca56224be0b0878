import Box from '@cloudscape-design/components/box';
import Button from '@cloudscape-design/components/button';
import ProgressBar from '@cloudscape-design/components/progress-bar';
import SpaceBetween from '@cloudscape-design/components/space-between';
import { baseName } from '../data-routes';
import { formatBytes } from '../format';
import { percent } from '../transfers/transfer-text';
import { useDownload } from './use-download';

/** Download with a progress bar; the file is saved under the object's own name once every byte is in. */
export function DownloadAction({
  bucket,
  objectKey,
  versionId,
}: {
  bucket: string;
  objectKey: string;
  versionId: string | undefined;
}) {
  const download = useDownload(bucket, objectKey, versionId);
  const { state } = download;
  return (
    <SpaceBetween size="xs">
      {[
        <SpaceBetween key="buttons" size="xs" direction="horizontal">
          {[
            <Button
              key="go"
              iconName="download"
              onClick={download.start}
              loading={state.phase === 'running'}
              data-testid="object-download"
            >
              Download {baseName(objectKey)}
            </Button>,
            state.phase === 'running' && (
              <Button key="stop" onClick={download.cancel}>
                Stop download
              </Button>
            ),
          ]}
        </SpaceBetween>,
        state.phase === 'running' && (
          <ProgressBar
            key="progress"
            data-testid="download-progress"
            label="Downloading"
            value={state.total ? percent(state.received, state.total) : 0}
            additionalInfo={`${formatBytes(state.received)}${state.total !== undefined ? ` of ${formatBytes(state.total)}` : ''}`}
          />
        ),
        state.phase === 'done' && (
          <Box key="done" data-testid="download-done">
            ✓ Saved {baseName(objectKey)} ({formatBytes(state.total)})
            {state.checksumVerified ? ', checksum verified' : ', checksum not verified'}.
          </Box>
        ),
        state.phase === 'failed' && (
          <div key="failed" role="alert">
            <Box color="text-status-error">The download failed: {state.message} Try again.</Box>
          </div>
        ),
      ]}
    </SpaceBetween>
  );
}
