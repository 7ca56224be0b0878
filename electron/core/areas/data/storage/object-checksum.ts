import type { HeadObjectOutput } from '@aws-sdk/client-s3';
import type { ObjectDetail } from '../../../../../shared/domain/data';

type Checksum = NonNullable<ObjectDetail['checksum']>;

const MEMBERS = [
  ['CRC64NVME', 'ChecksumCRC64NVME'],
  ['CRC32', 'ChecksumCRC32'],
  ['CRC32C', 'ChecksumCRC32C'],
  ['SHA256', 'ChecksumSHA256'],
  ['SHA1', 'ChecksumSHA1'],
] as const;

/** The checksum S3 stored with a version (HeadObject with ChecksumMode ENABLED), if it has one. */
export function checksumOf(head: HeadObjectOutput): Checksum | undefined {
  for (const [algorithm, member] of MEMBERS) {
    const value = head[member];
    if (!value) continue;
    // A multipart upload's composite checksum ends with `-<parts>`; AWS may leave the type out.
    const type = head.ChecksumType ?? (/-\d+$/.test(value) ? 'COMPOSITE' : 'FULL_OBJECT');
    return { algorithm, value, type };
  }
  return undefined;
}
