import type { CredentialRegistry } from './auth/credential-registry';
import { parseSigV4 } from './auth/sigv4-parse';
import type { AuthFailure } from './auth/verify';
import { AwsError, type WireProtocol } from './types';

const KIB = 1024;
const MIB = 1024 * KIB;

/**
 * Request body caps, decided from the headers alone so nothing large is read before the caller is
 * known. Sources:
 * - unauthenticated requests: the only bodies the sandbox serves unsigned are STS
 *   AssumeRoleWithWebIdentity (WebIdentityToken ≤ 20,000 characters, service model) and the SSO
 *   OIDC/portal calls (a few hundred bytes); 64 KiB holds any of them.
 * - S3: a single PUT may carry up to 5 GiB ("Uploading objects", S3 user guide); beyond that
 *   S3 answers EntityTooLarge.
 * - CloudWatch (signing name `monitoring`): "Each PutMetricData request is limited to 1 MB"
 *   (PutMetricData API reference), the largest request the service takes.
 * - SageMaker and SageMaker Runtime (both sign as `sagemaker`): InvokeEndpoint's payload is at most
 *   6 MB (SageMaker endpoint quotas), larger than any SageMaker control-plane request.
 * - every other JSON/query API: 10 MiB, the largest request payload AWS's API front ends accept
 *   (API Gateway quota "Payload size 10 MB"); CloudWatch Logs' PutLogEvents batch (1 MiB) fits.
 */
export const BODY_LIMITS = {
  unauthenticated: 64 * KIB,
  s3: 5 * 1024 * MIB,
  monitoring: 1 * MIB,
  sagemaker: 6 * MIB,
  general: 10 * MIB,
  /** Content-Encoding: gzip bodies may not inflate beyond this (a 400 KiB bomb inflates to 400 MiB). */
  decompressed: 10 * MIB,
  control: 1 * MIB,
} as const;

export interface BodyPolicy {
  maxBytes: number;
  /** The answer when the body is larger than maxBytes. */
  tooLarge(size: number): AwsError;
  /** Why the caller could not be recognised from the headers, if it could not. */
  authFailure?: AuthFailure;
}

/** AWS's error for an oversized body, per family: S3's EntityTooLarge, 413 RequestEntityTooLarge elsewhere. */
function tooLargeFor(service: string | undefined, maxBytes: number): (size: number) => AwsError {
  if (service === 's3') {
    return (size) =>
      new AwsError('EntityTooLarge', 'Your proposed upload exceeds the maximum allowed size', 400, 'Sender', { ProposedSize: String(size), MaxSizeAllowed: String(maxBytes) });
  }
  return (size) => new AwsError('RequestEntityTooLarge', `Request size ${size} exceeded ${maxBytes} bytes`, 413);
}

/** Checks the presence and shape of the signature and that its key is known, before any body is read. */
export function bodyPolicy(registry: CredentialRegistry, headers: Record<string, string>, query: URLSearchParams): BodyPolicy {
  const claim = parseSigV4(headers, query);
  if (claim === undefined || claim === 'malformed') {
    const failure: AuthFailure = claim === undefined ? 'missing' : 'malformed';
    return { maxBytes: BODY_LIMITS.unauthenticated, tooLarge: tooLargeFor(undefined, BODY_LIMITS.unauthenticated), authFailure: failure };
  }
  const found = registry.lookup(claim.accessKeyId, claim.sessionToken);
  if (!found.ok) return { maxBytes: BODY_LIMITS.unauthenticated, tooLarge: tooLargeFor(claim.service, BODY_LIMITS.unauthenticated), authFailure: found.reason };
  const maxBytes =
    claim.service === 's3' ? BODY_LIMITS.s3 : claim.service === 'monitoring' ? BODY_LIMITS.monitoring : claim.service === 'sagemaker' ? BODY_LIMITS.sagemaker : BODY_LIMITS.general;
  return { maxBytes, tooLarge: tooLargeFor(claim.service, maxBytes) };
}

/** The protocol an early refusal is written in, guessed from headers (the body is not read). */
export function protocolFromHeaders(headers: Record<string, string>, signingName: string | undefined): WireProtocol {
  if (signingName === 's3') return 'restXml';
  if (headers['x-amz-target'] !== undefined) return 'awsJson1_1';
  if ((headers['content-type'] ?? '').startsWith('application/x-www-form-urlencoded')) return 'awsQuery';
  return 'restJson1';
}
