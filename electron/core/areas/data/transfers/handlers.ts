import { UPLOAD_CHUNK_BYTES, type dataRequests, type dataStreams } from '../../../../../shared/contract/data';
import type { Disposable } from '../../../lifecycle/disposables';
import type { RequestHandlersOf, StreamHandlersOf } from '../../../rpc/handlers';
import type { DataAreaDeps } from '../module';
import { DownloadTransfer } from './download-transfer';
import { runDownload } from './download-stream';
import { uploadKeys } from './upload-keys';
import { Slots } from './slots';
import { TransferRegistry } from './transfer-registry';
import { invalid, unknownTransfer } from './transfer-errors';
import { UploadTransfer } from './upload-transfer';
import { watchTransfers } from './watch-stream';
import { sessionUploadClients } from './session-upload-clients';

type TransferChannel = 'transfers.startUpload' | 'transfers.uploadChunk' | 'transfers.finishFile' | 'transfers.cancel' | 'transfers.retry';

/** Parts in flight across every upload of the run: a second upload shares the link instead of doubling the load. */
const SHARED_PARTS_IN_FLIGHT = 8;

/** Uploads and downloads with progress, kept by core so they outlive the screen that started them. */
export function transfersArea(deps: DataAreaDeps): {
  requests: RequestHandlersOf<Pick<typeof dataRequests, TransferChannel>>;
  streams: StreamHandlersOf<typeof dataStreams>;
} & Disposable {
  const now = deps.now ?? Date.now;
  const registry = new TransferRegistry();
  const sharedSlots = new Slots(SHARED_PARTS_IN_FLIGHT);

  const upload = (transferId: string): UploadTransfer => {
    const transfer = registry.get(transferId);
    if (!(transfer instanceof UploadTransfer)) throw unknownTransfer(transferId);
    return transfer;
  };

  return {
    requests: {
      async 'transfers.startUpload'(input) {
        const keys = uploadKeys(input.prefix, input.files);
        // The upload belongs to the session it started in: it keeps that profile's client after a switch.
        const session = await sessionUploadClients(deps.clients);
        const transfer: UploadTransfer = new UploadTransfer({
          ...session,
          bucket: input.bucket,
          prefix: input.prefix,
          files: keys.map((key, i) => ({ key, size: input.files[i]?.size ?? 0 })),
          sharedSlots,
          now,
          changed: () => registry.changed(transfer.id),
        });
        registry.add(transfer);
        return { transferId: transfer.id, keys };
      },
      // Not tied to the call's session signal: an upload goes on after a session switch.
      async 'transfers.uploadChunk'(input) {
        const transfer = upload(input.transferId);
        const bytes = Buffer.from(input.data, 'base64');
        if (bytes.length > UPLOAD_CHUNK_BYTES) throw invalid(`A chunk holds at most ${UPLOAD_CHUNK_BYTES} bytes; this one had ${bytes.length}.`, 'data');
        return transfer.acceptChunk(input.fileIndex, input.offset, bytes);
      },
      async 'transfers.finishFile'(input) {
        return upload(input.transferId).finishFile(input.fileIndex);
      },
      async 'transfers.cancel'(input) {
        const transfer = upload(input.transferId);
        await transfer.cancel();
        return transfer.summary();
      },
      async 'transfers.retry'(input) {
        const transfer = upload(input.transferId);
        transfer.retry();
        return transfer.summary();
      },
    },
    streams: {
      'transfers.watch': (_input, emit) => watchTransfers(registry, emit),
      'transfers.download': (input, emit, end, ctx) => {
        const controller = new AbortController();
        const stopWithSession = () => controller.abort(ctx.signal.reason);
        ctx.signal.addEventListener('abort', stopWithSession, { once: true });
        void (async () => {
          const { clients, target } = await deps.clients.active();
          const transfer = new DownloadTransfer({ profile: target.profile, region: target.region, bucket: input.bucket, key: input.key }, now);
          registry.add(transfer);
          await runDownload(clients.get('s3'), input, transfer, controller.signal, emit, () => registry.changed(transfer.id));
        })().then(
          () => end(),
          (error: unknown) => end(error),
        );
        return () => {
          ctx.signal.removeEventListener('abort', stopWithSession);
          controller.abort();
        };
      },
    },
    dispose: () => {
      for (const summary of registry.summaries()) {
        const transfer = registry.get(summary.id);
        if (transfer instanceof UploadTransfer && !transfer.finished) void transfer.cancel().catch(() => undefined);
      }
      registry.dispose();
    },
  };
}
