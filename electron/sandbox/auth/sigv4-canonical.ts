import { createHash, createHmac } from 'node:crypto';

export const EMPTY_SHA256 = 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855';

export function sha256Hex(data: string | Buffer): string {
  return createHash('sha256').update(data).digest('hex');
}

export function hmac(key: Buffer | string, data: string): Buffer {
  return createHmac('sha256', key).update(data).digest();
}

/** RFC 3986 unreserved characters stay, everything else is %XX (what every SigV4 signer does). */
export function strictEncode(text: string): string {
  return encodeURIComponent(text).replace(/[!'()*]/g, (ch) => `%${ch.charCodeAt(0).toString(16).toUpperCase()}`);
}

function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

/** Sorted, re-encoded query pairs from the raw query string (`+` is a literal, as signers send it). */
export function canonicalQuery(rawQuery: string, skipSignature: boolean): string {
  if (rawQuery === '') return '';
  const pairs: [string, string][] = [];
  for (const part of rawQuery.split('&')) {
    if (part === '') continue;
    const eq = part.indexOf('=');
    const key = strictEncode(safeDecode(eq < 0 ? part : part.slice(0, eq)));
    if (skipSignature && key === 'X-Amz-Signature') continue;
    pairs.push([key, strictEncode(safeDecode(eq < 0 ? '' : part.slice(eq + 1)))]);
  }
  pairs.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : a[1] < b[1] ? -1 : a[1] > b[1] ? 1 : 0));
  return pairs.map(([key, value]) => `${key}=${value}`).join('&');
}

/**
 * Canonical URIs a legitimate signer may have used. S3 signs the path as sent; every other service
 * normalises it and encodes it a second time. Trying both costs one extra hash on a mismatch only.
 */
export function canonicalPaths(rawPath: string, service: string): string[] {
  const doubleEncoded = (() => {
    const segments: string[] = [];
    for (const segment of rawPath.split('/')) {
      if (segment === '' || segment === '.') continue;
      if (segment === '..') segments.pop();
      else segments.push(segment);
    }
    const normalised = `${rawPath.startsWith('/') ? '/' : ''}${segments.join('/')}${segments.length > 0 && rawPath.endsWith('/') ? '/' : ''}`;
    return strictEncode(normalised).replace(/%2F/g, '/');
  })();
  const asSent = rawPath === '' ? '/' : rawPath;
  return service === 's3' ? [asSent, doubleEncoded] : [doubleEncoded, asSent];
}

export function canonicalHeaders(headers: Record<string, string>, signedHeaders: string[]): string {
  let out = '';
  for (const name of signedHeaders) {
    const value = headers[name] ?? '';
    out += `${name}:${value.trim().replace(/\s+/g, ' ')}\n`;
  }
  return out;
}

const signingKeys = new Map<string, Buffer>();

/** Derived keys are cached: a key only changes with the day, region or service. */
export function signingKey(secret: string, date: string, region: string, service: string): Buffer {
  const cacheKey = `${secret}\n${date}\n${region}\n${service}`;
  let key = signingKeys.get(cacheKey);
  if (!key) {
    key = hmac(hmac(hmac(hmac(`AWS4${secret}`, date), region), service), 'aws4_request');
    if (signingKeys.size > 256) signingKeys.clear();
    signingKeys.set(cacheKey, key);
  }
  return key;
}
