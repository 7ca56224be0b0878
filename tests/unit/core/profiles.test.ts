import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { listProfiles } from '../../../electron/core/profiles/list-profiles';

function files(config: string, credentials = '') {
  const dir = mkdtempSync(join(tmpdir(), 'sagedeck-profiles-'));
  writeFileSync(join(dir, 'config'), config);
  writeFileSync(join(dir, 'credentials'), credentials);
  return { AWS_CONFIG_FILE: join(dir, 'config'), AWS_SHARED_CREDENTIALS_FILE: join(dir, 'credentials'), HOME: dir };
}

const CONFIG = `
[default]
region = us-east-2

[profile static-dev]
region = eu-west-1

[profile role-prod]
role_arn = arn:aws:iam::123456789012:role/Deployer
source_profile = static-dev
mfa_serial = arn:aws:iam::111122223333:mfa/alice

[profile sso-new]
sso_session = corp
sso_account_id = 123456789012
sso_role_name = ReadOnly

[profile sso-legacy]
sso_start_url = https://legacy.awsapps.com/start
sso_region = us-east-1
sso_account_id = 123456789012
sso_role_name = ReadOnly

[profile proc]
credential_process = /usr/local/bin/get-creds

[profile wif]
role_arn = arn:aws:iam::123456789012:role/Ci
web_identity_token_file = /var/run/token

[profile local]
endpoint_url = http://127.0.0.1:4566

[sso-session corp]
sso_start_url = https://corp.awsapps.com/start
sso_region = eu-west-1
`;

const CREDENTIALS = `
[static-dev]
aws_access_key_id = EXAMPLEKEYID000000001
aws_secret_access_key = example-secret-value-never-shown

[only-in-credentials]
aws_access_key_id = EXAMPLEKEYID000000002
aws_secret_access_key = another-secret-value
`;

describe('profiles.list', () => {
  it('lists the sandbox first, then every profile with its kind and region', async () => {
    const profiles = await listProfiles(files(CONFIG, CREDENTIALS), []);
    const byName = Object.fromEntries(profiles.map((p) => [p.name, p]));
    expect(profiles[0]).toMatchObject({ name: 'sandbox', kind: 'sandbox', source: 'builtin', region: 'us-east-1' });
    expect(profiles.slice(1).map((p) => p.name)).toEqual(['default', 'local', 'only-in-credentials', 'proc', 'role-prod', 'sso-legacy', 'sso-new', 'static-dev', 'wif']);
    expect(byName['static-dev']).toMatchObject({ kind: 'static', region: 'eu-west-1', source: 'config+credentials' });
    expect(byName['only-in-credentials']).toMatchObject({ kind: 'static', source: 'credentials' });
    expect(byName['role-prod']).toMatchObject({ kind: 'assume-role', roleArn: 'arn:aws:iam::123456789012:role/Deployer', sourceProfile: 'static-dev', mfaSerial: 'arn:aws:iam::111122223333:mfa/alice', suggestProduction: true });
    expect(byName['sso-new']).toMatchObject({ kind: 'sso', ssoSession: 'corp', ssoStartUrl: 'https://corp.awsapps.com/start' });
    expect(byName['sso-legacy']).toMatchObject({ kind: 'sso', ssoStartUrl: 'https://legacy.awsapps.com/start' });
    expect(byName.proc).toMatchObject({ kind: 'credential-process' });
    expect(byName.wif).toMatchObject({ kind: 'web-identity' });
    expect(byName.local).toMatchObject({ endpointUrl: 'http://127.0.0.1:4566' });
    expect(byName.default).toMatchObject({ region: 'us-east-2' });
  });

  it('never lets a key or secret into what the renderer receives', async () => {
    const profiles = await listProfiles(files(CONFIG, CREDENTIALS), []);
    const json = JSON.stringify(profiles);
    expect(json).not.toContain('example-secret-value-never-shown');
    expect(json).not.toContain('EXAMPLEKEYID000000001');
    expect(json).not.toContain('another-secret-value');
  });

  it('marks production profiles the user chose and stops suggesting them', async () => {
    const profiles = await listProfiles(files(CONFIG), ['role-prod']);
    expect(profiles.find((p) => p.name === 'role-prod')).toMatchObject({ production: true, suggestProduction: false });
  });

  it('works on a laptop with no ~/.aws at all', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'sagedeck-empty-'));
    const profiles = await listProfiles({ HOME: dir }, []);
    expect(profiles.map((p) => p.name)).toEqual(['sandbox']);
  });

  it('reports a malformed config file by name and line instead of crashing', async () => {
    const env = files('[profile ok]\nregion = eu-west-1\n[profile broken\n');
    await expect(listProfiles(env, [])).rejects.toMatchObject({ code: 'ConfigParseError', message: expect.stringContaining(`${env.AWS_CONFIG_FILE}, line 3`) });
  });
});
