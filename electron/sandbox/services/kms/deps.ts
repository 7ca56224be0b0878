import type { OperationContext } from '../../types';
import { purgeDeleted } from './key-ref';
import type { KmsStore, RegionKms } from './model';

/** The caller's region, without the keys whose deletion date has passed on the sandbox clock. */
export function regionOf(store: KmsStore, ctx: OperationContext): RegionKms {
  const region = store.region({ accountId: ctx.accountId, region: ctx.region });
  purgeDeleted(region, ctx.clock.now());
  return region;
}

export const DAY_MS = 86_400_000;
