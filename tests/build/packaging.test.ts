/**
 * The desktop installers (electron-builder.yml, scripts/package.mjs, scripts/after-pack.mjs).
 * Nothing can be packaged on a machine without the Electron binary, so this checks everything
 * that can be checked without one, and the packaging run itself only where the binary exists.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join, matchesGlob, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { FuseV1Options, getCurrentFuseWire } from '@electron/fuses';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findElectronBinary } from '../e2e-electron/support/electron-binary';

const ROOT = resolve(__dirname, '../..');
const requireFromRoot = createRequire(join(ROOT, 'package.json'));

interface TargetEntry {
  target: string;
  arch: string[];
}
interface BuilderConfig {
  appId?: string;
  productName?: string;
  icon?: string;
  npmRebuild?: boolean;
  asar?: boolean;
  asarUnpack?: string[];
  afterPack?: string;
  directories?: { output?: string };
  linux?: { target: TargetEntry[] };
  mac?: { target: TargetEntry[] };
  win?: { target: TargetEntry[] };
}
// app-builder-lib ships no types for its config module's deep path; these are its two exports we call.
interface ConfigModule {
  getConfig(projectDir: string, configPath: string, fromOptions: null): Promise<BuilderConfig>;
  validateConfiguration(config: unknown, debugLogger: { isEnabled: boolean; add(): void }): Promise<void>;
}
interface FuseTable {
  FUSE_STATE: { DISABLE: number; ENABLE: number };
  WANTED: Record<number, boolean>;
  wireMismatches(wire: Partial<Record<number, number>>): string[];
}
interface AfterPackModule {
  default(context: unknown): Promise<void>;
}

const builderConfig = requireFromRoot('app-builder-lib/out/util/config/config.js') as ConfigModule;
const quietLogger = { isEnabled: false, add: () => {} };
const importScript = async <T>(name: string) => (await import(pathToFileURL(join(ROOT, 'scripts', name)).href)) as T;

/** Electron's fuse sentinel followed by a V1 wire, inside bytes that stand in for the rest of a binary. */
function fakeElectronBinary(wire: string): Buffer {
  return Buffer.concat([
    Buffer.alloc(64, 7),
    Buffer.from('dL7pKGdnNz796PbbjQWNKmHXBZaB9tsX'),
    Buffer.from([1, wire.length]),
    Buffer.from(wire),
    Buffer.alloc(64, 7),
  ]);
}
// What Electron ships by default: RunAsNode, cookie encryption off, NODE_OPTIONS and --inspect on, the rest off.
const ELECTRON_DEFAULT_WIRE = '10110000';

const electronBinaryPresent = () => 'path' in findElectronBinary();

let config: BuilderConfig;
let work: string;

beforeAll(async () => {
  config = await builderConfig.getConfig(ROOT, 'electron-builder.yml', null);
  work = mkdtempSync(join(tmpdir(), 'sagedeck-packaging-'));
});

afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('electron-builder.yml', () => {
  it("validates against electron-builder's own schema, which rejects a misspelt option", async () => {
    await expect(builderConfig.validateConfiguration(config, quietLogger)).resolves.toBeUndefined();
    const misspelt = { ...config, linux: { ...config.linux, targets: ['AppImage'] } };
    await expect(builderConfig.validateConfiguration(misspelt, quietLogger)).rejects.toThrow(/configuration/i);
  });

  it('names the app and builds every installer the issue asks for, into release/', () => {
    const targets = (entries: TargetEntry[] | undefined) =>
      Object.fromEntries((entries ?? []).map((entry) => [entry.target, [...entry.arch].sort()]));
    expect(config.appId).toBe('dev.sagedeck.console');
    expect(config.productName).toBe('SageDeck');
    expect(config.directories?.output).toBe('release');
    expect(targets(config.linux?.target)).toEqual({ AppImage: ['arm64', 'x64'], deb: ['arm64', 'x64'] });
    expect(targets(config.mac?.target)).toEqual({ dmg: ['universal'] });
    expect(targets(config.win?.target)).toEqual({ nsis: ['x64'] });
  });

  it('has a 512x512 PNG icon, the size electron-builder turns into icns and ico', () => {
    const png = readFileSync(join(ROOT, config.icon ?? 'missing'));
    expect(png.subarray(1, 4).toString()).toBe('PNG');
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([512, 512]);
  });

  it("keeps keytar's native module outside the asar and rebuilds it for Electron", () => {
    expect(existsSync(join(ROOT, 'node_modules/keytar/build/Release/keytar.node'))).toBe(true);
    expect(config.asar).toBe(true);
    expect(config.npmRebuild).toBe(true);
    const unpacked = (config.asarUnpack ?? []).some((glob) =>
      matchesGlob('node_modules/keytar/build/Release/keytar.node', glob),
    );
    expect(unpacked).toBe(true);
  });
});

