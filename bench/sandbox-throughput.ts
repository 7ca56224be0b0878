import { Sha256 } from '@aws-crypto/sha256-js';
import { SignatureV4 } from '@smithy/signature-v4';
import { spawn, type ChildProcess } from 'node:child_process';
import { Agent, request } from 'node:http';
import { DEFAULT_CREDENTIALS } from '../electron/sandbox/index';
import { figure, type Figure } from './figure';

const CONCURRENCY = 16;
const DURATION_MS = 3000;
const WARMUP_MS = 1000;

export interface Call {
  method: string;
  path: string;
  headers: Record<string, string>;
  body: string;
}

/** Keeps CONCURRENCY requests in flight for `ms`; returns completed requests per second. */
export async function hammer(port: number, call: Call, ms: number): Promise<number> {
  const agent = new Agent({ keepAlive: true, maxSockets: CONCURRENCY });
  const deadline = performance.now() + ms;
  let done = 0;
  const once = () =>
    new Promise<void>((resolve, reject) => {
      const req = request(
        { host: '127.0.0.1', port, method: call.method, path: call.path, headers: call.headers, agent },
        (res) => {
          if (res.statusCode !== 200) reject(new Error(`status ${res.statusCode} from ${call.path}`));
          res.resume();
          res.on('end', resolve);
        },
      );
      req.on('error', reject);
      req.end(call.body);
    });
  const started = performance.now();
  await Promise.all(
    Array.from({ length: CONCURRENCY }, async () => {
      while (performance.now() < deadline) {
        await once();
        done += 1;
      }
    }),
  );
  const elapsed = performance.now() - started;
  agent.destroy();
  return (done * 1000) / elapsed;
}

/**
 * Signed once, replayed many times: the sandbox verifies the full SigV4 signature on every request
 * (as AWS, it accepts a replay within the signing window), so the figure is the server's cost and
 * not the client's signing.
 */
export async function signedCall(
  port: number,
  credentials: { accessKeyId: string; secretAccessKey: string },
  service: string,
  headers: Record<string, string>,
  body: string,
  path = '/',
): Promise<Call> {
  const signer = new SignatureV4({ service, region: 'us-east-1', credentials, sha256: Sha256 });
  const signed = await signer.sign({
    method: 'POST',
    protocol: 'http:',
    hostname: '127.0.0.1',
    port,
    path,
    headers: { host: `127.0.0.1:${port}`, 'content-length': String(Buffer.byteLength(body)), ...headers },
    body,
  });
  return { method: 'POST', path, headers: signed.headers as Record<string, string>, body };
}

const BARE_SERVER = `
const body = Buffer.from('{"ok":true}');
const server = require('node:http').createServer((req, res) => {
  req.resume();
  req.on('end', () => { res.writeHead(200, { 'content-type': 'application/json', 'content-length': body.length }); res.end(body); });
});
server.keepAliveTimeout = 65000;
server.listen(0, '127.0.0.1', () => console.log('SANDBOX READY http://127.0.0.1:' + server.address().port));
`;

/**
 * Each server runs in its own process, as `npm run sandbox` does, so the load generator here
 * does not share an event loop with the server it measures; the peer is started the same way.
 */
export function spawnServer(args: string[]): Promise<{ child: ChildProcess; port: number }> {
  const child = spawn(process.execPath, args, {
    cwd: process.cwd(),
    env: { ...process.env, AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true' },
    stdio: ['ignore', 'pipe', 'ignore'],
  });
  return new Promise((resolve, reject) => {
    let out = '';
    child.stdout?.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const match = /SANDBOX READY http:\/\/127\.0\.0\.1:(\d+)/.exec(out);
      if (match) resolve({ child, port: Number(match[1]) });
    });
    child.once('exit', (code) => reject(new Error(`server exited with ${code} before it was ready`)));
  });
}

export function stopServer(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    child.once('exit', () => resolve());
    child.kill('SIGINT');
  });
}

export async function benchSandboxThroughput(): Promise<Figure[]> {
  const sandbox = await spawnServer(['--import', 'tsx', 'electron/sandbox/cli.ts', '--port', '0', '--seed', 'empty']);
  const peer = await spawnServer(['-e', BARE_SERVER]).catch(async (error: unknown) => {
    await stopServer(sandbox.child);
    throw error;
  });
  try {
    const port = sandbox.port;
    const peerPort = peer.port;
    const sts = await signedCall(
      port,
      DEFAULT_CREDENTIALS,
      'sts',
      { 'content-type': 'application/x-www-form-urlencoded; charset=utf-8' },
      'Action=GetCallerIdentity&Version=2011-06-15',
    );
    const list = await signedCall(
      port,
      DEFAULT_CREDENTIALS,
      'sagemaker',
      { 'content-type': 'application/x-amz-json-1.1', 'x-amz-target': 'SageMaker.ListTrainingJobs' },
      '{"MaxResults":10}',
    );
    const peerCall: Call = { method: 'POST', path: '/', headers: { 'content-type': 'application/json' }, body: '{}' };

    await hammer(port, sts, WARMUP_MS);
    await hammer(peerPort, peerCall, WARMUP_MS);
    const stsRate = await hammer(port, sts, DURATION_MS);
    const peerRate = await hammer(peerPort, peerCall, DURATION_MS);
    const figures = [
      figure(
        'sandbox STS GetCallerIdentity (awsQuery, SigV4 verified)',
        stsRate,
        'req/s',
        'bare node:http 200',
        peerRate,
        '>= 2,000 req/s',
      ),
    ];
    const listRate = await hammer(port, list, DURATION_MS).catch(() => undefined);
    if (listRate !== undefined) {
      figures.push(
        figure(
          'sandbox SageMaker ListTrainingJobs (awsJson1_1, SigV4 verified)',
          listRate,
          'req/s',
          'bare node:http 200',
          peerRate,
          '>= 2,000 req/s',
        ),
      );
    }
    return figures;
  } finally {
    await Promise.all([stopServer(sandbox.child), stopServer(peer.child)]);
  }
}

if (process.argv[1] && /sandbox-throughput\.ts$/.test(process.argv[1])) {
  void (async () => {
    const { formatFigure } = await import('./figure');
    for (const f of await benchSandboxThroughput()) console.log(formatFigure(f));
  })();
}
