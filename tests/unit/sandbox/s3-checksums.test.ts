import { describe, expect, it } from 'vitest';
import { digest } from '../../../electron/sandbox/services/s3/checksums';

/** The published check values of each CRC ("123456789") and FIPS test vectors ("abc"). */
describe('S3 checksum algorithms', () => {
  const check = Buffer.from('123456789');
  it.each([
    ['CRC32', 'cbf43926'],
    ['CRC32C', 'e3069283'],
    ['CRC64NVME', 'ae8b14860a799888'],
  ] as const)('%s of "123456789" is %s', (algorithm, hex) => {
    expect(digest(algorithm, check).toString('hex')).toBe(hex);
  });

  it.each([
    ['SHA1', 'a9993e364706816aba3e25717850c26c9cd0d89d'],
    ['SHA256', 'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad'],
  ] as const)('%s of "abc" matches FIPS 180', (algorithm, hex) => {
    expect(digest(algorithm, Buffer.from('abc')).toString('hex')).toBe(hex);
  });

  it('gives the empty input the CRC initial-value results', () => {
    expect(digest('CRC32', Buffer.alloc(0)).toString('hex')).toBe('00000000');
    expect(digest('CRC64NVME', Buffer.alloc(0)).toString('hex')).toBe('0000000000000000');
  });
});
