import type { Where } from '../../types';
import { addAlias } from './aliases';
import { DAY_MS } from './deps';
import { addKey } from './key-operations';
import type { KmsStore } from './model';
import { enableRotation } from './rotation';

/** The demo's keys, with ids that stay the same from seed to seed (the sandbox README lists them). */
export const DEMO_KEYS = {
  data: { id: '8a4f6c2e-1b3d-4e5f-9a7b-0c1d2e3f4a51', alias: 'alias/sagedeck-demo-data' },
  endpoint: { id: '8a4f6c2e-1b3d-4e5f-9a7b-0c1d2e3f4a52', alias: 'alias/sagedeck-demo-endpoint' },
} as const;

/**
 * `alias/sagedeck-demo-data` encrypts the churn data bucket and rotates yearly;
 * `alias/sagedeck-demo-endpoint` is churn-prod's endpoint storage key and does not rotate (a
 * posture finding). Both made 30 days ago, tagged project=churn.
 */
export function seedDemoKeys(store: KmsStore, where: Where, now: number): void {
  const region = store.region(where);
  if (region.keys[DEMO_KEYS.data.id]) return;
  const createdMs = now - 30 * DAY_MS;
  const tags = () => [{ TagKey: 'project', TagValue: 'churn' }];
  const data = addKey(store, where, createdMs, { id: DEMO_KEYS.data.id, description: 'Churn data bucket', tags: tags() });
  enableRotation(data, 365, createdMs);
  addAlias(region, DEMO_KEYS.data.alias, data, createdMs);
  const endpoint = addKey(store, where, createdMs + 3_600_000, { id: DEMO_KEYS.endpoint.id, description: 'churn-prod endpoint storage', tags: tags() });
  addAlias(region, DEMO_KEYS.endpoint.alias, endpoint, createdMs + 3_600_000);
}
