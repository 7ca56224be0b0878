/**
 * electron-builder's afterPack hook: flips the fuses of scripts/fuse-table.mjs on the binary it
 * has just laid out, then reads the fuse wire back and fails the packaging if any fuse differs.
 * It runs before signing (electron-builder signs after afterPack), as fuse flipping requires.
 */
import { join } from 'node:path';
import { flipFuses, getCurrentFuseWire } from '@electron/fuses';
import { describeWire, fuseConfig, wireMismatches } from './fuse-table.mjs';

const EXECUTABLE_SUFFIX = { darwin: '.app', mas: '.app', win32: '.exe', linux: '' };

/** Where electron-builder put the Electron executable (the same rule as its own addElectronFuses). */
export function packagedBinaryPath(context) {
  const { appOutDir, electronPlatformName, packager } = context;
  const name = electronPlatformName === 'linux' ? packager.executableName : packager.appInfo.productFilename;
  return join(appOutDir, `${name}${EXECUTABLE_SUFFIX[electronPlatformName] ?? ''}`);
}

/** Flips the wanted fuses on one binary and proves they stuck; throws (naming each wrong fuse) if not. */
export async function applyAndVerifyFuses(binary, platform) {
  await flipFuses(binary, fuseConfig(platform));
  const wire = await getCurrentFuseWire(binary);
  const wrong = wireMismatches(wire);
  if (wrong.length > 0) {
    throw new Error(`afterPack: ${binary} does not carry the wanted fuses: ${wrong.join('; ')}`);
  }
  return describeWire(wire);
}

export default async function afterPack(context) {
  const binary = packagedBinaryPath(context);
  const wire = await applyAndVerifyFuses(binary, context.electronPlatformName);
  console.log(`afterPack: fuses verified on ${binary}\n${wire}`);
}
