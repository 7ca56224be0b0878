#!/usr/bin/env node
/**
 * Flips Electron's build-time fuses on a packaged SageDeck binary, so the shipped executable
 * cannot be turned into a plain Node runtime or debugger by whoever can start it.
 *
 * Usage: node scripts/fuses.mjs <path to the packaged Electron executable>
 *   (SageDeck.exe, SageDeck.app, or the Linux binary). Run after packaging, before signing.
 * Prints the fuse wire before and after. See docs/security.md ("Fuses").
 */
import { existsSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { FuseV1Options, FuseVersion, flipFuses, getCurrentFuseWire } from '@electron/fuses';

/** What each fuse must be, and why (the same table is in docs/security.md). */
const WANTED = {
  // ELECTRON_RUN_AS_NODE would make the signed binary a general-purpose Node interpreter.
  [FuseV1Options.RunAsNode]: false,
  // NODE_OPTIONS could preload arbitrary code into the main process (--require).
  [FuseV1Options.EnableNodeOptionsEnvironmentVariable]: false,
  // --inspect / --inspect-brk would attach a debugger to the process that holds AWS credentials.
  [FuseV1Options.EnableNodeCliInspectArguments]: false,
  // The app.asar is checked against the hash embedded at packaging time (macOS and Windows).
  [FuseV1Options.EnableEmbeddedAsarIntegrityValidation]: true,
  // Only the (integrity-checked) app.asar is loaded, never a loose app/ folder placed beside it.
  [FuseV1Options.OnlyLoadAppFromAsar]: true,
  // The renderer comes from app://, so file:// needs none of the extra privileges Electron grants it.
  [FuseV1Options.GrantFileProtocolExtraPrivileges]: false,
};

function describe(wire) {
  return Object.entries(FuseV1Options)
    .filter(([, index]) => typeof index === 'number')
    .map(([name, index]) => `  ${name}: ${wire[index] ?? 'absent'}`)
    .join('\n');
}

async function main() {
  const target = process.argv[2];
  if (!target) {
    console.error('fuses: no Electron binary given. Usage: node scripts/fuses.mjs <packaged Electron executable>');
    console.error('fuses: nothing was changed (this checkout has no packaged binary; see docs/security.md).');
    return 2;
  }
  const binary = resolve(target);
  if (!existsSync(binary) || !(statSync(binary).isFile() || binary.endsWith('.app'))) {
    console.error(`fuses: ${binary} is not a packaged Electron executable; nothing was changed.`);
    return 2;
  }
  console.log(`fuses: ${binary}\nbefore:\n${describe(await getCurrentFuseWire(binary))}`);
  await flipFuses(binary, {
    version: FuseVersion.V1,
    resetAdHocDarwinSignature: process.platform === 'darwin',
    ...WANTED,
  });
  console.log(`after:\n${describe(await getCurrentFuseWire(binary))}`);
  return 0;
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error) => {
    console.error(`fuses: ${error instanceof Error ? error.message : String(error)}`);
    process.exitCode = 1;
  },
);
