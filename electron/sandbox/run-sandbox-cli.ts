import { parseArgs } from 'node:util';
import { startSandbox, type SandboxOptions } from './index';

const USAGE =
  'usage: npm run sandbox -- [--port N] [--seed demo|empty] [--time-scale X] [--data-dir DIR] [--access-key-id K --secret-access-key S]';

function fail(message: string): never {
  console.error(`${message}\n${USAGE}`);
  process.exit(2);
}

/** Reads the command line into startSandbox options; the CLI seeds the demo pipeline by default. */
export function parseCliOptions(argv: string[]): SandboxOptions {
  const { values } = parseArgs({
    args: argv,
    options: {
      port: { type: 'string' },
      seed: { type: 'string' },
      'time-scale': { type: 'string' },
      'data-dir': { type: 'string' },
      'access-key-id': { type: 'string' },
      'secret-access-key': { type: 'string' },
      help: { type: 'boolean' },
    },
    strict: true,
  });
  if (values.help) {
    console.log(USAGE);
    process.exit(0);
  }
  const options: SandboxOptions = { seed: 'demo' };
  if (values.port !== undefined) {
    const port = Number(values.port);
    if (!Number.isInteger(port) || port < 0 || port > 65535) fail(`--port must be 0..65535, got ${values.port}`);
    options.port = port;
  }
  if (values.seed !== undefined) {
    if (values.seed !== 'demo' && values.seed !== 'empty') fail(`--seed must be demo or empty, got ${values.seed}`);
    options.seed = values.seed;
  }
  if (values['time-scale'] !== undefined) {
    const scale = Number(values['time-scale']);
    if (!(scale > 0)) fail(`--time-scale must be a positive number, got ${values['time-scale']}`);
    options.timeScale = scale;
  }
  if (values['data-dir'] !== undefined) options.dataDir = values['data-dir'];
  const keyId = values['access-key-id'];
  const secret = values['secret-access-key'];
  if ((keyId === undefined) !== (secret === undefined)) fail('--access-key-id and --secret-access-key go together');
  if (keyId !== undefined && secret !== undefined)
    options.credentials = { accessKeyId: keyId, secretAccessKey: secret };
  return options;
}

/** `npm run sandbox` / `sagedeck sandbox`: starts the sandbox, prints `SANDBOX READY <endpoint>`, stops on SIGINT/SIGTERM. */
export async function runSandboxCli(argv: string[]): Promise<void> {
  let options: SandboxOptions;
  try {
    options = parseCliOptions(argv);
  } catch (error) {
    fail(error instanceof Error ? error.message : String(error));
  }
  const sandbox = await startSandbox(options);
  console.log(`SANDBOX READY ${sandbox.endpoint}`);
  // Humans read stderr; stdout stays the one machine-readable line.
  console.error(
    `sandbox: account ${sandbox.accountId}, access key id ${sandbox.credentials.accessKeyId} (secret: see electron/sandbox/README.md), ` +
      `any region (seed in ${sandbox.region}); control API ${sandbox.endpoint}/_sandbox/`,
  );
  let stopping = false;
  const stop = (signal: string) => {
    if (stopping) return;
    stopping = true;
    console.error(`sandbox: ${signal}, stopping`);
    sandbox.stop().then(
      () => process.exit(0),
      (error: unknown) => {
        console.error(error);
        process.exit(1);
      },
    );
  };
  process.on('SIGINT', () => stop('SIGINT'));
  process.on('SIGTERM', () => stop('SIGTERM'));
}

