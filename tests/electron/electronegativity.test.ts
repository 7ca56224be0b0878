/**
 * scripts/electronegativity.mjs is the CI gate for Electron misconfiguration: electronegativity
 * exits 0 whatever it finds, so the script must read the report and fail by itself.
 */
import { execFile } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';

const run = promisify(execFile);
const script = resolve(__dirname, '../../scripts/electronegativity.mjs');
const roots: string[] = [];

async function scan(root?: string): Promise<{ code: number; output: string }> {
  try {
    const { stdout, stderr } = await run(process.execPath, [script, ...(root ? ['--root', root] : [])], {
      timeout: 150_000,
    });
    return { code: 0, output: stdout + stderr };
  } catch (error) {
    const failed = error as { code?: number; stdout?: string; stderr?: string };
    return { code: failed.code ?? -1, output: `${failed.stdout ?? ''}${failed.stderr ?? ''}` };
  }
}

function project(files: Record<string, string>): string {
  const root = mkdtempSync(join(tmpdir(), 'sagedeck-eng-fixture-'));
  roots.push(root);
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(join(root, path, '..'), { recursive: true });
    writeFileSync(join(root, path), text);
  }
  return root;
}

afterAll(() => {
  for (const root of roots) rmSync(root, { recursive: true, force: true });
});

describe('electronegativity gate', () => {
  it(
    'passes on SageDeck with only the reviewed preload check and the documented suppressions',
    { timeout: 180_000 },
    async () => {
      const { code, output } = await scan();
      expect(output).toMatch(/\b0 failing\b/);
      expect(output).toContain('REVIEWED   PRELOAD_JS_CHECK');
      expect(output).not.toContain('FAILING');
      expect(code).toBe(0);
    },
  );

  it(
    'fails on an insecure window, a weak CSP and an unguarded openExternal elsewhere',
    { timeout: 180_000 },
    async () => {
      const root = project({
        'electron/main/window.ts': [
          "import { BrowserWindow, shell, session } from 'electron';",
          'export function open(url: string) {',
          '  const window = new BrowserWindow({ webPreferences: { contextIsolation: false, sandbox: false } });',
          '  new BrowserWindow({ webPreferences: { nodeIntegration: true, contextIsolation: true } });',
          '  window.webContents.on("will-navigate", (event) => event.preventDefault());',
          '  window.webContents.setWindowOpenHandler(() => ({ action: "deny" }));',
          '  session.defaultSession.setPermissionRequestHandler((_w, _p, cb) => cb(false));',
          "  session.defaultSession.webRequest.onHeadersReceived((d, cb) => cb({ responseHeaders: { ...d.responseHeaders, 'Content-Security-Policy': [\"default-src 'self' 'unsafe-inline'\"] } }));",
          '  void shell.openExternal(url);',
          '}',
          '',
        ].join('\n'),
      });
      const { code, output } = await scan(root);
      expect(code).toBe(1);
      for (const check of [
        'NODE_INTEGRATION_JS_CHECK',
        'CONTEXT_ISOLATION_JS_CHECK',
        'SANDBOX_JS_CHECK',
        'CSP_GLOBAL_CHECK',
        'OPEN_EXTERNAL_JS_CHECK',
      ]) {
        expect(output).toMatch(new RegExp(`FAILING\\s+${check}`));
      }
    },
  );

  it('fails loudly when there is nothing to scan', { timeout: 60_000 }, async () => {
    const { code, output } = await scan(project({ 'README.md': 'no electron here' }));
    expect(code).toBe(1);
    expect(output).toContain('nothing to scan');
  });
});
