import { useEffect, useRef, useState } from 'react';
import { useClient } from '../../../app/services';
import { baseName } from '../data-routes';
import { DownloadCollector, saveBlob } from './download-collector';

export type DownloadState =
  | { phase: 'idle' }
  | { phase: 'running'; received: number; total: number | undefined }
  | { phase: 'done'; total: number; checksumVerified: boolean }
  | { phase: 'failed'; message: string };

/** One object's bytes over transfers.download with progress, saved under its base name at the end. */
export function useDownload(bucket: string, key: string, versionId: string | undefined) {
  const client = useClient();
  const [state, setState] = useState<DownloadState>({ phase: 'idle' });
  const stopRef = useRef<() => void>(undefined);
  useEffect(() => () => stopRef.current?.(), []);

  const start = () => {
    stopRef.current?.();
    const collector = new DownloadCollector();
    setState({ phase: 'running', received: 0, total: undefined });
    stopRef.current = client.subscribe(
      'transfers.download',
      { bucket, key, ...(versionId ? { versionId } : {}) },
      (event) => {
        collector.add(event);
        if (event.type === 'done') {
          saveBlob(collector.blob(), baseName(key));
          setState({ phase: 'done', total: collector.received, checksumVerified: event.checksumVerified });
        } else {
          setState({ phase: 'running', received: collector.received, total: collector.size });
        }
      },
      (error) => {
        if (error) setState({ phase: 'failed', message: error.message });
      },
    );
  };
  const cancel = () => {
    stopRef.current?.();
    stopRef.current = undefined;
    setState({ phase: 'idle' });
  };
  return { state, start, cancel };
}
