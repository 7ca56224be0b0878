import type { OperationContext, ServiceEnv } from '../../types';
import type { HealthChecker } from './health-checker';
import type { ElbStore, RegionElb } from './model';

export interface ElbDeps {
  store: ElbStore;
  env: ServiceEnv;
  health: HealthChecker;
}

/** What handlers read from the operation context: whose resources, where. */
export type ElbContext = Pick<OperationContext, 'accountId' | 'region'>;

export const regionOf = (deps: ElbDeps, ctx: ElbContext): RegionElb =>
  deps.store.region({ accountId: ctx.accountId, region: ctx.region });
