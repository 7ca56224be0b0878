import { createStore, type StoreApi } from 'zustand/vanilla';
import { UPLOAD_CHUNK_BYTES } from '../../../../../shared/contract/data';
import type { SageDeckClient } from '../../../bridge/typed-client';
import { bytesToBase64 } from './base64';

/** One file chosen for an upload: its bytes and its path under the target prefix. */
export interface UploadFile {
  file: Blob;
  relativePath: string;
}

/** What the renderer itself is doing for an upload it started (core's progress comes from transfers.watch). */
export interface DrivenUpload {
  bucket: string;
  prefix: string;
  /** `sending` while chunks go out; `stopped` after a failure until Retry; `ended` when done or cancelled. */
  phase: 'sending' | 'stopped' | 'ended';
  error?: string;
}

export interface DriverState {
  uploads: Record<string, DrivenUpload>;
  /** Files completed by this window, counted per bucket: a browser showing that bucket lists again. */
  finishedFiles: Record<string, number>;
}

export interface TransferDriver {
  store: StoreApi<DriverState>;
  /** Opens the upload with core and starts sending; rejects (nothing sent) when core refuses it. */
  start(input: {
    bucket: string;
    prefix: string;
    files: UploadFile[];
  }): Promise<{ transferId: string; keys: string[] }>;
  cancel(transferId: string): Promise<void>;
  /** Core sends its failed parts again, then the remaining bytes go out from where they stopped. */
  retry(transferId: string): Promise<void>;
}

/** Files sent side by side per upload: enough to keep core's part uploads busy, few enough to keep memory small. */
const FILES_AT_ONCE = 2;

interface Running {
  files: UploadFile[];
  /** The next byte to send of each file: everything before it was acknowledged by core. */
  offsets: number[];
  finished: boolean[];
  stop: boolean;
  /** The sending pass in progress: a retry waits for its in-flight chunks to settle first. */
  pass: Promise<void>;
}

const drivers = new WeakMap<Pick<SageDeckClient, 'request'>, TransferDriver>();

/**
 * The uploader, one per client and outside React, so an upload keeps going when the screen that
 * started it is gone. Each file is read in UPLOAD_CHUNK_BYTES slices (never whole into memory),
 * sent in order and acknowledged by core before the next, then finished.
 */
export function transferDriver(client: Pick<SageDeckClient, 'request'>): TransferDriver {
  let driver = drivers.get(client);
  if (!driver) {
    driver = createDriver(client);
    drivers.set(client, driver);
  }
  return driver;
}

function createDriver(client: Pick<SageDeckClient, 'request'>): TransferDriver {
  const store = createStore<DriverState>()(() => ({ uploads: {}, finishedFiles: {} }));
  const running = new Map<string, Running>();

  const patch = (transferId: string, change: Partial<DrivenUpload>) =>
    store.setState((state) => {
      const upload = state.uploads[transferId];
      if (!upload) return state;
      const next: DrivenUpload = { ...upload, ...change };
      if (!('error' in change)) delete next.error;
      return { uploads: { ...state.uploads, [transferId]: next } };
    });

  async function sendFile(transferId: string, run: Running, index: number): Promise<void> {
    const { file } = run.files[index]!;
    while (run.offsets[index]! < file.size) {
      if (run.stop) return;
      const offset = run.offsets[index]!;
      const slice = new Uint8Array(await file.slice(offset, offset + UPLOAD_CHUNK_BYTES).arrayBuffer());
      await client.request('transfers.uploadChunk', {
        transferId,
        fileIndex: index,
        offset,
        data: bytesToBase64(slice),
      });
      run.offsets[index] = offset + slice.length;
    }
    if (run.stop) return;
    await client.request('transfers.finishFile', { transferId, fileIndex: index });
    run.finished[index] = true;
    const bucket = store.getState().uploads[transferId]?.bucket ?? '';
    store.setState((state) => ({
      finishedFiles: { ...state.finishedFiles, [bucket]: (state.finishedFiles[bucket] ?? 0) + 1 },
    }));
  }

  async function send(transferId: string): Promise<void> {
    const run = running.get(transferId);
    if (!run) return;
    run.stop = false;
    patch(transferId, { phase: 'sending' });
    const queue = run.files.map((_, index) => index).filter((index) => !run.finished[index]);
    const worker = async () => {
      for (let index = queue.shift(); index !== undefined && !run.stop; index = queue.shift()) {
        await sendFile(transferId, run, index);
      }
    };
    try {
      await Promise.all(Array.from({ length: FILES_AT_ONCE }, worker));
    } catch (reason) {
      // One failure stops the whole upload: the other files wait for Retry instead of racing on.
      run.stop = true;
      if (store.getState().uploads[transferId]?.phase !== 'ended') {
        patch(transferId, { phase: 'stopped', error: reason instanceof Error ? reason.message : String(reason) });
      }
      return;
    }
    if (run.finished.every(Boolean)) {
      running.delete(transferId);
      patch(transferId, { phase: 'ended' });
    }
  }

  return {
    store,
    async start({ bucket, prefix, files }) {
      const started = await client.request('transfers.startUpload', {
        bucket,
        prefix,
        files: files.map(({ file, relativePath }) => ({ relativePath, size: file.size })),
      });
      const run: Running = {
        files,
        offsets: files.map(() => 0),
        finished: files.map(() => false),
        stop: false,
        pass: Promise.resolve(),
      };
      running.set(started.transferId, run);
      store.setState((state) => ({
        uploads: { ...state.uploads, [started.transferId]: { bucket, prefix, phase: 'sending' } },
      }));
      run.pass = send(started.transferId);
      return started;
    },
    async cancel(transferId) {
      const run = running.get(transferId);
      if (run) run.stop = true;
      await client.request('transfers.cancel', { transferId });
      running.delete(transferId);
      patch(transferId, { phase: 'ended' });
    },
    async retry(transferId) {
      await client.request('transfers.retry', { transferId });
      // Only this window holds the files; a transfer started elsewhere is retried by core alone.
      const run = running.get(transferId);
      if (!run) return;
      await run.pass;
      run.pass = send(transferId);
    },
  };
}
