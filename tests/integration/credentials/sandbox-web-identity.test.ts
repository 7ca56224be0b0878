import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { execFile } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { AssumeRoleWithWebIdentityCommand, GetCallerIdentityCommand, STSClient } from '@aws-sdk/client-sts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestSandbox, type TestSandbox } from '../sandbox/support';

function jwt(claims: Record<string, unknown>): string {
  const part = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');
  return `${part({ alg: 'RS256' })}.${part(claims)}.c2ln`;
}

describe('sandbox STS AssumeRoleWithWebIdentity (unsigned)', () => {
  let env: TestSandbox;
  beforeAll(async () => {
    env = await startTestSandbox();
  });
  afterAll(async () => env.stop());

  const anonymous = () => new STSClient({ endpoint: env.config.endpoint, region: 'us-east-1', credentials: async () => ({ accessKeyId: '', secretAccessKey: '' }) });

  it('trades a token for role credentials that work and expire on the sandbox clock', async () => {
    const token = jwt({ sub: 'system:serviceaccount:ml:trainer', aud: 'sts.amazonaws.com', iss: 'https://oidc.example', exp: Math.floor(env.clock.now() / 1000) + 600 });
    const answer = await anonymous().send(new AssumeRoleWithWebIdentityCommand({ RoleArn: 'arn:aws:iam::555566667777:role/Trainer', RoleSessionName: 'pod-1', WebIdentityToken: token }));
    expect(answer).toMatchObject({ SubjectFromWebIdentityToken: 'system:serviceaccount:ml:trainer', Audience: 'sts.amazonaws.com', Provider: 'https://oidc.example', AssumedRoleUser: { Arn: 'arn:aws:sts::555566667777:assumed-role/Trainer/pod-1' } });
    const c = answer.Credentials!;
    const signed = new STSClient(env.configWith({ accessKeyId: c.AccessKeyId!, secretAccessKey: c.SecretAccessKey!, sessionToken: c.SessionToken! }));
    expect((await signed.send(new GetCallerIdentityCommand({}))).Account).toBe('555566667777');
    env.clock.advance(3601_000);
    await expect(signed.send(new GetCallerIdentityCommand({}))).rejects.toMatchObject({ name: 'ExpiredToken' });
  });

  it('refuses expired and malformed tokens with STS error codes', async () => {
    const expired = jwt({ sub: 'x', exp: Math.floor(env.clock.now() / 1000) - 1 });
    await expect(anonymous().send(new AssumeRoleWithWebIdentityCommand({ RoleArn: 'arn:aws:iam::555566667777:role/T', RoleSessionName: 'pod', WebIdentityToken: expired }))).rejects.toMatchObject({ name: 'ExpiredTokenException' });
    await expect(anonymous().send(new AssumeRoleWithWebIdentityCommand({ RoleArn: 'arn:aws:iam::555566667777:role/T', RoleSessionName: 'pod', WebIdentityToken: 'not-a-jwt' }))).rejects.toMatchObject({ name: 'InvalidIdentityTokenException' });
  });

  it('other STS operations still need a signature', async () => {
    await expect(anonymous().send(new GetCallerIdentityCommand({}))).rejects.toMatchObject({ name: 'InvalidClientTokenId' });
  });

  it('the AWS CLI calls it unsigned too', async () => {
    const home = mkdtempSync(join(tmpdir(), 'sagedeck-awscli-wif-'));
    try {
      writeFileSync(join(home, 'token'), jwt({ sub: 'cli-user' }));
      const result = await new Promise<{ code: number; stdout: string; stderr: string }>((resolve, reject) => {
        execFile(
          '/usr/bin/aws',
          ['sts', 'assume-role-with-web-identity', '--role-arn', 'arn:aws:iam::555566667777:role/Cli', '--role-session-name', 'from-cli', '--web-identity-token', `file://${join(home, 'token')}`, '--endpoint-url', env.config.endpoint, '--output', 'json'],
          { env: { PATH: '/usr/bin:/bin', HOME: home, AWS_CONFIG_FILE: join(home, 'none'), AWS_SHARED_CREDENTIALS_FILE: join(home, 'none'), AWS_DEFAULT_REGION: 'us-east-1', AWS_EC2_METADATA_DISABLED: 'true', AWS_PAGER: '' }, timeout: 30_000 },
          (error, stdout, stderr) => (error && typeof error.code !== 'number' ? reject(error) : resolve({ code: error ? Number(error.code) : 0, stdout, stderr })),
        );
      });
      expect(result.code, result.stderr).toBe(0);
      expect(JSON.parse(result.stdout)).toMatchObject({ SubjectFromWebIdentityToken: 'cli-user', AssumedRoleUser: { Arn: 'arn:aws:sts::555566667777:assumed-role/Cli/from-cli' } });
    } finally {
      rmSync(home, { recursive: true, force: true });
    }
  });
});
