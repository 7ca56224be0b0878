import { describe, expect, it } from 'vitest';
import type { ApiDetail, ApiPage } from '../../../shared/domain/apis';
import { useCliEmulatorHome } from '../../support/cli-emulator-home';

const cli = useCliEmulatorHome('sagedeck-apis-cli-');
/** One or two CLI starts per test, several seconds each on a busy 2-core runner. */
const CLI_TEST_MS = 120_000;

function churnApi(page: ApiPage) {
  const api = page.items.find((item) => item.name === 'churn-api');
  expect(api, JSON.stringify(page)).toBeDefined();
  return api!;
}

describe('sagedeck call apis.list', () => {
  it('prints churn-api with its prod stage on the built-in sandbox profile', async () => {
    const page = await cli.json<ApiPage>('call', 'apis.list', '{}', '--profile', 'sandbox');
    const api = churnApi(page);
    expect(api.servesEndpoints).toEqual(['churn-prod']);
    expect(api.stages.map((s) => s.name)).toEqual(['prod']);
    // The embedded sandbox listens on a port of its own choosing: the path convention, not execute-api.
    expect(api.stages[0]?.invokeUrl).toMatch(new RegExp(`^http://127\\.0\\.0\\.1:\\d+/restapis/${api.id}/prod/_user_request_$`));
  }, CLI_TEST_MS);

  it("works through a profile whose endpoint_url is another emulator, with that emulator's invoke URLs", async () => {
    cli.emulator.control.resetCounters();
    const api = churnApi(await cli.json<ApiPage>('call', 'apis.list', '{}', '--profile', 'emulator'));
    expect(api.stages[0]?.invokeUrl).toBe(`${cli.emulator.endpoint}/restapis/${api.id}/prod/_user_request_`);
    expect(cli.emulator.control.counters()['apigateway:GetRestApis']).toBe(1);
  }, CLI_TEST_MS);

  it('describes churn-api through an emulator without GetGatewayResponses and GetUsagePlans, saying so', async () => {
    cli.emulator.control.addFault({ operation: 'apigateway:GetGatewayResponses', kind: 'unknownOperation' });
    cli.emulator.control.addFault({ operation: 'apigateway:GetUsagePlans', kind: 'unknownOperation' });
    try {
      const { id } = churnApi(await cli.json<ApiPage>('call', 'apis.list', '{}', '--profile', 'emulator'));
      const detail = await cli.json<ApiDetail>('call', 'apis.describe', JSON.stringify({ apiId: id }), '--profile', 'emulator');
      expect(detail.cliEndpointUrl).toBe(cli.emulator.endpoint);
      expect(detail.notices).toHaveLength(2);
      expect(detail.notices.join(' ')).toMatch(/no API Gateway GetGatewayResponses operation[\s\S]*no API Gateway GetUsagePlans operation/);
      expect(detail.resources.find((r) => r.path === '/predict')?.methods[0]).toMatchObject({ authorizationType: 'AWS_IAM', integration: { endpointName: 'churn-prod' } });
    } finally {
      cli.emulator.control.clearFaults();
    }
  }, CLI_TEST_MS);
});
