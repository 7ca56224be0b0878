import { chmodSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ProfileSummary } from '../../../shared/domain/profiles';
import type { SessionIdentity } from '../../../shared/domain/session';
import { startCredentialWorld, type CredentialWorld } from '../../support/credentials-harness';

const CONFIG = `
[profile base]
region = us-east-1
endpoint_url = {endpoint}

[profile in-config]
aws_access_key_id = {key}
aws_secret_access_key = {secret}
endpoint_url = {endpoint}

[profile deployer]
role_arn = arn:aws:iam::444455556666:role/Deployer
source_profile = base
endpoint_url = {endpoint}

[profile chain-end]
role_arn = arn:aws:iam::777788889999:role/Auditor
source_profile = deployer
role_session_name = audit-session
endpoint_url = {endpoint}

[profile from-env]
role_arn = arn:aws:iam::444455556666:role/EnvRole
credential_source = Environment
endpoint_url = {endpoint}

[profile proc]
credential_process = {home}/print-creds.sh
endpoint_url = {endpoint}

[profile proc-expiring]
credential_process = {home}/print-expiring.sh
endpoint_url = {endpoint}

[profile wif]
role_arn = arn:aws:iam::555566667777:role/CiRunner
web_identity_token_file = {home}/token.jwt
role_session_name = ci-build
endpoint_url = {endpoint}

[profile via-services]
role_arn = arn:aws:iam::444455556666:role/ServicesRole
source_profile = base
services = local-sandbox

[services local-sandbox]
sts =
  endpoint_url = {endpoint}

[profile corp-sso]
sso_session = corp
sso_account_id = 123456789012
sso_role_name = ReadOnly

[sso-session corp]
sso_start_url = https://corp.awsapps.com/start
sso_region = us-east-1
`;

const CREDENTIALS = `
[base]
aws_access_key_id = {key}
aws_secret_access_key = {secret}
`;

function jwt(claims: Record<string, unknown>): string {
  const part = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');
  return `${part({ alg: 'RS256', typ: 'JWT' })}.${part(claims)}.c2lnbmF0dXJl`;
}

