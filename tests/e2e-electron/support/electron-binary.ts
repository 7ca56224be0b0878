import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

export const ROOT = resolve(__dirname, '../../..');
export const BUILT_MAIN = join(ROOT, 'out/main/index.js');

/** The executable the `electron` package would run, or why there is none. */
export function findElectronBinary(): { path: string } | { missing: string } {
  const pkg = join(ROOT, 'node_modules/electron');
  const pathFile = join(pkg, 'path.txt');
  if (!existsSync(pathFile)) return { missing: `${pathFile} does not exist (the binary download never completed)` };
  const relative = readFileSync(pathFile, 'utf8').trim();
  const dist = process.env.ELECTRON_OVERRIDE_DIST_PATH ?? join(pkg, 'dist');
  const binary = join(dist, relative);
  return existsSync(binary) ? { path: binary } : { missing: `${binary} does not exist` };
}

/** Why the `_electron` journeys cannot run here, printed by each spec that skips; undefined where they can. */
export function electronSkipReason(binary: ReturnType<typeof findElectronBinary>): string | undefined {
  return 'missing' in binary ? `Electron binary not installed: ${binary.missing}` : undefined;
}
