import { createHash } from 'node:crypto';
import type { ChecksumAlgorithm } from '@aws-sdk/client-s3';

/**
 * The checksums S3 verifies and stores: CRC32, CRC32C, CRC64NVME, SHA1 and SHA256, each sent and
 * returned as base64 of the big-endian digest.
 */
export const SUPPORTED_CHECKSUMS = ['CRC32', 'CRC32C', 'CRC64NVME', 'SHA1', 'SHA256'] as const;
export type SupportedChecksum = (typeof SUPPORTED_CHECKSUMS)[number];

export const isSupportedChecksum = (value: string | undefined): value is SupportedChecksum =>
  (SUPPORTED_CHECKSUMS as readonly string[]).includes(value ?? '');

/** Output/input member that carries each algorithm's value (`ChecksumCRC32` ...). */
export const checksumMember = (algorithm: ChecksumAlgorithm) => `Checksum${algorithm}` as const;

function crc32Table(polynomial: number): Uint32Array {
  const table = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? polynomial ^ (c >>> 1) : c >>> 1;
    table[n] = c >>> 0;
  }
  return table;
}

const CRC32_TABLE = crc32Table(0xedb88320);
const CRC32C_TABLE = crc32Table(0x82f63b78);

function crc32With(table: Uint32Array, data: Uint8Array): Buffer {
  let crc = 0xffffffff;
  for (const byte of data) crc = (table[(crc ^ byte) & 0xff] as number) ^ (crc >>> 8);
  const out = Buffer.alloc(4);
  out.writeUInt32BE((crc ^ 0xffffffff) >>> 0);
  return out;
}

// CRC-64/NVME (reflected polynomial 0x9a6c9329ac4bc9b5), kept as two 32-bit halves for speed.
const CRC64_HI = new Uint32Array(256);
const CRC64_LO = new Uint32Array(256);
{
  const polyHi = 0x9a6c9329;
  const polyLo = 0xac4bc9b5;
  for (let n = 0; n < 256; n++) {
    let hi = 0;
    let lo = n;
    for (let k = 0; k < 8; k++) {
      const lsb = lo & 1;
      lo = ((lo >>> 1) | ((hi & 1) << 31)) >>> 0;
      hi = hi >>> 1;
      if (lsb) {
        hi = (hi ^ polyHi) >>> 0;
        lo = (lo ^ polyLo) >>> 0;
      }
    }
    CRC64_HI[n] = hi;
    CRC64_LO[n] = lo;
  }
}

function crc64nvme(data: Uint8Array): Buffer {
  let hi = 0xffffffff;
  let lo = 0xffffffff;
  for (const byte of data) {
    const index = (lo ^ byte) & 0xff;
    lo = ((lo >>> 8) | ((hi & 0xff) << 24)) >>> 0;
    hi = hi >>> 8;
    hi = (hi ^ (CRC64_HI[index] as number)) >>> 0;
    lo = (lo ^ (CRC64_LO[index] as number)) >>> 0;
  }
  const out = Buffer.alloc(8);
  out.writeUInt32BE((hi ^ 0xffffffff) >>> 0, 0);
  out.writeUInt32BE((lo ^ 0xffffffff) >>> 0, 4);
  return out;
}

export function digest(algorithm: SupportedChecksum, data: Uint8Array): Buffer {
  switch (algorithm) {
    case 'CRC32':
      return crc32With(CRC32_TABLE, data);
    case 'CRC32C':
      return crc32With(CRC32C_TABLE, data);
    case 'CRC64NVME':
      return crc64nvme(data);
    case 'SHA1':
      return createHash('sha1').update(data).digest();
    case 'SHA256':
      return createHash('sha256').update(data).digest();
  }
}

export const checksumBase64 = (algorithm: SupportedChecksum, data: Uint8Array) => digest(algorithm, data).toString('base64');


/**
 * What S3 stores for an object uploaded without any checksum: since December 2024 it adds a
 * full-object CRC64NVME, so every new object can be verified end to end.
 */
export const defaultChecksum = (data: Uint8Array) => ({ algorithm: 'CRC64NVME' as const, value: checksumBase64('CRC64NVME', data), type: 'FULL_OBJECT' as const });