describe('afterPack fuses', () => {
  it('points at a hook that exists and takes its fuse table from the module scripts/fuses.mjs uses', () => {
    const hook = resolve(ROOT, config.afterPack ?? 'missing');
    expect(existsSync(hook)).toBe(true);
    for (const script of [hook, join(ROOT, 'scripts/fuses.mjs')]) {
      const source = readFileSync(script, 'utf8');
      expect(source, script).toMatch(/from '\.\/fuse-table\.mjs'/);
      expect(source, script).not.toMatch(/FuseV1Options\.RunAsNode\]/);
    }
  });

  it('flips the wanted fuses on the packaged binary and reads them back', async () => {
    const { WANTED, FUSE_STATE } = await importScript<FuseTable>('fuse-table.mjs');
    const afterPack = await importScript<AfterPackModule>('after-pack.mjs');
    writeFileSync(join(work, 'sagedeck'), fakeElectronBinary(ELECTRON_DEFAULT_WIRE));
    await afterPack.default({
      appOutDir: work,
      electronPlatformName: 'linux',
      packager: { executableName: 'sagedeck', appInfo: { productFilename: 'SageDeck' } },
    });
    const wire = await getCurrentFuseWire(join(work, 'sagedeck'));
    for (const [index, wanted] of Object.entries(WANTED)) {
      expect(wire[Number(index) as FuseV1Options], FuseV1Options[Number(index)]).toBe(
        wanted ? FUSE_STATE.ENABLE : FUSE_STATE.DISABLE,
      );
    }
    expect(wire[FuseV1Options.RunAsNode]).toBe(FUSE_STATE.DISABLE);
  });

  it('fails the packaging when the binary has fewer fuses than the table', async () => {
    const afterPack = await importScript<AfterPackModule>('after-pack.mjs');
    writeFileSync(join(work, 'SageDeck.exe'), fakeElectronBinary('101'));
    const packing = afterPack.default({
      appOutDir: work,
      electronPlatformName: 'win32',
      packager: { executableName: 'sagedeck', appInfo: { productFilename: 'SageDeck' } },
    });
    await expect(packing).rejects.toThrow(/EnableEmbeddedAsarIntegrityValidation|not long enough/);
  });

  it('names every fuse a binary carries wrongly', async () => {
    const { wireMismatches, FUSE_STATE } = await importScript<FuseTable>('fuse-table.mjs');
    const wire: Record<number, number> = Object.fromEntries(
      [0, 1, 2, 3, 4, 5, 6, 7].map((i) => [i, FUSE_STATE.DISABLE]),
    );
    wire[FuseV1Options.OnlyLoadAppFromAsar] = FUSE_STATE.ENABLE;
    wire[FuseV1Options.RunAsNode] = FUSE_STATE.ENABLE;
    expect(wireMismatches(wire)).toEqual([
      'RunAsNode: wanted DISABLE, found ENABLE',
      'EnableEmbeddedAsarIntegrityValidation: wanted ENABLE, found DISABLE',
    ]);
  });
});

describe('npm run package', () => {
  it('says in one line why it cannot package without the Electron binary, and exits non-zero', (context) => {
    context.skip(
      electronBinaryPresent(),
      'the Electron binary is installed here: the packaging run below replaces this check',
    );
    const result = spawnSync(process.execPath, [join(ROOT, 'scripts/package.mjs')], { cwd: ROOT, encoding: 'utf8' });
    expect(result.status).not.toBe(0);
    expect(result.stdout).toBe('');
    const lines = result.stderr.trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^package: cannot package without the Electron binary .*install\.js/);
    expect(existsSync(join(ROOT, 'release'))).toBe(false);
  });

  it(
    'packages the app for this platform with the fuses set and keytar unpacked',
    { timeout: 900_000 },
    async (context) => {
      const binary = findElectronBinary();
      if ('missing' in binary) context.skip(`no Electron binary on this machine: ${binary.missing}`);
      context.skip(process.platform !== 'linux', 'the packaged layout is checked on Linux, where CI packages');
      const result = spawnSync(process.execPath, [join(ROOT, 'scripts/package.mjs'), '--dir'], {
        cwd: ROOT,
        encoding: 'utf8',
      });
      expect(result.status, result.stderr).toBe(0);
      const unpacked = join(ROOT, 'release', process.arch === 'arm64' ? 'linux-arm64-unpacked' : 'linux-unpacked');
      const { WANTED, wireMismatches } = await importScript<FuseTable>('fuse-table.mjs');
      expect(Object.keys(WANTED).length).toBeGreaterThan(0);
      expect(wireMismatches(await getCurrentFuseWire(join(unpacked, 'sagedeck')))).toEqual([]);
      expect(existsSync(join(unpacked, 'resources/app.asar'))).toBe(true);
      expect(
        existsSync(join(unpacked, 'resources/app.asar.unpacked/node_modules/keytar/build/Release/keytar.node')),
      ).toBe(true);
    },
  );
});
