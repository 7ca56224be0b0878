#!/usr/bin/env node
/**
 * `npm run package`: builds the app (electron-vite) and packages it with electron-builder
 * (electron-builder.yml) for the platform this runs on; extra arguments go to electron-builder.
 * electron-builder needs the Electron release for each target, fetched like the `electron`
 * package's own binary; where that binary never arrived, packaging would fail minutes later, so
 * this says so in one line first and exits 1.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const PLATFORM_FLAG = { linux: '--linux', darwin: '--mac', win32: '--win' };

/** Why the Electron binary is not here, or undefined when it is. */
function missingElectronBinary() {
  const pkg = join(ROOT, 'node_modules/electron');
  const pathFile = join(pkg, 'path.txt');
  if (!existsSync(pathFile)) return `${pathFile} does not exist`;
  const dist = process.env.ELECTRON_OVERRIDE_DIST_PATH ?? join(pkg, 'dist');
  const binary = join(dist, readFileSync(pathFile, 'utf8').trim());
  return existsSync(binary) ? undefined : `${binary} does not exist`;
}

function run(label, script, args) {
  const result = spawnSync(process.execPath, [join(ROOT, script), ...args], { cwd: ROOT, stdio: 'inherit' });
  if (result.status !== 0) {
    console.error(`package: ${label} failed (exit ${result.status ?? result.signal}).`);
    process.exit(result.status || 1);
  }
}

const flag = PLATFORM_FLAG[process.platform];
if (!flag) {
  console.error(`package: electron-builder cannot package for ${process.platform}; use Linux, macOS or Windows.`);
  process.exit(1);
}
const missing = missingElectronBinary();
if (missing) {
  console.error(
    `package: cannot package without the Electron binary (${missing}): run \`node node_modules/electron/install.js\` where github.com (or ELECTRON_MIRROR) is reachable, then npm run package.`,
  );
  process.exit(1);
}
run('electron-vite build', 'node_modules/electron-vite/bin/electron-vite.js', ['build']);
run('electron-builder', 'node_modules/electron-builder/cli.js', [
  flag,
  '--config',
  'electron-builder.yml',
  '--publish',
  'never',
  ...process.argv.slice(2),
]);
