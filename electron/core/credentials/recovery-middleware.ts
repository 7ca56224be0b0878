import type { MiddlewareStack } from '@smithy/types';
import { ErrorCodes, SageDeckError } from '../../../shared/errors';
import type { ServiceKey } from '../aws/endpoints';
import type { SessionTarget } from '../session/session-target';
import { credentialsExpired, endpointUnreachable, isExpiredCredentials, isUnreachable } from './credential-errors';

function hasStreamingBody(input: unknown): boolean {
  const body = (input as { Body?: unknown } | undefined)?.Body;
  return typeof (body as { pipe?: unknown } | undefined)?.pipe === 'function';
}

function nextStep(target: SessionTarget): string {
  return target.interactive
    ? 'Try again and enter a new MFA code when asked.'
    : 'SageDeck fetched new credentials and they were refused too: renew their source (keys in the credentials file, credential_process, sign-in) and try again.';
}

/**
 * Makes AWS failures of any session call say what to do: an endpoint nobody answers becomes
 * EndpointUnreachable naming it; credentials the service calls expired are dropped and, when no
 * prompt is needed, fetched again for one retry (an expired token is refused before anything ran,
 * so the retry cannot apply a change twice).
 */
export function attachRecovery(stack: MiddlewareStack<object, object>, service: ServiceKey, target: SessionTarget): void {
  const endpoint = target.endpointFor(service) ?? `the AWS ${service} endpoint in ${target.region}`;
  const translate = (error: unknown): unknown => {
    if (error instanceof SageDeckError) return error;
    if (error instanceof Error && error.name === 'AbortError') {
      return new SageDeckError({ code: ErrorCodes.Cancelled, message: 'The request was cancelled: the session was switched or the caller went away.', retryable: true });
    }
    if (isUnreachable(error)) return endpointUnreachable(endpoint, target.profile, error);
    if (isExpiredCredentials(error)) return credentialsExpired(target.profile, nextStep(target));
    return error;
  };
  stack.add(
    (next, _context) => async (args) => {
      try {
        return await next(args);
      } catch (error) {
        if (!isExpiredCredentials(error)) throw translate(error);
        target.invalidateCredentials();
        if (target.interactive || hasStreamingBody(args.input)) throw credentialsExpired(target.profile, target.interactive ? nextStep(target) : 'Try again: SageDeck will use fresh credentials.');
        try {
          return await next(args);
        } catch (retryError) {
          throw translate(retryError);
        }
      }
    },
    { step: 'initialize', name: 'sagedeckCredentialRecovery', override: true },
  );
}
