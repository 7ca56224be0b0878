import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { createInterface } from 'node:readline';
import { describe, expect, it } from 'vitest';
import { createTempHome } from '../../support/web-host-process';

const ROOT = resolve(__dirname, '../../..');
const electronInstalled = existsSync(join(ROOT, 'node_modules/electron/path.txt'));

describe('npm start', () => {
  if (electronInstalled) {
    it.skip('falls back to the web host (skipped: an Electron binary is installed here, so npm start opens the window)', () => {});
    return;
  }

  it('says in one line that Electron is missing and serves the console on the web host instead', async () => {
    const home = createTempHome();
    const child = spawn('npm', ['start', '--', '--no-open'], { cwd: ROOT, env: { ...home.env, DISPLAY: '' }, stdio: ['ignore', 'pipe', 'pipe'], detached: true });
    const lines: string[] = [];
    try {
      const ready = await new Promise<string>((resolvePromise, reject) => {
        const timer = setTimeout(() => reject(new Error(`no READY line:\n${lines.join('\n')}`)), 120_000);
        createInterface({ input: child.stdout! }).on('line', (line) => {
          lines.push(line);
          const match = /^SAGEDECK READY (\S+)$/.exec(line);
          if (match) {
            clearTimeout(timer);
            resolvePromise(match[1]!);
          }
        });
        child.once('exit', (code) => reject(new Error(`npm start exited with ${code}:\n${lines.join('\n')}`)));
      });
      const notices = lines.filter((line) => line.includes('Electron binary not available'));
      expect(notices).toHaveLength(1);
      const response = await fetch(ready, { redirect: 'manual' });
      expect(response.status).toBe(303);
    } finally {
      // npm → start.mjs → tsx → node: stop the whole process group, not just npm.
      const exited = new Promise((resolvePromise) => child.once('exit', resolvePromise));
      process.kill(-child.pid!, 'SIGTERM');
      await exited;
    }
  }, 150_000);
});
