/**
 * The fuses every packaged SageDeck binary must carry, shared by scripts/fuses.mjs (by hand) and
 * scripts/after-pack.mjs (electron-builder), so the two can never disagree. docs/security.md
 * ("Fuses") explains the table.
 */
import { FuseV1Options, FuseVersion } from '@electron/fuses';

/** How a fuse reads on the wire (ASCII '0'/'1', 'r' removed); @electron/fuses keeps its FuseState enum private. */
export const FUSE_STATE = { DISABLE: 0x30, ENABLE: 0x31, REMOVED: 0x72 };
const STATE_NAMES = Object.fromEntries(Object.entries(FUSE_STATE).map(([name, code]) => [code, name]));

/** What each fuse must be, and why. */
export const WANTED = {
  // ELECTRON_RUN_AS_NODE would make the signed binary a general-purpose Node interpreter.
  [FuseV1Options.RunAsNode]: false,
  // NODE_OPTIONS could preload arbitrary code into the main process (--require).
  [FuseV1Options.EnableNodeOptionsEnvironmentVariable]: false,
  // --inspect / --inspect-brk would attach a debugger to the process that holds AWS credentials.
  [FuseV1Options.EnableNodeCliInspectArguments]: false,
  // The app.asar is checked against the hash electron-builder embeds at packaging time (macOS and Windows).
  [FuseV1Options.EnableEmbeddedAsarIntegrityValidation]: true,
  // Only the (integrity-checked) app.asar is loaded, never a loose app/ folder placed beside it.
  [FuseV1Options.OnlyLoadAppFromAsar]: true,
  // The renderer comes from app://, so file:// needs none of the extra privileges Electron grants it.
  [FuseV1Options.GrantFileProtocolExtraPrivileges]: false,
};

/** The @electron/fuses configuration for WANTED; macOS binaries need their ad-hoc signature redone after the flip. */
export function fuseConfig(platform = process.platform) {
  return { version: FuseVersion.V1, resetAdHocDarwinSignature: platform === 'darwin', ...WANTED };
}

function fuseName(index) {
  return FuseV1Options[index] ?? `fuse ${index}`;
}

function stateName(state) {
  return STATE_NAMES[state] ?? 'absent';
}

/** One line a fuse, as read from a binary's fuse wire. */
export function describeWire(wire) {
  return Object.entries(FuseV1Options)
    .filter(([, index]) => typeof index === 'number')
    .map(([name, index]) => `  ${name}: ${stateName(wire[index])}`)
    .join('\n');
}

/** The fuses of WANTED that a binary's wire does not carry, as "name: wanted X, found Y"; empty when all match. */
export function wireMismatches(wire) {
  return Object.entries(WANTED)
    .map(([index, wanted]) => {
      const expected = wanted ? FUSE_STATE.ENABLE : FUSE_STATE.DISABLE;
      const found = wire[Number(index)];
      return found === expected
        ? undefined
        : `${fuseName(Number(index))}: wanted ${stateName(expected)}, found ${stateName(found)}`;
    })
    .filter((line) => line !== undefined);
}
