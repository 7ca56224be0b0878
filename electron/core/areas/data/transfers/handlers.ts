import type { dataRequests, dataStreams } from '../../../../../shared/contract/data';
import { SageDeckError } from '../../../../../shared/errors';
import type { Disposable } from '../../../lifecycle/disposables';
import type { RequestHandlersOf, StreamHandlersOf } from '../../../rpc/handlers';
import type { DataAreaDeps } from '../module';

type TransferChannel = 'transfers.startUpload' | 'transfers.uploadChunk' | 'transfers.finishFile' | 'transfers.cancel' | 'transfers.retry';

// WORK IN PROGRESS (issue 12): replaced by the real handlers before this lands.
const notBuilt = (): never => {
  throw new SageDeckError({ code: 'Internal', message: 'Transfers are being built.', retryable: false });
};

/** Uploads and downloads with progress, kept by core so they outlive the screen that started them. */
export function transfersArea(_deps: DataAreaDeps): {
  requests: RequestHandlersOf<Pick<typeof dataRequests, TransferChannel>>;
  streams: StreamHandlersOf<typeof dataStreams>;
} & Disposable {
  return {
    requests: {
      'transfers.startUpload': notBuilt,
      'transfers.uploadChunk': notBuilt,
      'transfers.finishFile': notBuilt,
      'transfers.cancel': notBuilt,
      'transfers.retry': notBuilt,
    },
    streams: { 'transfers.watch': notBuilt, 'transfers.download': notBuilt },
    dispose: () => undefined,
  };
}
