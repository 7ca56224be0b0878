import { Sha256 } from '@aws-crypto/sha256-js';
import { SignatureV4 } from '@smithy/signature-v4';
import type { AwsCredentialIdentityProvider } from '@smithy/types';

export interface PlainRequest {
  url: string;
  method: string;
  headers: Record<string, string>;
  body: string;
}

/**
 * SigV4 for an invoke URL (signing name `execute-api`), with the session's credentials. The
 * signature covers the host, the path and query as sent, and the body's hash.
 */
export async function signForExecuteApi(request: PlainRequest, region: string, credentials: AwsCredentialIdentityProvider): Promise<Record<string, string>> {
  const url = new URL(request.url);
  const query: Record<string, string | string[]> = {};
  for (const [key, value] of url.searchParams) {
    const seen = query[key];
    query[key] = seen === undefined ? value : [...(Array.isArray(seen) ? seen : [seen]), value];
  }
  const signer = new SignatureV4({ service: 'execute-api', region, credentials, sha256: Sha256 });
  const signed = await signer.sign({
    method: request.method,
    protocol: url.protocol,
    hostname: url.hostname,
    ...(url.port ? { port: Number(url.port) } : {}),
    path: url.pathname,
    query,
    headers: { ...request.headers, host: url.host },
    ...(request.body === '' ? {} : { body: request.body }),
  });
  return signed.headers;
}
