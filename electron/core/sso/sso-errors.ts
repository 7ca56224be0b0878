import { SageDeckError } from '../../../shared/errors';

export const SSO_SIGN_IN_REQUIRED = 'SsoSignInRequired';

/** What the renderer turns into a "Sign in again" button: never a stack trace. */
export function signInRequired(profile: string): SageDeckError {
  return new SageDeckError({
    code: SSO_SIGN_IN_REQUIRED,
    message: `Your IAM Identity Center sign-in for ${profile} has expired or is missing. Sign in again.`,
    retryable: false,
  });
}

/** Node socket failures: the configured endpoint does not answer. */
export function isUnreachable(error: unknown): boolean {
  const code = (error as { code?: unknown } | undefined)?.code;
  return typeof code === 'string' && ['ECONNREFUSED', 'ENOTFOUND', 'EHOSTUNREACH', 'ECONNRESET', 'ETIMEDOUT', 'EAI_AGAIN'].includes(code);
}

export function ssoUnreachable(profile: string, where: string): SageDeckError {
  return new SageDeckError({
    code: 'EndpointUnreachable',
    message: `IAM Identity Center for profile "${profile}" does not answer at ${where}. Check your network or the profile's endpoint, then retry.`,
    retryable: true,
  });
}

/** The SDK's modelled error name (AuthorizationPendingException, UnauthorizedException ...). */
export function awsErrorName(error: unknown): string | undefined {
  return error instanceof Error ? error.name : undefined;
}
