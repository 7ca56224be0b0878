import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { GetCallerIdentityCommand, STSClient } from '@aws-sdk/client-sts';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { loadSharedConfig } from '../../../electron/core/profiles/shared-files';
import { ssoSettingsOf } from '../../../electron/core/sso/sso-config';
import { ssoCredentialProvider } from '../../../electron/core/sso/sso-credentials';
import { SsoRuntime } from '../../../electron/core/sso/sso-runtime';
import { readToken, serializeToken } from '../../../electron/core/sso/token-cache';
import type { SsoAuthorization } from '../../../shared/domain/credentials';
import { control } from '../sandbox/support';
import { cliEnv, redirectCliSso, runCli, startCliLogin } from './aws-cli';
import { startSsoWorld, type SsoWorld } from './sso-world';

const sha1 = (text: string) => createHash('sha1').update(text).digest('hex');

let world: SsoWorld;
beforeEach(async () => {
  world = await startSsoWorld({ realTime: true });
  redirectCliSso(world.home, world.sandbox.endpoint);
});
afterEach(async () => world.close());

const cacheDir = () => join(world.home, '.aws', 'sso', 'cache');
const env = () => cliEnv(world.home, world.env.AWS_CONFIG_FILE as string);

async function sageDeckSignIn(profile: string): Promise<void> {
  const { userCode } = await world.ok<SsoAuthorization>('sso.signIn', { profile });
  await control(world.sandbox.endpoint, 'POST', 'sso/approve', { userCode, decision: 'approve' });
  const outcome = await world.nextEvent((event) => event.state !== 'pending');
  expect(outcome.state).toBe('signed-in');
}

/**
 * What the CLI's own cache-writing code (botocore's JSONFileCache with the CLI's SSO dumps) writes
 * for the token SageDeck cached: the system python and the CLI's bundled botocore, no network.
 */
function cliSerialization(file: string): string {
  const script = [
    'import sys, json, os, dateutil.parser',
    "sys.path.insert(0, '/usr/lib/python3/dist-packages/awscli')",
    'from botocore.utils import JSONFileCache',
    'from awscli.customizations.sso.utils import _sso_json_dumps',
    'token = json.load(open(sys.argv[1]))',
    "for key in ('expiresAt', 'registrationExpiresAt'): token[key] = dateutil.parser.parse(token[key])",
    "cache = JSONFileCache(sys.argv[2], dumps_func=_sso_json_dumps)",
    "cache['out'] = token",
    "sys.stdout.write(open(os.path.join(sys.argv[2], 'out.json')).read())",
  ].join('\n');
  return execFileSync('/usr/bin/python3', ['-c', script, file, join(world.home, 'python-out')], { encoding: 'utf8' });
}

describe('the SSO token cache is shared with the AWS CLI v2', () => {
  it('writes the file byte for byte as the CLI would, and the CLI uses it for a call', async () => {
    await sageDeckSignIn('sso-dev');
    const file = join(cacheDir(), `${sha1('corp')}.json`);
    const written = readFileSync(file, 'utf8');
    expect(written).toBe(cliSerialization(file));

    const result = await runCli(['sts', 'get-caller-identity', '--profile', 'sso-dev', '--endpoint-url', world.sandbox.endpoint, '--output', 'json'], env());
    expect(result.stderr).toBe('');
    expect(JSON.parse(result.stdout)).toMatchObject({ Account: '444455556666', Arn: 'arn:aws:sts::444455556666:assumed-role/MLOpsAdmin/sandbox-user' });
  });

  it('legacy profiles: token keyed by the start URL, readable by the CLI', async () => {
    await sageDeckSignIn('sso-legacy');
    const file = join(cacheDir(), `${sha1('https://sandbox-corp.awsapps.com/start')}.json`);
    expect(readFileSync(file, 'utf8')).toBe(cliSerialization(file));
    const result = await runCli(['sts', 'get-caller-identity', '--profile', 'sso-legacy', '--endpoint-url', world.sandbox.endpoint, '--output', 'json'], env());
    expect(JSON.parse(result.stdout)).toMatchObject({ Arn: 'arn:aws:sts::111122223333:assumed-role/ReadOnly/sandbox-user' });
  });

  it('reads the token and client registration the CLI wrote with `aws sso login`', async () => {
    const login = startCliLogin(['--profile', 'sso-dev'], env());
    await control(world.sandbox.endpoint, 'POST', 'sso/approve', { userCode: await login.userCode, decision: 'approve' });
    const done = await login.done;
    expect(done.code, done.stderr).toBe(0);
    const file = join(cacheDir(), `${sha1('corp')}.json`);
    const cliBytes = readFileSync(file, 'utf8');

    // Parsing the CLI's file and writing it again gives the very same bytes.
    const shared = await loadSharedConfig(world.env);
    const profile = shared.profiles.get('sso-dev')!;
    const settings = ssoSettingsOf({ profile, shared, env: world.env });
    expect(serializeToken((await readToken(world.env, settings))!)).toBe(cliBytes);

    // The role credentials come from that token, through the provider the credential resolver uses.
    const provider = ssoCredentialProvider({ profile, shared, env: world.env, runtime: new SsoRuntime() });
    const sts = new STSClient({ region: 'eu-west-1', endpoint: world.sandbox.endpoint, credentials: provider });
    expect((await sts.send(new GetCallerIdentityCommand({}))).Arn).toBe('arn:aws:sts::444455556666:assumed-role/MLOpsAdmin/sandbox-user');
    sts.destroy();

    // SageDeck's next sign-in reuses the CLI's client registration instead of registering again.
    const registrations = world.sandbox.control.counters()['sso-oauth:RegisterClient'];
    const before = readdirSync(cacheDir()).sort();
    await sageDeckSignIn('sso-dev');
    expect(world.sandbox.control.counters()['sso-oauth:RegisterClient']).toBe(registrations);
    expect(readdirSync(cacheDir()).sort()).toEqual(before);
  });
});
