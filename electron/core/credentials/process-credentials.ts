import { exec } from 'node:child_process';
import type { AwsCredentialIdentity } from '@smithy/types';
import { credentialsUnavailable } from './credential-errors';

const TIMEOUT_MS = 60_000;

function run(command: string, env: NodeJS.ProcessEnv, signal: AbortSignal): Promise<string> {
  return new Promise((resolve, reject) => {
    // Through a shell, as the SDKs run credential_process, so quoting works the same way.
    exec(command, { env, timeout: TIMEOUT_MS, maxBuffer: 1024 * 1024, signal, windowsHide: true }, (error, stdout) => {
      if (error) reject(error);
      else resolve(stdout);
    });
  });
}

/**
 * credential_process: runs the command and reads the JSON it prints (Version 1: AccessKeyId,
 * SecretAccessKey, optional SessionToken and Expiration). Its output holds secrets, so no error
 * message ever quotes it.
 */
export async function processCredentials(profile: string, command: string, env: NodeJS.ProcessEnv, signal: AbortSignal): Promise<AwsCredentialIdentity> {
  let stdout: string;
  try {
    stdout = await run(command, env, signal);
  } catch (error) {
    const code = (error as { code?: unknown }).code;
    throw credentialsUnavailable(profile, `credential_process failed (${typeof code === 'number' ? `exit code ${code}` : String(code ?? 'error')}). Run it in a terminal to see why.`);
  }
  let parsed: Record<string, unknown>;
  try {
    parsed = JSON.parse(stdout) as Record<string, unknown>;
  } catch {
    throw credentialsUnavailable(profile, 'credential_process did not print JSON.');
  }
  if (parsed.Version !== 1) throw credentialsUnavailable(profile, 'credential_process must print "Version": 1.');
  if (typeof parsed.AccessKeyId !== 'string' || typeof parsed.SecretAccessKey !== 'string') {
    throw credentialsUnavailable(profile, 'credential_process output lacks AccessKeyId or SecretAccessKey.');
  }
  const expiration = typeof parsed.Expiration === 'string' ? new Date(parsed.Expiration) : undefined;
  if (expiration && Number.isNaN(expiration.getTime())) throw credentialsUnavailable(profile, 'credential_process printed an Expiration that is not an ISO 8601 time.');
  return {
    accessKeyId: parsed.AccessKeyId,
    secretAccessKey: parsed.SecretAccessKey,
    ...(typeof parsed.SessionToken === 'string' ? { sessionToken: parsed.SessionToken } : {}),
    ...(expiration ? { expiration } : {}),
  };
}
