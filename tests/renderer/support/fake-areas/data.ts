import type { dataRequests, dataStreams } from '../../../../shared/contract/data';
import { SageDeckError } from '../../../../shared/errors';
import type { RequestHandlersOf, StreamHandlersOf } from '../../../../electron/core/rpc/handlers';

// WORK IN PROGRESS (issue 12): the in-memory data fake replaces these.
const notBuilt = (): never => {
  throw new SageDeckError({ code: 'Internal', message: 'The Data area is being built.', retryable: false });
};

export class FakeData {
  readonly requests: RequestHandlersOf<typeof dataRequests> = {
    'buckets.list': notBuilt,
    'buckets.describe': notBuilt,
    'buckets.create': notBuilt,
    'buckets.fix': notBuilt,
    'objects.list': notBuilt,
    'objects.describe': notBuilt,
    'objects.delete': notBuilt,
    'objects.versions': notBuilt,
    'objects.restoreVersion': notBuilt,
    'objects.undelete': notBuilt,
    'prefixes.restore': notBuilt,
    'prefixes.drill': notBuilt,
    'transfers.startUpload': notBuilt,
    'transfers.uploadChunk': notBuilt,
    'transfers.finishFile': notBuilt,
    'transfers.cancel': notBuilt,
    'transfers.retry': notBuilt,
  };
  readonly streams: StreamHandlersOf<typeof dataStreams> = { 'transfers.watch': notBuilt, 'transfers.download': notBuilt };
}
