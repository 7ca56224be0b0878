import type { OperationContext, ServiceEnv } from '../../types';
import type { UsageStore } from './ledger';
import { costLines, tagLookup, type CostLine } from './lines';
import type { Period } from './periods';

export interface CostDeps {
  store: UsageStore;
  env: ServiceEnv;
}

/** The caller's account's cost lines in a window (Cost Explorer is global: every region). */
export function linesFor(deps: CostDeps, ctx: OperationContext, window: Period): CostLine[] {
  return costLines(deps.store.of(ctx.accountId), window, deps.env.clock.now(), tagLookup(deps.env.bus));
}
