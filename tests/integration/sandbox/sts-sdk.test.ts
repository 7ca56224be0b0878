import { AssumeRoleCommand, GetCallerIdentityCommand, GetSessionTokenCommand, STSClient } from '@aws-sdk/client-sts';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createStsModule } from '../../../electron/sandbox/services/sts';
import { startTestSandbox, type TestSandbox } from './support';

let env: TestSandbox;
beforeEach(async () => {
  env = await startTestSandbox({ modules: [createStsModule] });
});
afterEach(() => env.stop());

const sts = (config = env.config) => new STSClient({ ...config, maxAttempts: 1 });
const ROLE = 'arn:aws:iam::444455556666:role/ml/DeployRole';

function credentialsOf(out: {
  Credentials?: { AccessKeyId?: string; SecretAccessKey?: string; SessionToken?: string };
}) {
  return {
    accessKeyId: out.Credentials?.AccessKeyId ?? '',
    secretAccessKey: out.Credentials?.SecretAccessKey ?? '',
    sessionToken: out.Credentials?.SessionToken ?? '',
  };
}

describe('STS through the SDK', () => {
  it('GetCallerIdentity names the sandbox user of account 111122223333', async () => {
    const out = await sts().send(new GetCallerIdentityCommand({}));
    expect(out).toMatchObject({
      Account: '111122223333',
      Arn: 'arn:aws:iam::111122223333:user/sandbox-admin',
      UserId: 'AIDASDSANDBOXADMIN01',
    });
  });

  it("AssumeRole issues credentials that act as the role in the role's own account, expiring on the sandbox clock", async () => {
    const out = await sts().send(
      new AssumeRoleCommand({ RoleArn: ROLE, RoleSessionName: 'alice@example.com', DurationSeconds: 900 }),
    );
    expect(out.AssumedRoleUser?.Arn).toBe('arn:aws:sts::444455556666:assumed-role/DeployRole/alice@example.com');
    expect(out.AssumedRoleUser?.AssumedRoleId).toMatch(/^AROA[A-Z2-7]{17}:alice@example\.com$/);
    expect(out.Credentials?.AccessKeyId).toMatch(/^ASIA[A-Z2-7]{16}$/);
    expect(out.Credentials?.Expiration?.getTime()).toBe(env.clock.now() + 900_000);

    const asRole = sts(env.configWith(credentialsOf(out)));
    const who = await asRole.send(new GetCallerIdentityCommand({}));
    expect(who).toMatchObject({
      Account: '444455556666',
      Arn: out.AssumedRoleUser?.Arn,
      UserId: out.AssumedRoleUser?.AssumedRoleId,
    });

    env.clock.advance(900_000);
    await expect(asRole.send(new GetCallerIdentityCommand({}))).rejects.toMatchObject({
      name: 'ExpiredToken',
      $metadata: { httpStatusCode: 403 },
    });
  });

  it('AssumeRole with the sandbox MFA code passes; any other code is AccessDenied', async () => {
    const mfa = { RoleArn: ROLE, RoleSessionName: 'mfa-session', SerialNumber: 'arn:aws:iam::111122223333:mfa/alice' };
    await expect(sts().send(new AssumeRoleCommand({ ...mfa, TokenCode: '123456' }))).resolves.toMatchObject({
      AssumedRoleUser: { Arn: expect.stringContaining('mfa-session') },
    });
    await expect(sts().send(new AssumeRoleCommand({ ...mfa, TokenCode: '000000' }))).rejects.toMatchObject({
      name: 'AccessDenied',
      message: 'MultiFactorAuthentication failed with invalid MFA one time pass code.',
      $metadata: { httpStatusCode: 403 },
    });
  });

  it("AssumeRole rejects names, durations and ARNs outside AWS's constraints with ValidationError", async () => {
    const bad = await sts()
      .send(new AssumeRoleCommand({ RoleArn: ROLE, RoleSessionName: 'has space', DurationSeconds: 43201 }))
      .catch((e: unknown) => e);
    expect(bad).toMatchObject({ name: 'ValidationError', $metadata: { httpStatusCode: 400 } });
    expect((bad as Error).message).toBe(
      "2 validation errors detected: Value 'has space' at 'roleSessionName' failed to satisfy constraint: Member must satisfy regular expression pattern: [\\w+=,.@-]*; " +
        "Value '43201' at 'durationSeconds' failed to satisfy constraint: Member must have value greater than or equal to 900".replace(
          'greater than or equal to 900',
          'less than or equal to 43200',
        ),
    );
    await expect(
      sts().send(new AssumeRoleCommand({ RoleArn: 'arn:aws:s3:::not-a-role-at-all', RoleSessionName: 'ok' })),
    ).rejects.toMatchObject({ name: 'ValidationError' });
    await expect(
      sts().send(new AssumeRoleCommand({ RoleArn: ROLE, RoleSessionName: 'ok', DurationSeconds: 899 })),
    ).rejects.toMatchObject({ name: 'ValidationError' });
  });

  it('role chaining is limited to one hour, as in AWS', async () => {
    const first = await sts().send(new AssumeRoleCommand({ RoleArn: ROLE, RoleSessionName: 'first' }));
    const chained = sts(env.configWith(credentialsOf(first)));
    await expect(
      chained.send(new AssumeRoleCommand({ RoleArn: ROLE, RoleSessionName: 'second', DurationSeconds: 7200 })),
    ).rejects.toMatchObject({
      name: 'ValidationError',
      message: 'The requested DurationSeconds exceeds the 1 hour session limit for roles assumed by role chaining.',
    });
    await expect(
      chained.send(new AssumeRoleCommand({ RoleArn: ROLE, RoleSessionName: 'second' })),
    ).resolves.toBeDefined();
  });

  it('GetSessionToken keeps the caller identity, honours MFA, and refuses session credentials', async () => {
    const out = await sts().send(
      new GetSessionTokenCommand({
        DurationSeconds: 3600,
        SerialNumber: 'arn:aws:iam::111122223333:mfa/alice',
        TokenCode: '123456',
      }),
    );
    expect(out.Credentials?.Expiration?.getTime()).toBe(env.clock.now() + 3_600_000);
    const session = sts(env.configWith(credentialsOf(out)));
    await expect(session.send(new GetCallerIdentityCommand({}))).resolves.toMatchObject({
      Arn: 'arn:aws:iam::111122223333:user/sandbox-admin',
    });
    await expect(session.send(new GetSessionTokenCommand({}))).rejects.toMatchObject({
      name: 'AccessDenied',
      message: 'Cannot call GetSessionToken with session credentials',
    });
    await expect(
      sts().send(
        new GetSessionTokenCommand({ SerialNumber: 'arn:aws:iam::111122223333:mfa/alice', TokenCode: '999999' }),
      ),
    ).rejects.toMatchObject({
      name: 'AccessDenied',
    });
    await expect(sts().send(new GetSessionTokenCommand({ DurationSeconds: 129601 }))).rejects.toMatchObject({
      name: 'ValidationError',
    });
  });
});
