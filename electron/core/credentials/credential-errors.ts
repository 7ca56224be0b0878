import { SageDeckError } from '../../../shared/errors';

/** Node socket errors that mean "nobody answers at that address". */
const UNREACHABLE = new Set(['ECONNREFUSED', 'ENOTFOUND', 'EAI_AGAIN', 'ETIMEDOUT', 'EHOSTUNREACH', 'ENETUNREACH', 'ECONNRESET']);
const EXPIRED = new Set(['ExpiredToken', 'ExpiredTokenException', 'RequestExpired']);

function errorCode(error: unknown): string | undefined {
  if (!(error instanceof Error)) return undefined;
  const code = (error as NodeJS.ErrnoException).code;
  if (typeof code === 'string') return code;
  const cause = (error as { cause?: unknown }).cause;
  return cause instanceof Error ? errorCode(cause) : undefined;
}

export function isUnreachable(error: unknown): boolean {
  const code = errorCode(error);
  return (code !== undefined && UNREACHABLE.has(code)) || (error instanceof Error && error.name === 'TimeoutError');
}

export function isExpiredCredentials(error: unknown): boolean {
  return error instanceof Error && EXPIRED.has(error.name);
}

export function endpointUnreachable(endpoint: string, profile: string, error: unknown): SageDeckError {
  const code = errorCode(error) ?? 'no answer';
  return new SageDeckError({
    code: 'EndpointUnreachable',
    message: `Cannot reach ${endpoint} (${code}) for profile "${profile}". Check that the endpoint is running and reachable (endpoint_url in your AWS config), or switch to another profile.`,
    retryable: true,
  });
}

export function credentialsExpired(profile: string, nextStep: string): SageDeckError {
  return new SageDeckError({
    code: 'CredentialsExpired',
    message: `The credentials of profile "${profile}" have expired. ${nextStep}`,
    retryable: true,
  });
}

export function credentialsUnavailable(profile: string, what: string): SageDeckError {
  return new SageDeckError({ code: 'CredentialsUnavailable', message: `Profile "${profile}": ${what}`, retryable: false });
}
