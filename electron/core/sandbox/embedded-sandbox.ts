import { join } from 'node:path';
import { startSandbox, type RunningSandbox } from '../../sandbox';

export interface SandboxAccess {
  endpoint: string;
  credentials: { accessKeyId: string; secretAccessKey: string };
  accountId: string;
}

export interface EmbeddedSandbox {
  /** Starts the emulator on first use (demo seed, state under the app data dir). */
  ensure(): Promise<SandboxAccess>;
  stop(): Promise<void>;
}

/**
 * The built-in `sandbox` profile: the local AWS emulator in this process, on a free loopback
 * port, started only when the profile is first used so other profiles pay nothing for it.
 */
export function embeddedSandbox(dataDir: string, env: NodeJS.ProcessEnv): EmbeddedSandbox {
  let starting: Promise<RunningSandbox> | undefined;
  const timeScale = Number(env.SAGEDECK_SANDBOX_TIME_SCALE ?? '1');
  return {
    async ensure() {
      starting ??= startSandbox({
        port: 0,
        seed: 'demo',
        timeScale: Number.isFinite(timeScale) && timeScale > 0 ? timeScale : 1,
        dataDir: join(dataDir, 'sandbox'),
      }).catch((error: unknown) => {
        starting = undefined;
        throw error;
      });
      const running = await starting;
      return { endpoint: running.endpoint, credentials: running.credentials, accountId: running.accountId };
    },
    async stop() {
      const running = await starting?.catch(() => undefined);
      starting = undefined;
      await running?.stop();
    },
  };
}
