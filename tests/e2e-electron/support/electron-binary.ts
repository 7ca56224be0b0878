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

/** The app.asar electron-builder leaves in release/ for this platform (electron-builder.yml), if a package was built. */
export function findPackagedAsar(): string | undefined {
  const unpackedDir: Partial<Record<NodeJS.Platform, string>> = {
    linux: process.arch === 'arm64' ? 'linux-arm64-unpacked/resources' : 'linux-unpacked/resources',
    darwin: 'mac-universal/SageDeck.app/Contents/Resources',
    win32: 'win-unpacked/resources',
  };
  const dir = unpackedDir[process.platform];
  const asar = dir && join(ROOT, 'release', dir, 'app.asar');
  return asar && existsSync(asar) ? asar : undefined;
}

/**
 * What the journeys start: the packaged app (its app.asar, with keytar unpacked and rebuilt) where
 * `npm run package` has run, else the development build. The packaged executable itself cannot be
 * driven: Playwright attaches through --inspect, which its EnableNodeCliInspectArguments fuse
 * refuses (tests/build/packaging.test.ts checks the fuses instead), so the same-version Electron
 * binary runs the packaged archive.
 */
export function electronLaunchArgs(): { args: string[]; app: string } {
  const asar = findPackagedAsar();
  if (asar) return { args: [asar], app: `packaged app ${asar}` };
  if (!existsSync(BUILT_MAIN))
    throw new Error(`${BUILT_MAIN} is missing: run npm run build (or npm run package) before the Electron e2e tests`);
  return { args: [BUILT_MAIN], app: `development build ${BUILT_MAIN}` };
}
