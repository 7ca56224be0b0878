import { EMPTY_SHA256, hmac, sha256Hex } from './sigv4-canonical';

export interface ChunkSigning {
  key: Buffer;
  amzDate: string;
  scope: string;
  /** The request's own signature seeds the chain of chunk signatures. */
  seedSignature: string;
}

export type ChunkedDecode =
  { ok: true; body: Buffer; trailers: Record<string, string> } | { ok: false; reason: 'malformed' | 'badSignature' };

const CRLF = Buffer.from('\r\n');

/**
 * Decodes `Content-Encoding: aws-chunked` bodies as the SDKs and the CLI send large uploads:
 * `hex-size[;chunk-signature=sig]\r\n<data>\r\n` … `0…\r\n` then optional trailer headers
 * (`x-amz-checksum-crc32:…`) and a blank line. Signed chunks are checked along the chain.
 */
export function decodeAwsChunked(raw: Buffer, signing?: ChunkSigning): ChunkedDecode {
  const parts: Buffer[] = [];
  let previous = signing?.seedSignature ?? '';
  let pos = 0;
  for (;;) {
    const lineEnd = raw.indexOf(CRLF, pos);
    if (lineEnd < 0) return { ok: false, reason: 'malformed' };
    const line = raw.toString('latin1', pos, lineEnd);
    pos = lineEnd + 2;
    const [sizeText = '', ...extensions] = line.split(';');
    const size = Number.parseInt(sizeText.trim(), 16);
    if (!Number.isFinite(size) || size < 0 || pos + size > raw.length) return { ok: false, reason: 'malformed' };
    const data = raw.subarray(pos, pos + size);
    if (signing) {
      const claimed = extensions.find((ext) => ext.startsWith('chunk-signature='))?.slice('chunk-signature='.length);
      const stringToSign = `AWS4-HMAC-SHA256-PAYLOAD\n${signing.amzDate}\n${signing.scope}\n${previous}\n${EMPTY_SHA256}\n${sha256Hex(data)}`;
      const expected = hmac(signing.key, stringToSign).toString('hex');
      if (claimed !== expected) return { ok: false, reason: 'badSignature' };
      previous = expected;
    }
    if (size === 0) break;
    parts.push(data);
    pos += size;
    if (raw.toString('latin1', pos, pos + 2) !== '\r\n') return { ok: false, reason: 'malformed' };
    pos += 2;
  }
  const trailers: Record<string, string> = {};
  while (pos < raw.length) {
    const lineEnd = raw.indexOf(CRLF, pos);
    const line = raw.toString('latin1', pos, lineEnd < 0 ? raw.length : lineEnd);
    pos = lineEnd < 0 ? raw.length : lineEnd + 2;
    if (line === '') break;
    const colon = line.indexOf(':');
    if (colon > 0) trailers[line.slice(0, colon).trim().toLowerCase()] = line.slice(colon + 1).trim();
  }
  return { ok: true, body: Buffer.concat(parts), trailers };
}
