import type { OperationContext, ServiceEnv } from '../../../types';
import type { Where } from './arn';
import type { SageMakerStore } from './state';
import type { ResourceTimers } from './timers';

/** What every SageMaker handler and lifecycle works with. */
export interface SageMakerDeps {
  store: SageMakerStore;
  env: ServiceEnv;
  timers: ResourceTimers;
}

export function whereOf(ctx: Pick<OperationContext, 'accountId' | 'region'>): Where {
  return { accountId: ctx.accountId, region: ctx.region };
}
