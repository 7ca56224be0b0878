import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { compositeCrc32, crc32, crc32Base64 } from '../../../../electron/core/areas/data/transfers/crc32';
import { crc32c, crc32Table, crc64nvme } from '../../../../electron/core/areas/data/transfers/crc-tables';
import { fullObjectChecksum, runningChecksum } from '../../../../electron/core/areas/data/transfers/full-object-checksum';

const CHECK = Buffer.from('123456789');

describe('transfer checksums', () => {
  it('match the published check values of each CRC', () => {
    expect(crc32(CHECK)).toBe(0xcbf43926);
    expect(crc32Table(CHECK)).toBe(0xcbf43926);
    expect(crc32c(CHECK)).toBe(0xe3069283);
    expect(crc64nvme(CHECK).map((word) => word.toString(16).padStart(8, '0')).join('')).toBe('ae8b14860a799888');
  });

  it('continue across pieces as over the whole, for every algorithm', () => {
    const bytes = Buffer.from(Array.from({ length: 10_000 }, (_, i) => (i * 31 + 7) & 0xff));
    expect(crc32Table(bytes.subarray(4_000), crc32Table(bytes.subarray(0, 4_000)))).toBe(crc32(bytes));
    for (const algorithm of ['CRC32', 'CRC32C', 'CRC64NVME', 'SHA1', 'SHA256'] as const) {
      const whole = runningChecksum(algorithm);
      whole.update(bytes);
      const pieces = runningChecksum(algorithm);
      for (let i = 0; i < bytes.length; i += 999) pieces.update(bytes.subarray(i, i + 999));
      expect(pieces.digest()).toBe(whole.digest());
    }
    const sha = runningChecksum('SHA256');
    sha.update(bytes);
    expect(sha.digest()).toBe(createHash('sha256').update(bytes).digest('base64'));
  });

  it('writes S3 wire forms: base64 big-endian, composite with its part count', () => {
    expect(crc32Base64(0xcbf43926)).toBe(Buffer.from([0xcb, 0xf4, 0x39, 0x26]).toString('base64'));
    const parts = [crc32Base64(crc32(Buffer.from('a'))), crc32Base64(crc32(Buffer.from('b')))];
    const joined = Buffer.concat(parts.map((part) => Buffer.from(part, 'base64')));
    expect(compositeCrc32(parts)).toBe(`${crc32Base64(crc32(joined))}-2`);
  });

  it('takes only a full-object checksum to compare a download with', () => {
    expect(fullObjectChecksum({ ChecksumCRC64NVME: 'AAAAAAAAAAA=', ChecksumType: 'FULL_OBJECT' })).toEqual({ algorithm: 'CRC64NVME', value: 'AAAAAAAAAAA=' });
    expect(fullObjectChecksum({ ChecksumCRC32: 'AAAAAA==-3' })).toBeUndefined();
    expect(fullObjectChecksum({ ChecksumCRC32: 'AAAAAA==', ChecksumType: 'COMPOSITE' })).toBeUndefined();
    expect(fullObjectChecksum({})).toBeUndefined();
  });
});
