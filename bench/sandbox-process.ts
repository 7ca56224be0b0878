import { spawn } from 'node:child_process';
import { once } from 'node:events';

export interface SandboxProcess {
  endpoint: string;
  credentials: { accessKeyId: string; secretAccessKey: string };
  stop(): Promise<void>;
}

// Made-up keys the bench's own sandbox accepts (not shaped like AWS's, so no scanner mistakes them).
const CREDENTIALS = { accessKeyId: 'bench-sandbox-key-id', secretAccessKey: 'bench-sandbox-secret' };

/**
 * The sandbox in a process of its own (`npm run sandbox`), as AWS is to a user: a bench that also
 * drives the client must not make the emulator share its event loop, or whichever side runs there
 * (the CLI's peer, or SageDeck's) gets charged for the other's work.
 */
export async function startSandboxProcess(): Promise<SandboxProcess> {
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', 'electron/sandbox/cli.ts', '--port', '0', '--seed', 'empty', '--access-key-id', CREDENTIALS.accessKeyId, '--secret-access-key', CREDENTIALS.secretAccessKey],
    { cwd: process.cwd(), env: { ...process.env, AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true' }, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  let stdout = '';
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const endpoint = await new Promise<string>((resolve, reject) => {
    child.stdout.on('data', (chunk: Buffer) => {
      stdout += chunk.toString();
      const match = /^SANDBOX READY (http:\/\/127\.0\.0\.1:\d+)$/m.exec(stdout);
      if (match?.[1]) resolve(match[1]);
    });
    child.once('exit', (code) => reject(new Error(`the sandbox exited with ${code}: ${stderr}`)));
  });
  return {
    endpoint,
    credentials: CREDENTIALS,
    async stop() {
      if (child.exitCode !== null) return;
      child.kill('SIGINT');
      await once(child, 'exit');
    },
  };
}
