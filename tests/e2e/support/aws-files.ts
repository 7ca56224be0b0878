import type { StandaloneSandbox } from './standalone-sandbox';

/** ~/.aws/config lines for a profile that assumes `roleArn` in the standalone sandbox. */
export function assumeRoleProfile(
  sandbox: StandaloneSandbox,
  options: { name: string; region: string; roleArn: string; mfaSerial?: string },
): string {
  return [
    `[profile ${options.name}]`,
    `region = ${options.region}`,
    `endpoint_url = ${sandbox.endpoint}`,
    `role_arn = ${options.roleArn}`,
    'source_profile = sandbox-keys',
    ...(options.mfaSerial ? [`mfa_serial = ${options.mfaSerial}`] : []),
    '',
  ].join('\n');
}

/** The source profile with the standalone sandbox's long-term keys: config and credentials halves. */
export function sandboxKeysProfile(sandbox: StandaloneSandbox): { config: string; credentials: string } {
  return {
    config: ['[profile sandbox-keys]', 'region = us-east-1', `endpoint_url = ${sandbox.endpoint}`, ''].join('\n'),
    credentials: [
      '[sandbox-keys]',
      `aws_access_key_id = ${sandbox.credentials.accessKeyId}`,
      `aws_secret_access_key = ${sandbox.credentials.secretAccessKey}`,
      '',
    ].join('\n'),
  };
}
