import { CreateRestApiCommand } from '@aws-sdk/client-api-gateway';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MAX_APIS } from '../../../electron/core/areas/apis/api-listing';
import { startApisWorld, type ApisWorld } from './apis-harness';

let world: ApisWorld;

beforeAll(async () => {
  world = await startApisWorld();
  // The demo's churn-api plus 500 more, regional (AWS allows 120 edge-optimized, 600 regional): one more than the list shows.
  for (let n = 0; n < MAX_APIS; n += 1) await world.apigateway.send(new CreateRestApiCommand({ name: `bulk-${String(n).padStart(3, '0')}`, endpointConfiguration: { types: ['REGIONAL'] } }));
}, 120_000);

afterAll(async () => {
  await world?.close();
});

describe('apis.list beyond 500 APIs', () => {
  it('shows 500 with a notice saying there are more, reading stages only for those shown', async () => {
    world.sandbox.control.resetCounters();
    const page = await world.list();
    expect(page.items).toHaveLength(MAX_APIS);
    expect(page.notice).toMatch(/more than 500 REST APIs; the first 500/);
    expect(world.gatewayCalls()).toEqual({ GetRestApis: 1, GetStages: MAX_APIS });
  });
});
