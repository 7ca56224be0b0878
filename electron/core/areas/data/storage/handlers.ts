import type { dataRequests } from '../../../../../shared/contract/data';
import { SageDeckError } from '../../../../../shared/errors';
import type { Disposable } from '../../../lifecycle/disposables';
import type { RequestHandlersOf } from '../../../rpc/handlers';
import type { DataAreaDeps } from '../module';

type StorageChannel =
  | 'buckets.list'
  | 'buckets.describe'
  | 'buckets.create'
  | 'buckets.fix'
  | 'objects.list'
  | 'objects.describe'
  | 'objects.delete'
  | 'objects.versions'
  | 'objects.restoreVersion'
  | 'objects.undelete'
  | 'prefixes.restore'
  | 'prefixes.drill';

// WORK IN PROGRESS (issue 12): replaced by the real handlers before this lands.
const notBuilt = (): never => {
  throw new SageDeckError({ code: 'Internal', message: 'The Data area is being built.', retryable: false });
};

/** Buckets and their posture, objects, versions, restores and drills. */
export function storageArea(_deps: DataAreaDeps): { requests: RequestHandlersOf<Pick<typeof dataRequests, StorageChannel>> } & Disposable {
  return {
    requests: {
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
    },
    dispose: () => undefined,
  };
}
