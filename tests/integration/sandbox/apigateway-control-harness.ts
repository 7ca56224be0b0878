import { APIGatewayClient, APIGatewayServiceException, CreateRestApiCommand } from '@aws-sdk/client-api-gateway';
import { afterEach, beforeEach } from 'vitest';
import { createApiGatewayModule } from '../../../electron/sandbox/services/apigateway';
import { runAwsCli, startTestSandbox, type TestSandbox } from './support';

/** A sandbox serving API Gateway on a free port and a manual clock, with the real SDK client. */
export interface ApiGatewaySandbox {
  env: TestSandbox;
  apigw: APIGatewayClient;
  /** Runs `aws apigateway <args>` (the Debian AWS CLI) against this sandbox and parses its JSON. */
  aws(...args: string[]): Promise<Record<string, unknown>>;
  stop(): Promise<void>;
}

export async function startApiGatewaySandbox(options: { dataDir?: string; seed?: 'demo' | 'empty' } = {}): Promise<ApiGatewaySandbox> {
  const env = await startTestSandbox({ modules: [createApiGatewayModule], ...options });
  const apigw = new APIGatewayClient({ ...env.config, maxAttempts: 1 });
  return {
    env,
    apigw,
    async aws(...args) {
      const result = await runAwsCli(['apigateway', ...args], { endpoint: env.sandbox.endpoint, ...env.sandbox.credentials });
      if (result.code !== 0) throw new Error(`aws apigateway ${args.join(' ')} failed (${result.code}): ${result.stderr}`);
      return result.stdout.trim() === '' ? {} : (JSON.parse(result.stdout) as Record<string, unknown>);
    },
    async stop() {
      apigw.destroy();
      await env.stop();
    },
  };
}

/** The service error a failed SDK call threw (name, status, message). */
export async function apiGatewayError(promise: Promise<unknown>): Promise<APIGatewayServiceException> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof APIGatewayServiceException) return error;
    throw error;
  }
  throw new Error('expected the call to fail');
}

export interface ScoringApi {
  s: ApiGatewaySandbox;
  restApiId: string;
  rootId: string;
}

/** For each test of the calling file: a fresh sandbox holding one REST API `scoring` with only its root. */
export function useScoringApi(started: (api: ScoringApi) => void): void {
  let s: ApiGatewaySandbox | undefined;
  beforeEach(async () => {
    s = await startApiGatewaySandbox();
    const api = await s.apigw.send(new CreateRestApiCommand({ name: 'scoring' }));
    started({ s, restApiId: api.id as string, rootId: api.rootResourceId as string });
  });
  afterEach(async () => {
    await s?.stop();
  });
}
