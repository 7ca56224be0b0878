import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { listProfiles } from '../../../electron/core/profiles/list-profiles';

const CONFIG = `# a comment line
; another comment
[default]
region = us-east-2

[profile dev]
region = eu-west-1
output = json

[profile   spaced-name  ]
region = us-west-1

[profile role-prod]
role_arn = arn:aws:iam::123456789012:role/Deployer
source_profile = dev
mfa_serial = arn:aws:iam::111122223333:mfa/alice

[profile sso-new]
sso_session = corp
sso_account_id = 123456789012
sso_role_name = ReadOnly

[sso-session corp]
sso_start_url = https://corp.awsapps.com/start
sso_region = eu-west-1

[profile proc]
credential_process = /usr/local/bin/get-creds --profile "x y"

[profile wif]
role_arn = arn:aws:iam::123456789012:role/Ci
web_identity_token_file = /var/run/token

[profile local]
services = local-services
s3 =
  addressing_style = path

[services local-services]
sts =
  endpoint_url = http://127.0.0.1:4566

[plugins]
cli_legacy_plugin_path = /nowhere

[not-a-profile]
region = ap-south-1
`;

const CREDENTIALS = `[dev]
aws_access_key_id = EXAMPLEKEYID000000001
aws_secret_access_key = example-secret-value-never-shown

[credentials-only]
aws_access_key_id = EXAMPLEKEYID000000002
aws_secret_access_key = another-secret-value

[default]
aws_access_key_id = EXAMPLEKEYID000000003
aws_secret_access_key = default-secret-value
`;

function awsCli(args: string[], env: NodeJS.ProcessEnv): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    execFile('/usr/bin/aws', args, { env, timeout: 30_000 }, (error, stdout, stderr) => {
      if (error && typeof error.code !== 'number') reject(error);
      else resolve({ code: error ? Number(error.code) : 0, stdout, stderr });
    });
  });
}

describe('profile names agree with the AWS CLI reading the same files', () => {
  let dir: string;
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  function files(config: string, credentials: string): NodeJS.ProcessEnv {
    dir = mkdtempSync(join(tmpdir(), 'sagedeck-conformance-'));
    writeFileSync(join(dir, 'config'), config);
    writeFileSync(join(dir, 'credentials'), credentials);
    return {
      PATH: '/usr/bin:/bin',
      HOME: dir,
      AWS_CONFIG_FILE: join(dir, 'config'),
      AWS_SHARED_CREDENTIALS_FILE: join(dir, 'credentials'),
      AWS_EC2_METADATA_DISABLED: 'true',
      AWS_PAGER: '',
    };
  }

  it('lists exactly the profiles aws configure list-profiles lists (plus the built-in sandbox)', async () => {
    const env = files(CONFIG, CREDENTIALS);
    const cli = await awsCli(['configure', 'list-profiles'], env);
    expect(cli.code, cli.stderr).toBe(0);
    const theirs = cli.stdout.split('\n').map((line) => line.trim()).filter(Boolean).sort();
    const ours = (await listProfiles(env, [])).filter((p) => p.kind !== 'sandbox').map((p) => p.name).sort();
    expect(ours).toEqual(theirs);
    expect(ours).toEqual(expect.arrayContaining(['default', 'dev', 'spaced-name', 'credentials-only', 'sso-new', 'local']));
  });

  it('a malformed file is rejected by both, and SageDeck names the file and line', async () => {
    const env = files('[profile ok]\nregion = us-east-1\n[profile broken\nregion = eu-west-1\n', '');
    const cli = await awsCli(['configure', 'list-profiles'], env);
    expect(cli.code).not.toBe(0);
    await expect(listProfiles(env, [])).rejects.toMatchObject({ code: 'ConfigParseError', message: expect.stringContaining(`${env.AWS_CONFIG_FILE}, line 3`) });
  });
});
