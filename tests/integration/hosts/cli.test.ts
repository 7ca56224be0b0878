import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../support/cli-process';

function home(config: string) {
  const dir = mkdtempSync(join(tmpdir(), 'sagedeck-cli-'));
  writeFileSync(join(dir, 'custom-config'), config);
  return {
    PATH: process.env.PATH,
    HOME: dir,
    AWS_CONFIG_FILE: join(dir, 'custom-config'),
    SAGEDECK_DATA_DIR: join(dir, 'data'),
  };
}

const cli = runCli;

describe('sagedeck CLI', () => {
  it('lists the profiles of the file AWS_CONFIG_FILE points at, and sandbox', async () => {
    const env = home('[profile from-custom-file]\nregion = ap-south-1\n');
    const { code, stdout } = await cli(env, 'call', 'profiles.list', '{}');
    expect(code).toBe(0);
    const profiles = JSON.parse(stdout) as { name: string; region?: string }[];
    expect(profiles.map((p) => p.name)).toEqual(['sandbox', 'from-custom-file']);
    expect(profiles[1]!.region).toBe('ap-south-1');
  });

  it('exits 1 with the error envelope on stderr', async () => {
    const env = home('');
    const bad = await cli(env, 'call', 'session.select', '{"profile":"a b"}');
    expect(bad.code).toBe(1);
    expect(JSON.parse(bad.stderr)).toMatchObject({ code: 'InvalidInput', fields: { profile: expect.any(String) } });
    const unknown = await cli(env, 'call', 'nope.nothing', '{}');
    expect(JSON.parse(unknown.stderr)).toMatchObject({ code: 'UnknownChannel' });
  });

  it('acts as --profile/--region for one call without changing the remembered session', async () => {
    const env = home('[profile other]\nregion = eu-north-1\n');
    const once = await cli(env, 'call', 'session.current', '{}', '--profile', 'other', '--region', 'eu-west-1');
    expect(JSON.parse(once.stdout)).toMatchObject({ profile: 'other', region: 'eu-west-1' });
    const after = await cli(env, 'call', 'session.current', '{}');
    expect(JSON.parse(after.stdout)).toMatchObject({ profile: 'sandbox' });
    const missing = await cli(env, 'call', 'session.current', '{}', '--profile', 'ghost');
    expect(missing.code).toBe(1);
    expect(JSON.parse(missing.stderr)).toMatchObject({ code: 'ProfileNotFound' });
  });

  it('prints the sandbox identity for --profile sandbox (embedded emulator over real HTTP)', async () => {
    const env = home('');
    const { code, stdout } = await cli(env, 'call', 'session.identity', '{}', '--profile', 'sandbox');
    expect(code).toBe(0);
    const identity = JSON.parse(stdout) as { account: string; arn: string };
    expect(identity.account).toMatch(/^\d{12}$/);
    expect(identity.arn).toBe(`arn:aws:iam::${identity.account}:user/sandbox-admin`);
  });

  it('needs --yes for a destructive action', async () => {
    const env = home('');
    const refused = await cli(env, 'call', 'settings.reset', '{}');
    expect(JSON.parse(refused.stderr)).toMatchObject({ code: 'ConfirmationRequired' });
    const done = await cli(env, 'call', 'settings.reset', '{}', '--yes');
    expect(done.code).toBe(0);
  });
});
