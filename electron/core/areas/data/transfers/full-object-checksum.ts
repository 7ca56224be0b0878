import { createHash } from 'node:crypto';
import { crc32, crc32Base64 } from './crc32';
import { crc32c, crc64nvme } from './crc-tables';

export type ChecksumAlgorithm = 'CRC32' | 'CRC32C' | 'CRC64NVME' | 'SHA1' | 'SHA256';

/** A checksum computed as the bytes stream by, compared at the end with the one S3 stored. */
export interface RunningChecksum {
  update(bytes: Uint8Array): void;
  /** S3's wire form (base64 of the big-endian value or digest). */
  digest(): string;
}

function base64OfWords(...words: number[]): string {
  const bytes = Buffer.alloc(words.length * 4);
  words.forEach((word, i) => bytes.writeUInt32BE(word >>> 0, i * 4));
  return bytes.toString('base64');
}

export function runningChecksum(algorithm: ChecksumAlgorithm): RunningChecksum {
  switch (algorithm) {
    case 'CRC32': {
      let value = 0;
      return { update: (bytes) => void (value = crc32(bytes, value)), digest: () => crc32Base64(value) };
    }
    case 'CRC32C': {
      let value = 0;
      return { update: (bytes) => void (value = crc32c(bytes, value)), digest: () => base64OfWords(value) };
    }
    case 'CRC64NVME': {
      let value: [number, number] = [0, 0];
      return { update: (bytes) => void (value = crc64nvme(bytes, value)), digest: () => base64OfWords(...value) };
    }
    case 'SHA1':
    case 'SHA256': {
      const hash = createHash(algorithm === 'SHA1' ? 'sha1' : 'sha256');
      return { update: (bytes) => void hash.update(bytes), digest: () => hash.digest('base64') };
    }
  }
}

type ChecksumFields = Partial<Record<`Checksum${ChecksumAlgorithm}`, string>> & { ChecksumType?: string };

/**
 * The full-object checksum S3 returned with an object (GetObject/HeadObject with checksum mode on),
 * if any. A composite one (`…-N`, a checksum of the parts' checksums) cannot be recomputed from the
 * bytes without the part boundaries, so it counts as none.
 */
export function fullObjectChecksum(fields: ChecksumFields): { algorithm: ChecksumAlgorithm; value: string } | undefined {
  if (fields.ChecksumType === 'COMPOSITE') return undefined;
  for (const algorithm of ['CRC64NVME', 'CRC32', 'CRC32C', 'SHA256', 'SHA1'] as const) {
    const value = fields[`Checksum${algorithm}`];
    if (value && !/-\d+$/.test(value)) return { algorithm, value };
  }
  return undefined;
}
