import { AwsError } from '../../types';

/**
 * SSO-OIDC answers errors as OAuth 2.0 does: `{"error": "<oauth code>", "error_description": ...}`
 * with the modelled exception name in x-amzn-ErrorType.
 */
function oauthError(code: string, oauth: string, description: string, status = 400): AwsError {
  return new AwsError(code, description, status, 'Sender', { error: oauth, error_description: description });
}

export const oidcErrors = {
  pending: () => oauthError('AuthorizationPendingException', 'authorization_pending', 'Authorization is still pending.'),
  slowDown: () => oauthError('SlowDownException', 'slow_down', 'Client is polling too fast; slow down.'),
  expired: () => oauthError('ExpiredTokenException', 'expired_token', 'The device code has expired.'),
  denied: () => oauthError('AccessDeniedException', 'access_denied', 'The user denied the authorization request.'),
  invalidGrant: (what: string) => oauthError('InvalidGrantException', 'invalid_grant', `Invalid grant provided: ${what}.`),
  invalidClient: () => oauthError('InvalidClientException', 'invalid_client', 'Invalid client credentials provided.', 401),
  unsupportedGrant: (grant: string) =>
    oauthError('UnsupportedGrantTypeException', 'unsupported_grant_type', `Unsupported grant type: ${grant}.`),
  invalidRequest: (what: string) => oauthError('InvalidRequestException', 'invalid_request', what),
  invalidMetadata: (what: string) => oauthError('InvalidClientMetadataException', 'invalid_client_metadata', what),
};

export const portalErrors = {
  unauthorized: () => new AwsError('UnauthorizedException', 'Session token not found or invalid', 401),
  notFound: (what: string) => new AwsError('ResourceNotFoundException', what, 404),
  invalidRequest: (what: string) => new AwsError('InvalidRequestException', what, 400),
};
