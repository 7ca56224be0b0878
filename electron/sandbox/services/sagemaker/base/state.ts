import type { Where } from './arn';
import type {
  EndpointConfigRecord,
  EndpointRecord,
  LineageState,
  ExperimentRecord,
  ModelPackageRecord,
  ModelRecord,
  PackageGroupRecord,
  ProcessingJobRecord,
  TagRecord,
  TrainingJobRecord,
  TrialComponentRecord,
  TrialRecord,
} from './records';

/**
 * Everything SageMaker holds for one (account, region). Maps are keyed by lower-cased name
 * (SageMaker names are unique regardless of case) except model packages and tags, keyed by ARN.
 */
export interface RegionState {
  where: Where;
  trainingJobs: Record<string, TrainingJobRecord>;
  processingJobs: Record<string, ProcessingJobRecord>;
  experiments: Record<string, ExperimentRecord>;
  trials: Record<string, TrialRecord>;
  trialComponents: Record<string, TrialComponentRecord>;
  packageGroups: Record<string, PackageGroupRecord>;
  modelPackages: Record<string, ModelPackageRecord>;
  models: Record<string, ModelRecord>;
  endpointConfigs: Record<string, EndpointConfigRecord>;
  endpoints: Record<string, EndpointRecord>;
  tags: Record<string, TagRecord[]>;
  /** ML lineage tracking (artifacts, actions, contexts, associations); absent until first used, and in older snapshots. */
  lineage?: LineageState;
}

function emptyRegion(where: Where): RegionState {
  return {
    where: { accountId: where.accountId, region: where.region },
    trainingJobs: {},
    processingJobs: {},
    experiments: {},
    trials: {},
    trialComponents: {},
    packageGroups: {},
    modelPackages: {},
    models: {},
    endpointConfigs: {},
    endpoints: {},
    tags: {},
  };
}

export function key(name: string): string {
  return name.toLowerCase();
}

export class SageMakerStore {
  private regions: Record<string, RegionState> = {};

  region(where: Where): RegionState {
    const id = `${where.accountId}/${where.region}`;
    return (this.regions[id] ??= emptyRegion(where));
  }

  all(): RegionState[] {
    return Object.values(this.regions);
  }

  snapshot(): unknown {
    return JSON.parse(JSON.stringify({ version: 1, regions: this.regions })) as unknown;
  }

  restore(state: unknown): void {
    const body = state as { version?: number; regions?: Record<string, RegionState> } | undefined;
    this.regions = body?.version === 1 && body.regions ? body.regions : {};
  }

  reset(): void {
    this.regions = {};
  }
}
