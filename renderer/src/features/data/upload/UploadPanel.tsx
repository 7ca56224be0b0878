import Alert from '@cloudscape-design/components/alert';
import Box from '@cloudscape-design/components/box';
import Button from '@cloudscape-design/components/button';
import Container from '@cloudscape-design/components/container';
import FormField from '@cloudscape-design/components/form-field';
import Header from '@cloudscape-design/components/header';
import Input from '@cloudscape-design/components/input';
import SpaceBetween from '@cloudscape-design/components/space-between';
import { useState } from 'react';
import { startUploadSchema } from '../../../../../shared/contract/data';
import { SageDeckError } from '../../../../../shared/errors';
import { useClient } from '../../../app/services';
import { errorMessage } from '../../../components/ErrorNotice';
import { isCancelled, messageFor, zodFieldErrors, type FieldErrors } from '../../live/field-errors';
import { formatBytes } from '../format';
import { transferDriver, type UploadFile } from '../transfers/transfer-driver';
import { datedPrefix } from './dated-prefix';
import { droppedFiles, pickedFiles } from './dropped-files';

const FILES_LISTED = 20;

/**
 * Choose files or folders (pickers or drag and drop) and a target prefix, then hand them to the
 * transfer driver: the upload goes on in the transfers panel whatever screen is open.
 */
export default function UploadPanel({
  bucket,
  folder,
  onClose,
}: {
  bucket: string;
  folder: string;
  onClose: () => void;
}) {
  const driver = transferDriver(useClient());
  const [files, setFiles] = useState<UploadFile[]>([]);
  const [prefix, setPrefix] = useState(() => datedPrefix(folder));
  const [errors, setErrors] = useState<FieldErrors>({});
  const [failure, setFailure] = useState<string>();
  const [busy, setBusy] = useState(false);
  const [started, setStarted] = useState<string>();
  const [dragging, setDragging] = useState(false);

  const add = (more: UploadFile[]) => {
    setStarted(undefined);
    setErrors({});
    setFiles((current) => {
      const byPath = new Map(current.map((entry) => [entry.relativePath, entry]));
      for (const entry of more) byPath.set(entry.relativePath, entry);
      return [...byPath.values()];
    });
  };
  const total = files.reduce((sum, entry) => sum + entry.file.size, 0);

  const start = async () => {
    setFailure(undefined);
    const checked = startUploadSchema.safeParse({
      bucket,
      prefix,
      files: files.map((entry) => ({ relativePath: entry.relativePath, size: entry.file.size })),
    });
    if (!checked.success) {
      setErrors(zodFieldErrors(checked.error));
      return;
    }
    setErrors({});
    setBusy(true);
    try {
      const { keys } = await driver.start({ bucket, prefix, files });
      setStarted(
        `Uploading ${keys.length} file${keys.length === 1 ? '' : 's'} to s3://${bucket}/${prefix}: follow it in the transfers panel; you can leave this page.`,
      );
      setFiles([]);
    } catch (reason) {
      if (isCancelled(reason)) return;
      if (reason instanceof SageDeckError && reason.fields) setErrors(reason.fields);
      else setFailure(errorMessage(reason));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Container
      data-testid="upload-panel"
      header={
        <Header
          variant="h2"
          actions={<Button onClick={onClose}>Close</Button>}
          description="Files and whole folders; each file’s path under the folder is kept."
        >
          Upload to {bucket}
        </Header>
      }
    >
      <SpaceBetween size="m">
        {[
          <div
            key="drop"
            className={`upload-drop${dragging ? ' upload-drop-active' : ''}`}
            data-testid="upload-drop"
            onDragOver={(event) => {
              event.preventDefault();
              setDragging(true);
            }}
            onDragLeave={() => setDragging(false)}
            onDrop={(event) => {
              event.preventDefault();
              setDragging(false);
              void droppedFiles(event.dataTransfer).then(add, (reason: unknown) =>
                setFailure(`The dropped items could not be read: ${errorMessage(reason)}`),
              );
            }}
          >
            <p>Drop files or folders here, or choose them:</p>
            <div className="upload-pickers">
              <label className="upload-picker">
                Choose files
                <input
                  type="file"
                  multiple
                  data-testid="upload-files-input"
                  onChange={(event) => add(pickedFiles(event.target.files))}
                />
              </label>
              <label className="upload-picker">
                Choose a folder
                <input
                  type="file"
                  multiple
                  data-testid="upload-folder-input"
                  ref={(input) => input?.setAttribute('webkitdirectory', '')}
                  onChange={(event) => add(pickedFiles(event.target.files))}
                />
              </label>
            </div>
          </div>,
          <FormField
            key="prefix"
            label="Target prefix"
            description="A dated prefix keeps continuous data apart by day (UTC). Keys are this prefix followed by each file’s path."
            errorText={messageFor(errors, 'prefix')}
          >
            <Input
              value={prefix}
              onChange={({ detail }) => setPrefix(detail.value)}
              nativeInputAttributes={{ 'data-testid': 'upload-prefix' } as Record<string, string>}
            />
          </FormField>,
          <div key="chosen" data-testid="upload-chosen">
            {files.length === 0 ? (
              <Box color="text-body-secondary">No files chosen yet.</Box>
            ) : (
              <>
                <Box variant="strong">
                  {files.length} file{files.length === 1 ? '' : 's'}, {formatBytes(total)}
                </Box>
                <ul className="upload-files">
                  {files.slice(0, FILES_LISTED).map((entry) => (
                    <li key={entry.relativePath}>
                      {prefix}
                      {entry.relativePath} ({formatBytes(entry.file.size)})
                    </li>
                  ))}
                </ul>
                {files.length > FILES_LISTED && (
                  <Box color="text-body-secondary">and {files.length - FILES_LISTED} more</Box>
                )}
              </>
            )}
            {messageFor(errors, 'files') && (
              <div role="alert">
                <Box color="text-status-error">{messageFor(errors, 'files')}</Box>
              </div>
            )}
          </div>,
          failure && (
            <Alert key="failure" type="error" header="The upload did not start">
              {failure}
            </Alert>
          ),
          started && (
            <Alert key="started" type="success" data-testid="upload-started">
              {started}
            </Alert>
          ),
          <SpaceBetween key="actions" size="xs" direction="horizontal">
            {[
              <Button
                key="start"
                variant="primary"
                loading={busy}
                disabled={files.length === 0}
                onClick={() => void start()}
                data-testid="upload-start"
              >
                Start upload
              </Button>,
              files.length > 0 && (
                <Button key="clear" onClick={() => setFiles([])}>
                  Clear the list
                </Button>
              ),
            ]}
          </SpaceBetween>,
        ]}
      </SpaceBetween>
    </Container>
  );
}
