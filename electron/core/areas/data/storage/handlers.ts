import { setMaxListeners } from 'node:events';
import type { dataRequests } from '../../../../../shared/contract/data';
import type { Disposable } from '../../../lifecycle/disposables';
import type { RequestHandlersOf } from '../../../rpc/handlers';
import type { DataAreaDeps } from '../module';
import { createSecureBucket } from './bucket-create';
import { fixBucket } from './bucket-fix';
import { listBuckets } from './bucket-listing';
import { describeBucket } from './bucket-posture';
import { describeObject } from './object-detail';
import { listObjects } from './object-listing';
import { deleteObject, objectVersions, restoreVersion, undelete } from './object-versions';
import { runDrill } from './prefix-drill';
import { restorePrefix } from './prefix-restore';

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

/**
 * The request's signal for work with a dozen calls in flight, each listening for the abort: Node
 * warns of a leak past ten listeners on one signal.
 */
function many(signal: AbortSignal): AbortSignal {
  const own = AbortSignal.any([signal]);
  setMaxListeners(64, own);
  return own;
}

/** Buckets and their posture, objects, versions, restores and drills. */
export function storageArea(
  deps: DataAreaDeps,
): { requests: RequestHandlersOf<Pick<typeof dataRequests, StorageChannel>> } & Disposable {
  const s3 = async () => (await deps.clients.current()).get('s3');
  const region = () => deps.session.current().region;
  return {
    requests: {
      'buckets.list': async (input, ctx) => listBuckets(await s3(), region(), input.nextToken, many(ctx.signal)),
      'buckets.describe': async (input, ctx) => describeBucket(await s3(), input.bucket, many(ctx.signal)),
      'buckets.create': async (input, ctx) => createSecureBucket(await s3(), input, region(), many(ctx.signal)),
      'buckets.fix': async (input, ctx) => fixBucket(await s3(), input, many(ctx.signal)),
      'objects.list': async (input, ctx) => listObjects(await s3(), input, ctx.signal),
      'objects.describe': async (input, ctx) => describeObject(await s3(), input, ctx.signal),
      'objects.delete': async (input, ctx) => deleteObject(await s3(), input, ctx.signal),
      'objects.versions': async (input, ctx) => objectVersions(await s3(), input, ctx.signal),
      'objects.restoreVersion': async (input, ctx) => restoreVersion(await s3(), input, ctx.signal),
      'objects.undelete': async (input, ctx) => undelete(await s3(), input, ctx.signal),
      'prefixes.restore': async (input, ctx) => restorePrefix(await s3(), input, many(ctx.signal)),
      'prefixes.drill': async (input, ctx) => runDrill(await s3(), input, many(ctx.signal)),
    },
    dispose: () => undefined,
  };
}
