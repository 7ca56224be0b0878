import { describe, expect, it } from 'vitest';
import { matchRoute } from '../../../electron/sandbox/protocols/rest-routes';
import { APIGATEWAY_ROUTES } from '../../../electron/sandbox/services/apigateway/routes';
import type { ServiceDefinition } from '../../../electron/sandbox/types';

const service: ServiceDefinition = { signingName: 'apigateway', protocol: 'restJson1', operations: {}, routes: APIGATEWAY_ROUTES };
const VERBS = ['GET', 'POST', 'PUT', 'PATCH', 'DELETE'];
const match = (method: string, path: string) => matchRoute(service, method, path, new URLSearchParams())?.compiled.route.operation;

describe("API Gateway control-plane routes and the data plane's invoke URLs", () => {
  it('never claim /restapis/<id>/<stage>/_user_request_/…, whatever the stage is called', () => {
    const stages = ['prod', 'stages', 'resources', 'deployments', 'models', 'requestvalidators', 'gatewayresponses'];
    const rests = ['', '/', '/predict', '/methods/GET', '/methods/POST/integration', '/methods/POST/responses/200', '/methods/POST/integration/responses/200'];
    for (const stage of stages)
      for (const rest of rests)
        for (const verb of VERBS) expect(match(verb, `/restapis/abcdefghij/${stage}/_user_request_${rest}`), `${verb} ${stage}${rest}`).toBeUndefined();
  });

  it('still route the control plane by the SDK paths', () => {
    expect(match('GET', '/restapis/abcdefghij/stages/prod')).toBe('GetStage');
    expect(match('POST', '/restapis/abcdefghij/resources/abc123/methods/POST')).toBe('TestInvokeMethod');
    expect(match('PUT', '/restapis/abcdefghij/resources/abc123/methods/POST/integration/responses/400')).toBe('PutIntegrationResponse');
    expect(match('POST', '/restapis/abcdefghij/resources/abc123')).toBe('CreateResource');
    expect(match('DELETE', '/tags/arn%3Aaws%3Aapigateway%3Aus-east-1%3A%3A%2Frestapis%2Fabcdefghij')).toBe('UntagResource');
    expect(match('GET', '/restapis/abcdefghij/stages')).toBe('GetStages');
  });
});
