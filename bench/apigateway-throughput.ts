import { APIGatewayClient, GetRestApisCommand, UpdateStageCommand } from '@aws-sdk/client-api-gateway';
import { InvokeEndpointCommand, SageMakerRuntimeClient } from '@aws-sdk/client-sagemaker-runtime';
import { Sha256 } from '@aws-crypto/sha256-js';
import { SignatureV4 } from '@smithy/signature-v4';
import { Agent } from 'node:http';
import { DEFAULT_CREDENTIALS } from '../electron/sandbox/index';
import { figure, type Figure } from './figure';
import { hammer, signedCall, spawnServer, stopServer } from './sandbox-throughput';

const CONCURRENCY = 16;
const DURATION_MS = 3000;
const WARMUP_MS = 1000;
const PAYLOAD = JSON.stringify({ instances: [[0.42, 18, 3, 1, 0.7], [0.91, 2, 40, 0, 0.1]] });

/** Keeps CONCURRENCY calls of `once` in flight for `ms`; returns completed calls per second. */
async function loop(once: () => Promise<void>, ms: number): Promise<number> {
  const deadline = performance.now() + ms;
  let done = 0;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: CONCURRENCY }, async () => {
      while (performance.now() < deadline) {
        await once();
        done += 1;
      }
    }),
  );
  return (done * 1000) / (performance.now() - started);
}

/**
 * Data-plane throughput of the demo churn-api (POST /predict: SigV4 for execute-api, validation
 * against ChurnPayload, the request template, InvokeEndpoint on churn-prod, response selection,
 * metrics and the INFO execution log) next to churn-prod's InvokeEndpoint called directly, in one
 * sandbox process. First both with one pre-signed request replayed (the server's cost), then as
 * clients call them: a request signed per call against the SDK's InvokeEndpoint.
 */
export async function benchApiGatewayThroughput(): Promise<Figure[]> {
  const sandbox = await spawnServer(['--import', 'tsx', 'electron/sandbox/cli.ts', '--port', '0', '--seed', 'demo']);
  const endpoint = `http://127.0.0.1:${sandbox.port}`;
  // A copy: the SDK marks the credentials object it is given, and the default pair is frozen.
  const config = { endpoint, region: 'us-east-1', credentials: { ...DEFAULT_CREDENTIALS }, maxAttempts: 1 };
  const apigw = new APIGatewayClient(config);
  const runtime = new SageMakerRuntimeClient({ ...config, requestHandler: { httpAgent: new Agent({ keepAlive: true, maxSockets: CONCURRENCY }) } });
  try {
    const apiId = (await apigw.send(new GetRestApisCommand({}))).items?.find((api) => api.name === 'churn-api')?.id;
    if (!apiId) throw new Error('the demo seed has no churn-api');
    // The demo stage allows 100 requests/s (burst 50); a load test raises it to the account's default.
    await apigw.send(
      new UpdateStageCommand({
        restApiId: apiId,
        stageName: 'prod',
        patchOperations: [
          { op: 'replace', path: '/*/*/throttling/rateLimit', value: '10000' },
          { op: 'replace', path: '/*/*/throttling/burstLimit', value: '5000' },
        ],
      }),
    );
    const invokePath = `/restapis/${apiId}/prod/_user_request_/predict`;
    const json = { 'content-type': 'application/json' };
    const viaApi = await signedCall(sandbox.port, DEFAULT_CREDENTIALS, 'execute-api', json, PAYLOAD, invokePath);
    const direct = await signedCall(sandbox.port, DEFAULT_CREDENTIALS, 'sagemaker', { ...json, accept: 'application/json' }, PAYLOAD, '/endpoints/churn-prod/invocations');

    await hammer(sandbox.port, viaApi, WARMUP_MS);
    await hammer(sandbox.port, direct, WARMUP_MS);
    const apiRate = await hammer(sandbox.port, viaApi, DURATION_MS);
    const directRate = await hammer(sandbox.port, direct, DURATION_MS);

    const signer = new SignatureV4({ service: 'execute-api', region: 'us-east-1', credentials: DEFAULT_CREDENTIALS, sha256: Sha256 });
    const signedPerCall = async () => {
      const signed = await signer.sign({ method: 'POST', protocol: 'http:', hostname: '127.0.0.1', port: sandbox.port, path: invokePath, headers: { host: `127.0.0.1:${sandbox.port}`, ...json }, body: PAYLOAD });
      const response = await fetch(`${endpoint}${invokePath}`, { method: 'POST', headers: signed.headers as Record<string, string>, body: PAYLOAD });
      if (response.status !== 200) throw new Error(`status ${response.status} from the invoke URL`);
      await response.arrayBuffer();
    };
    const sdkCall = async () => {
      await runtime.send(new InvokeEndpointCommand({ EndpointName: 'churn-prod', ContentType: 'application/json', Accept: 'application/json', Body: PAYLOAD }));
    };
    await loop(signedPerCall, WARMUP_MS);
    await loop(sdkCall, WARMUP_MS);
    const apiClientRate = await loop(signedPerCall, DURATION_MS);
    const sdkRate = await loop(sdkCall, DURATION_MS);
    return [
      figure('churn-api POST /predict via the invoke URL (SigV4 verified, validation + mapping + invoke), replayed signed request', apiRate, 'req/s', 'direct InvokeEndpoint on churn-prod, replayed signed request', directRate),
      figure('churn-api POST /predict via the invoke URL, signed per call (fetch)', apiClientRate, 'req/s', 'direct InvokeEndpoint through the SDK (SageMakerRuntimeClient)', sdkRate),
    ];
  } finally {
    apigw.destroy();
    runtime.destroy();
    await stopServer(sandbox.child);
  }
}

if (process.argv[1] && /apigateway-throughput\.ts$/.test(process.argv[1])) {
  void (async () => {
    const { formatFigure } = await import('./figure');
    for (const f of await benchApiGatewayThroughput()) console.log(formatFigure(f));
  })();
}
