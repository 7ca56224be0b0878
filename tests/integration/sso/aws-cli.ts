import { execFile, spawn } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
}

/**
 * AWS CLI 2.9 knows no `endpoint_url` setting, so its SSO calls are pointed at the sandbox by an
 * endpoint rule set in `~/.aws/models` (botocore's loader reads that folder before its own data):
 * one rule, "always this URL", for SSO-OIDC and the SSO portal.
 */
export function redirectCliSso(home: string, endpoint: string): void {
  const ruleSet = {
    version: '1.0',
    parameters: {
      Region: { builtIn: 'AWS::Region', required: false, documentation: 'The AWS region.', type: 'String' },
      UseDualStack: { builtIn: 'AWS::UseDualStack', required: true, default: false, documentation: 'Dual-stack.', type: 'Boolean' },
      UseFIPS: { builtIn: 'AWS::UseFIPS', required: true, default: false, documentation: 'FIPS.', type: 'Boolean' },
      Endpoint: { builtIn: 'SDK::Endpoint', required: false, documentation: 'Override.', type: 'String' },
    },
    rules: [{ conditions: [], endpoint: { url: endpoint, properties: {}, headers: {} }, type: 'endpoint' }],
  };
  for (const service of ['sso', 'sso-oidc']) {
    const dir = join(home, '.aws', 'models', service, '2019-06-10');
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, 'endpoint-rule-set-1.json'), JSON.stringify(ruleSet));
  }
}

/** The Debian CLI by full path (another `aws` comes first on PATH), with only this HOME's files. */
export function cliEnv(home: string, configFile: string): NodeJS.ProcessEnv {
  return {
    PATH: '/usr/bin:/bin',
    HOME: home,
    AWS_CONFIG_FILE: configFile,
    AWS_SHARED_CREDENTIALS_FILE: join(home, 'credentials'),
    AWS_EC2_METADATA_DISABLED: 'true',
    AWS_PAGER: '',
    AWS_MAX_ATTEMPTS: '1',
  };
}

export function runCli(args: string[], env: NodeJS.ProcessEnv): Promise<CliResult> {
  return new Promise((resolve, reject) => {
    execFile('/usr/bin/aws', args, { env, timeout: 60_000 }, (error, stdout, stderr) => {
      if (error && typeof error.code !== 'number') reject(error);
      else resolve({ code: error ? Number(error.code) : 0, stdout, stderr });
    });
  });
}

/**
 * `aws sso login --no-browser`: resolves with the user code as soon as the CLI prints it, and with
 * the CLI's exit once it has finished polling.
 */
export function startCliLogin(args: string[], env: NodeJS.ProcessEnv): { userCode: Promise<string>; done: Promise<CliResult> } {
  const child = spawn('/usr/bin/aws', ['sso', 'login', '--no-browser', ...args], { env, stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  let foundCode: (code: string) => void = () => undefined;
  const userCode = new Promise<string>((resolve) => (foundCode = resolve));
  const look = () => {
    const match = /\b([A-Z]{4}-[A-Z]{4})\b/.exec(stdout + stderr);
    if (match) foundCode(match[1] as string);
  };
  child.stdout.on('data', (chunk: Buffer) => {
    stdout += chunk.toString();
    look();
  });
  child.stderr.on('data', (chunk: Buffer) => {
    stderr += chunk.toString();
    look();
  });
  const done = new Promise<CliResult>((resolve, reject) => {
    const timer = setTimeout(() => child.kill(), 60_000);
    child.on('error', reject);
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({ code: code ?? -1, stdout, stderr });
    });
  });
  return { userCode, done };
}
