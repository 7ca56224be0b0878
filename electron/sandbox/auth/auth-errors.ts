import { AwsError, type WireProtocol } from '../types';
import type { AuthFailure } from './verify';

const INVALID_TOKEN = 'The security token included in the request is invalid.';
const EXPIRED_TOKEN = 'The security token included in the request is expired';
const BAD_SIGNATURE =
  'The request signature we calculated does not match the signature you provided. Check your AWS Secret Access Key and signing method. Consult the service documentation for details.';

/** AWS words the same authentication failure differently per protocol family; these are its words. */
export function authError(failure: AuthFailure, protocol: WireProtocol): AwsError {
  if (protocol === 'restXml') return s3AuthError(failure);
  const json = protocol !== 'awsQuery';
  const jsonStatus = protocol === 'restJson1' ? 403 : 400;
  switch (failure) {
    case 'missing':
      return json
        ? new AwsError('MissingAuthenticationTokenException', 'Missing Authentication Token', jsonStatus)
        : new AwsError('MissingAuthenticationToken', 'Request is missing Authentication Token', 403);
    case 'malformed':
      return json
        ? new AwsError(
            'IncompleteSignatureException',
            "Authorization header requires 'Credential', 'Signature' and 'SignedHeaders' parameters, and X-Amz-Date.",
            jsonStatus,
          )
        : new AwsError(
            'IncompleteSignature',
            "Authorization header requires 'Credential', 'Signature' and 'SignedHeaders' parameters, and X-Amz-Date.",
            400,
          );
    case 'unknownKey':
    case 'badToken':
      return json
        ? new AwsError('UnrecognizedClientException', INVALID_TOKEN, jsonStatus)
        : new AwsError('InvalidClientTokenId', INVALID_TOKEN, 403);
    case 'expired':
      return json
        ? new AwsError('ExpiredTokenException', EXPIRED_TOKEN, jsonStatus)
        : new AwsError('ExpiredToken', EXPIRED_TOKEN, 403);
    case 'presignExpired':
      return json
        ? new AwsError('InvalidSignatureException', 'Signature expired.', jsonStatus)
        : new AwsError('SignatureDoesNotMatch', 'Signature expired.', 403);
    case 'badSignature':
    case 'contentMismatch':
      return json
        ? new AwsError('InvalidSignatureException', BAD_SIGNATURE, jsonStatus)
        : new AwsError('SignatureDoesNotMatch', BAD_SIGNATURE, 403);
  }
}

function s3AuthError(failure: AuthFailure): AwsError {
  switch (failure) {
    case 'missing':
      return new AwsError('AccessDenied', 'Access Denied', 403);
    case 'malformed':
      return new AwsError('AuthorizationHeaderMalformed', 'The authorization header is malformed.', 400);
    case 'unknownKey':
      return new AwsError(
        'InvalidAccessKeyId',
        'The AWS Access Key Id you provided does not exist in our records.',
        403,
      );
    case 'badToken':
      return new AwsError('InvalidToken', 'The provided token is malformed or otherwise invalid.', 400);
    case 'expired':
      return new AwsError('ExpiredToken', 'The provided token has expired.', 400);
    case 'presignExpired':
      return new AwsError('AccessDenied', 'Request has expired', 403);
    case 'contentMismatch':
      return new AwsError(
        'XAmzContentSHA256Mismatch',
        "The provided 'x-amz-content-sha256' header does not match what was computed.",
        400,
      );
    case 'badSignature':
      return new AwsError(
        'SignatureDoesNotMatch',
        'The request signature we calculated does not match the signature you provided. Check your key and signing method.',
        403,
      );
  }
}
