import { join } from 'node:path';
import type { HistoryOutcome } from '../../../../shared/domain/endpoints';
import { openJsonFile } from '../../storage/json-file';

/** One change SageDeck made to an endpoint's config, as it started it, and how it ended once seen. */
export interface DeploymentRecord {
  profile: string;
  region: string;
  endpointName: string;
  kind: 'deploy' | 'rollback' | 'instance-type-change';
  configName: string;
  previousConfigName?: string;
  modelPackageArn?: string;
  by?: string;
  at: string;
  overrideReason?: string;
  /** The rollback alarms the deployment asked AWS to watch (AWS shows them only once it ends). */
  alarms?: string[];
  /** Set when SageDeck saw how it ended (a rollback's reason is gone from AWS after the next update). */
  outcome?: HistoryOutcome;
  reason?: string;
}

export interface DeploymentLog {
  of(profile: string, region: string, endpointName: string): Promise<DeploymentRecord[]>;
  add(record: DeploymentRecord): Promise<void>;
  settle(record: DeploymentRecord, outcome: HistoryOutcome, reason?: string): Promise<void>;
}

const KEEP_PER_ENDPOINT = 50;

/**
 * SageDeck's own record of the deployments it started (`endpoint-deployments.json` in the app data
 * dir), newest last. The configs it creates carry the same facts as tags, so another machine sees
 * the chain; this file adds what AWS forgets: that a deployment was rolled back, and why.
 */
export function openDeploymentLog(dataDir: string): DeploymentLog {
  const { read, write, serial } = openJsonFile<DeploymentRecord[]>(
    join(dataDir, 'endpoint-deployments.json'),
    () => [],
    Array.isArray,
  );
  const same = (a: DeploymentRecord, b: DeploymentRecord) =>
    a.profile === b.profile &&
    a.region === b.region &&
    a.endpointName === b.endpointName &&
    a.configName === b.configName &&
    a.at === b.at;
  return {
    of: async (profile, region, endpointName) =>
      (await read()).filter((r) => r.profile === profile && r.region === region && r.endpointName === endpointName),
    add: (record) =>
      serial(async () => {
        const all = await read();
        const mine = all.filter(
          (r) => r.profile === record.profile && r.region === record.region && r.endpointName === record.endpointName,
        );
        const drop = new Set(mine.slice(0, Math.max(0, mine.length + 1 - KEEP_PER_ENDPOINT)));
        await write([...all.filter((r) => !drop.has(r)), record]);
      }),
    settle: (record, outcome, reason) =>
      serial(async () => {
        const all = await read();
        const next = all.map((r) => (same(r, record) ? { ...r, outcome, ...(reason ? { reason } : {}) } : r));
        await write(next);
      }),
  };
}