describe('every profile kind resolves to its identity through the core', () => {
  let world: CredentialWorld;

  beforeAll(async () => {
    world = await startCredentialWorld({ config: CONFIG, credentials: CREDENTIALS });
    // Defined after start so the script can print this run's keys.
    const script = join(world.home, 'print-creds.sh');
    writeFileSync(
      script,
      `#!/bin/sh\nprintf '%s' '${JSON.stringify({ Version: 1, AccessKeyId: world.keys.accessKeyId, SecretAccessKey: world.keys.secretAccessKey })}'\n`,
    );
    chmodSync(script, 0o700);
    const expiring = join(world.home, 'print-expiring.sh');
    const expiration = new Date(world.clock.now() + 45 * 60_000).toISOString();
    writeFileSync(
      expiring,
      `#!/bin/sh\nprintf '%s' '${JSON.stringify({ Version: 1, AccessKeyId: world.keys.accessKeyId, SecretAccessKey: world.keys.secretAccessKey, Expiration: expiration })}'\n`,
    );
    chmodSync(expiring, 0o700);
    writeFileSync(join(world.home, 'token.jwt'), jwt({ sub: 'repo:org/app', aud: 'sts.amazonaws.com', iss: 'https://token.actions.example', exp: Math.floor(world.clock.now() / 1000) + 3600 }));
  });
  afterAll(async () => world.close());

  async function identityOf(profile: string): Promise<SessionIdentity> {
    await world.ok('session.select', { profile });
    return world.ok<SessionIdentity>('session.identity');
  }

  it('static keys from the credentials file: the sandbox user, no expiry', async () => {
    const identity = await identityOf('base');
    expect(identity).toMatchObject({ account: '111122223333', arn: 'arn:aws:iam::111122223333:user/sandbox-admin' });
    expect(identity.expiresAt).toBeUndefined();
  });

  it('static keys in the config file', async () => {
    expect(await identityOf('in-config')).toMatchObject({ arn: 'arn:aws:iam::111122223333:user/sandbox-admin' });
  });

  it('assume-role with source_profile: the role account, with the expiry of the session', async () => {
    const identity = await identityOf('deployer');
    expect(identity.account).toBe('444455556666');
    expect(identity.arn).toMatch(/^arn:aws:sts::444455556666:assumed-role\/Deployer\/sagedeck-\d+$/);
    expect(Date.parse(identity.expiresAt!)).toBe(world.clock.now() + 3600_000);
  });

  it('a role chain: a role whose source profile is itself a role', async () => {
    const identity = await identityOf('chain-end');
    expect(identity).toMatchObject({ account: '777788889999', arn: 'arn:aws:sts::777788889999:assumed-role/Auditor/audit-session' });
  });

  it('credential_source = Environment reads the environment SageDeck started in', async () => {
    const envWorld = await startCredentialWorld({ config: CONFIG, credentials: CREDENTIALS });
    try {
      // A second core whose environment holds this sandbox's keys.
      const { createCore } = await import('../../../electron/core');
      const core = await createCore({
        dataDir: join(envWorld.home, 'data2'),
        host: 'cli',
        env: { ...envWorld.env, AWS_ACCESS_KEY_ID: envWorld.keys.accessKeyId, AWS_SECRET_ACCESS_KEY: envWorld.keys.secretAccessKey, AWS_PROFILE: 'from-env' },
        secretStore: envWorld.secrets,
        now: () => envWorld.clock.now(),
      });
      try {
        const envelope = await core.dispatcher.request('session.identity', {});
        expect(envelope).toMatchObject({ ok: true, result: { account: '444455556666', arn: expect.stringContaining(':assumed-role/EnvRole/') } });
      } finally {
        await core.close();
      }
      // Without the variables the error says which ones are missing.
      await envWorld.ok('session.select', { profile: 'from-env' });
      const error = await envWorld.fail('session.identity');
      expect(error).toMatchObject({ code: 'CredentialsUnavailable', message: expect.stringContaining('AWS_ACCESS_KEY_ID') });
    } finally {
      await envWorld.close();
    }
  });

  it('credential_process prints Version 1 JSON that signs the calls', async () => {
    expect(await identityOf('proc')).toMatchObject({ arn: 'arn:aws:iam::111122223333:user/sandbox-admin' });
  });

  it('credential_process with an Expiration: the identity shows when it runs out', async () => {
    const identity = await identityOf('proc-expiring');
    expect(Date.parse(identity.expiresAt!)).toBe(world.clock.now() + 45 * 60_000);
  });

  it('web identity: the token file is traded at the profile endpoint for role credentials', async () => {
    const identity = await identityOf('wif');
    expect(identity).toMatchObject({ account: '555566667777', arn: 'arn:aws:sts::555566667777:assumed-role/CiRunner/ci-build' });
    expect(identity.expiresAt).toBeDefined();
  });

  it('a services section sends the role assumption to its STS endpoint', async () => {
    expect(await identityOf('via-services')).toMatchObject({ account: '444455556666', arn: expect.stringContaining('assumed-role/ServicesRole/') });
  });

  it('an app-managed profile: listed as app-managed, keys from the keychain item', async () => {
    const added = await world.ok<ProfileSummary>('profiles.addManaged', {
      name: 'typed-in',
      region: 'eu-west-1',
      accessKeyId: world.keys.accessKeyId,
      secretAccessKey: world.keys.secretAccessKey,
      endpointUrl: world.sandbox.endpoint,
    });
    expect(added).toMatchObject({ name: 'typed-in', kind: 'app-managed', source: 'app', region: 'eu-west-1' });
    const listed = await world.ok<ProfileSummary[]>('profiles.list');
    expect(listed.find((p) => p.name === 'typed-in')).toMatchObject({ kind: 'app-managed', source: 'app', endpointUrl: world.sandbox.endpoint });
    expect(JSON.parse(world.secrets.items.get('typed-in')!)).toEqual(world.keys);
    const identity = await identityOf('typed-in');
    expect(identity.arn).toBe('arn:aws:iam::111122223333:user/sandbox-admin');
    const session = await world.ok<{ region: string }>('session.current');
    expect(session.region).toBe('eu-west-1');
  });

  it('an SSO profile asks to sign in rather than failing obscurely', async () => {
    await world.ok('session.select', { profile: 'corp-sso' });
    expect(await world.fail('session.identity')).toMatchObject({ code: 'SsoSignInRequired', message: expect.stringContaining('Sign in again') });
  });
});
