import { homedir } from 'node:os';
import { join } from 'node:path';

const APP_FOLDER = 'SageDeck';

/**
 * The per-user app data dir, matching where Electron's app.getPath('userData') puts it, so the
 * Electron app, the web host and the CLI share settings and the journal. SAGEDECK_DATA_DIR wins
 * (tests give each run its own).
 */
export function defaultDataDir(env: NodeJS.ProcessEnv = process.env, platform = process.platform): string {
  if (env.SAGEDECK_DATA_DIR) return env.SAGEDECK_DATA_DIR;
  const home = env.HOME || homedir();
  if (platform === 'win32') return join(env.APPDATA || join(home, 'AppData', 'Roaming'), APP_FOLDER);
  if (platform === 'darwin') return join(home, 'Library', 'Application Support', APP_FOLDER);
  return join(env.XDG_CONFIG_HOME || join(home, '.config'), APP_FOLDER);
}
