import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createStsModule } from '../../../electron/sandbox/services/sts';
import { runAwsCli, startTestSandbox, type AwsCliEnv, type TestSandbox } from './support';

/** The Debian AWS CLI v2 (older botocore, a parser nobody here wrote) against the sandbox's STS. */
let env: TestSandbox;
let cli: AwsCliEnv;
beforeAll(async () => {
  env = await startTestSandbox({ modules: [createStsModule] });
  cli = { endpoint: env.config.endpoint, ...env.config.credentials };
});
afterAll(() => env.stop());

describe('aws sts (CLI v2)', () => {
  it('get-caller-identity', async () => {
    const result = await runAwsCli(['sts', 'get-caller-identity'], cli);
    expect(result.code, result.stderr).toBe(0);
    expect(JSON.parse(result.stdout)).toEqual({
      UserId: 'AIDASDSANDBOXADMIN01',
      Account: '111122223333',
      Arn: 'arn:aws:iam::111122223333:user/sandbox-admin',
    });
  });

  it('assume-role without MFA, then get-caller-identity with the issued session credentials', async () => {
    const assumed = await runAwsCli(
      ['sts', 'assume-role', '--role-arn', 'arn:aws:iam::444455556666:role/Reader', '--role-session-name', 'cli'],
      cli,
    );
    expect(assumed.code, assumed.stderr).toBe(0);
    const out = JSON.parse(assumed.stdout) as {
      Credentials: { AccessKeyId: string; SecretAccessKey: string; SessionToken: string; Expiration: string };
    };
    expect(new Date(out.Credentials.Expiration).getTime()).toBe(env.clock.now() + 3_600_000);
    const who = await runAwsCli(['sts', 'get-caller-identity'], {
      endpoint: cli.endpoint,
      accessKeyId: out.Credentials.AccessKeyId,
      secretAccessKey: out.Credentials.SecretAccessKey,
      sessionToken: out.Credentials.SessionToken,
    });
    expect(who.code, who.stderr).toBe(0);
    expect(JSON.parse(who.stdout)).toMatchObject({
      Account: '444455556666',
      Arn: 'arn:aws:sts::444455556666:assumed-role/Reader/cli',
    });
  });

  it("assume-role with the MFA code, and a wrong code fails with AWS's message", async () => {
    const args = [
      'sts',
      'assume-role',
      '--role-arn',
      'arn:aws:iam::111122223333:role/Admin',
      '--role-session-name',
      'mfa',
      '--serial-number',
      'arn:aws:iam::111122223333:mfa/alice',
    ];
    const good = await runAwsCli([...args, '--token-code', '123456'], cli);
    expect(good.code, good.stderr).toBe(0);
    expect(JSON.parse(good.stdout)).toMatchObject({
      AssumedRoleUser: { Arn: 'arn:aws:sts::111122223333:assumed-role/Admin/mfa' },
    });
    const bad = await runAwsCli([...args, '--token-code', '654321'], cli);
    expect(bad.code).not.toBe(0);
    expect(bad.stderr).toContain('An error occurred (AccessDenied) when calling the AssumeRole operation');
    expect(bad.stderr).toContain(': MultiFactorAuthentication failed with invalid MFA one time pass code.');
  });

  it('a wrong secret is SignatureDoesNotMatch', async () => {
    const result = await runAwsCli(['sts', 'get-caller-identity'], { ...cli, secretAccessKey: 'not-the-secret' });
    expect(result.code).not.toBe(0);
    expect(result.stderr).toContain('(SignatureDoesNotMatch)');
  });
});
