import type { Caller } from '../types';
import { decodeAwsChunked } from './aws-chunked';
import type { CredentialRegistry } from './credential-registry';
import { canonicalHeaders, canonicalPaths, canonicalQuery, hmac, sha256Hex, signingKey } from './sigv4-canonical';
import { amzDateToEpochMs, parseSigV4, type SigV4Claim } from './sigv4-parse';

export type AuthFailure =
  | 'missing'
  | 'malformed'
  | 'unknownKey'
  | 'badToken'
  | 'expired'
  | 'badSignature'
  | 'presignExpired'
  | 'contentMismatch';

export interface SignedExchange {
  method: string;
  rawPath: string;
  rawQuery: string;
  query: URLSearchParams;
  headers: Record<string, string>;
  body: Buffer;
}

export type Verification =
  | { ok: true; caller: Caller; region: string; claim: SigV4Claim; body: Buffer; headers: Record<string, string> }
  | { ok: false; failure: AuthFailure };

const HEX_64 = /^[0-9a-f]{64}$/;
const MAX_PRESIGN_SECONDS = 7 * 24 * 3600;

function payloadHashFor(claim: SigV4Claim, exchange: SignedExchange): string | 'contentMismatch' {
  const declared =
    claim.form === 'query'
      ? (exchange.query.get('X-Amz-Content-Sha256') ?? exchange.headers['x-amz-content-sha256'])
      : exchange.headers['x-amz-content-sha256'];
  if (declared === undefined)
    return claim.form === 'query' && claim.service === 's3' ? 'UNSIGNED-PAYLOAD' : sha256Hex(exchange.body);
  if (HEX_64.test(declared) && sha256Hex(exchange.body) !== declared) return 'contentMismatch';
  return declared;
}

/**
 * Recomputes the SigV4 signature with the secret the registry holds for the claimed key and, for
 * aws-chunked uploads, every chunk signature; then hands back the decoded body.
 */
export function verifySigV4(registry: CredentialRegistry, exchange: SignedExchange): Verification {
  const claim = parseSigV4(exchange.headers, exchange.query);
  if (claim === undefined) return { ok: false, failure: 'missing' };
  if (claim === 'malformed') return { ok: false, failure: 'malformed' };

  const found = registry.lookup(claim.accessKeyId, claim.sessionToken);
  if (!found.ok) return { ok: false, failure: found.reason };

  if (claim.form === 'query') {
    const expires = claim.expiresSeconds ?? 0;
    if (expires < 1 || expires > MAX_PRESIGN_SECONDS) return { ok: false, failure: 'malformed' };
    // Presigned URLs are signed with the client's wall clock, so judge them by the wall clock too.
    if (Date.now() > amzDateToEpochMs(claim.amzDate) + expires * 1000) return { ok: false, failure: 'presignExpired' };
  }

  const payloadHash = payloadHashFor(claim, exchange);
  if (payloadHash === 'contentMismatch') return { ok: false, failure: 'contentMismatch' };

  const key = signingKey(found.record.secretAccessKey, claim.date, claim.region, claim.service);
  const query = canonicalQuery(exchange.rawQuery, claim.form === 'query');
  const headerBlock = canonicalHeaders(exchange.headers, claim.signedHeaders);
  const signedHeaderList = claim.signedHeaders.join(';');
  let matched = false;
  for (const path of canonicalPaths(exchange.rawPath, claim.service)) {
    const canonicalRequest = `${exchange.method}\n${path}\n${query}\n${headerBlock}\n${signedHeaderList}\n${payloadHash}`;
    const stringToSign = `AWS4-HMAC-SHA256\n${claim.amzDate}\n${claim.scope}\n${sha256Hex(canonicalRequest)}`;
    if (hmac(key, stringToSign).toString('hex') === claim.signature) {
      matched = true;
      break;
    }
  }
  if (!matched) return { ok: false, failure: 'badSignature' };

  let body = exchange.body;
  let headers = exchange.headers;
  if (payloadHash.startsWith('STREAMING-')) {
    const signed = payloadHash.startsWith('STREAMING-AWS4-HMAC-SHA256-PAYLOAD');
    const decoded = decodeAwsChunked(
      exchange.body,
      signed ? { key, amzDate: claim.amzDate, scope: claim.scope, seedSignature: claim.signature } : undefined,
    );
    if (!decoded.ok) return { ok: false, failure: decoded.reason };
    body = decoded.body;
    headers = { ...exchange.headers, ...decoded.trailers };
    const encoding = (headers['content-encoding'] ?? '')
      .split(',')
      .map((item) => item.trim())
      .filter((item) => item && item !== 'aws-chunked');
    if (encoding.length > 0) headers['content-encoding'] = encoding.join(', ');
    else delete headers['content-encoding'];
    headers['content-length'] = String(body.length);
  }
  return { ok: true, caller: found.record.caller, region: claim.region, claim, body, headers };
}
