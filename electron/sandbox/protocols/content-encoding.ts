import { gunzipSync } from 'node:zlib';
import { BODY_LIMITS } from '../body-limits';
import { AwsError } from '../types';

/**
 * SDK v3 gzips large request bodies of operations modelled with request compression (CloudWatch
 * PutMetricData above 10 KiB) and says so in Content-Encoding; the signature covers the
 * compressed bytes, so this runs after verification, before the body is parsed.
 */
export function decodedBody(exchange: { headers: Record<string, string>; body: Buffer }): Buffer {
  const encodings = (exchange.headers['content-encoding'] ?? '')
    .split(',')
    .map((item) => item.trim().toLowerCase())
    .filter((item) => item !== '' && item !== 'identity');
  if (encodings.length === 0) return exchange.body;
  if (encodings.some((item) => item !== 'gzip'))
    throw new AwsError('UnsupportedMediaType', `Content-Encoding ${exchange.headers['content-encoding']} is not supported.`, 415);
  let body = exchange.body;
  try {
    // Inflating stops at the cap, so a small signed bomb cannot grow the process by hundreds of MiB.
    for (let i = 0; i < encodings.length; i += 1) body = gunzipSync(body, { maxOutputLength: BODY_LIMITS.decompressed });
  } catch (error) {
    if (error instanceof RangeError || (error as { code?: string }).code === 'ERR_BUFFER_TOO_LARGE')
      throw new AwsError('RequestEntityTooLarge', `Decompressed request size exceeded ${BODY_LIMITS.decompressed} bytes`, 413);
    throw new AwsError('SerializationException', 'The request body could not be decompressed.');
  }
  return body;
}
