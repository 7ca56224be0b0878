import type { ServiceEnv } from '../../types';
import type { PolicyRecord, RegionScaling, ScalingStore } from './model';
import type { Scaler } from './scaler';

export interface ScalingDeps {
  store: ScalingStore;
  env: ServiceEnv;
  scaler: Scaler;
  /** Deletes a policy and the alarms it created. */
  removePolicy(region: RegionScaling, policyId: string, policy: PolicyRecord): void;
}
