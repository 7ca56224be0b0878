import type { Where } from '../../types';
import type {
  ApiKeyRecord,
  DeploymentRecord,
  RegionRecords,
  RestApiRecord,
  ServedStage,
  StageRecord,
  StageUsagePlan,
} from './model';

export interface ApiGatewaySnapshot {
  regions: RegionRecords[];
}

const regionKey = (where: Where) => `${where.accountId}/${where.region}`;

/**
 * API Gateway's records per (account, region). The control plane mutates them through
 * `region(where)`; the data plane only reads, through the look-ups below (a stable API: the data
 * plane's helper builds on it).
 */
export class ApiGatewayStore {
  private regions = new Map<string, RegionRecords>();

  /** The region's records, created empty on first use. */
  region(where: Where): RegionRecords {
    const key = regionKey(where);
    let region = this.regions.get(key);
    if (!region) {
      region = { where: { accountId: where.accountId, region: where.region }, restApis: {}, apiKeys: {}, usagePlans: {} };
      this.regions.set(key, region);
    }
    return region;
  }

  restApi(where: Where, restApiId: string): RestApiRecord | undefined {
    return this.regions.get(regionKey(where))?.restApis[restApiId];
  }

  stage(where: Where, restApiId: string, stageName: string): StageRecord | undefined {
    return this.restApi(where, restApiId)?.stages[stageName];
  }

  /** The deployment a stage serves (its frozen API), with the live stage settings. */
  servedStage(where: Where, restApiId: string, stageName: string): ServedStage | undefined {
    const restApi = this.restApi(where, restApiId);
    const stage = restApi?.stages[stageName];
    const deployment: DeploymentRecord | undefined = stage ? restApi?.deployments[stage.deploymentId] : undefined;
    if (!restApi || !stage || !deployment) return undefined;
    return { where: this.region(where).where, restApi, stage, deployment };
  }

  /**
   * Finds which region holds a REST API id (ids are unique across the sandbox), for the invoke URL
   * whose path names the API but not the account: the sandbox serves one port for every region.
   */
  locateRestApi(restApiId: string): Where | undefined {
    for (const region of this.regions.values()) if (region.restApis[restApiId]) return region.where;
    return undefined;
  }

  /** Usage plans whose apiStages include the stage, each with its enabled API keys. */
  usagePlansForStage(where: Where, restApiId: string, stageName: string): StageUsagePlan[] {
    const region = this.regions.get(regionKey(where));
    if (!region) return [];
    const found: StageUsagePlan[] = [];
    for (const plan of Object.values(region.usagePlans)) {
      const apiStage = plan.apiStages.find((entry) => entry.apiId === restApiId && entry.stage === stageName);
      if (!apiStage) continue;
      const keys = plan.keyIds.map((id) => region.apiKeys[id]).filter((key): key is ApiKeyRecord => key !== undefined && key.enabled);
      found.push({ plan, apiStage, keys });
    }
    return found;
  }

  /** The API key with this value (what a caller sends in `x-api-key`), enabled or not. */
  apiKeyByValue(where: Where, value: string): ApiKeyRecord | undefined {
    const region = this.regions.get(regionKey(where));
    return region ? Object.values(region.apiKeys).find((key) => key.value === value) : undefined;
  }

  all(): RegionRecords[] {
    return [...this.regions.values()];
  }

  snapshot(): ApiGatewaySnapshot {
    return { regions: this.all() };
  }

  restore(state: unknown): void {
    this.reset();
    const snapshot = (state ?? {}) as Partial<ApiGatewaySnapshot>;
    for (const saved of snapshot.regions ?? []) {
      const region = this.region(saved.where);
      Object.assign(region.restApis, saved.restApis ?? {});
      Object.assign(region.apiKeys, saved.apiKeys ?? {});
      Object.assign(region.usagePlans, saved.usagePlans ?? {});
    }
  }

  reset(): void {
    this.regions = new Map();
  }
}
