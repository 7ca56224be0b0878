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
import { flipFuses, getCurrentFuseWire } from '@electron/fuses';
import { describeWire, fuseConfig, wireMismatches } from './fuse-table.mjs';

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
  console.log(`fuses: ${binary}\nbefore:\n${describeWire(await getCurrentFuseWire(binary))}`);
  await flipFuses(binary, fuseConfig());
  const after = await getCurrentFuseWire(binary);
  console.log(`after:\n${describeWire(after)}`);
  const wrong = wireMismatches(after);
  if (wrong.length > 0) {
    console.error(`fuses: the binary does not carry the wanted fuses: ${wrong.join('; ')}`);
    return 1;
  }
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
