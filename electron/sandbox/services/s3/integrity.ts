import type { ChecksumAlgorithm } from '@aws-sdk/client-s3';
import { badDigest, invalidRequest } from './errors';
import { SUPPORTED_CHECKSUMS, checksumBase64, checksumMember, isSupportedChecksum, type SupportedChecksum } from './checksums';

/** What a write request says about its body's integrity (PutObject, UploadPart). */
export interface IntegrityInput {
  ChecksumAlgorithm?: ChecksumAlgorithm;
  ChecksumCRC32?: string;
  ChecksumCRC32C?: string;
  ChecksumCRC64NVME?: string;
  ChecksumSHA1?: string;
  ChecksumSHA256?: string;
}

export interface VerifiedChecksum {
  algorithm: SupportedChecksum;
  value: string;
}

/**
 * Verifies any x-amz-checksum-* value against the body and returns the checksum to store
 * (Content-MD5 is checked for every request by the protocol layer). A checksum announced as a trailer (`x-amz-trailer`) whose value did not reach us is
 * computed instead of verified.
 */
export function verifyIntegrity(input: IntegrityInput, body: Buffer, headers: Record<string, string>): VerifiedChecksum | undefined {
  const values = input as Record<string, unknown>;
  const sent = SUPPORTED_CHECKSUMS.filter((algorithm) => values[checksumMember(algorithm)] !== undefined);
  if (sent.length > 1) throw invalidRequest('Expecting a single x-amz-checksum- header. Multiple checksum Types are not allowed.');
  const [algorithm] = sent;
  if (algorithm) {
    const value = String(values[checksumMember(algorithm)]);
    const actual = checksumBase64(algorithm, body);
    if (value !== actual) throw badDigest(algorithm);
    return { algorithm, value };
  }
  const trailer = (headers['x-amz-trailer'] ?? '').toLowerCase();
  const announced = trailer.startsWith('x-amz-checksum-') ? trailer.slice('x-amz-checksum-'.length).toUpperCase() : input.ChecksumAlgorithm;
  if (announced !== undefined) {
    if (!isSupportedChecksum(announced)) throw invalidRequest(`The sandbox does not support the ${announced} checksum algorithm.`);
    return { algorithm: announced, value: checksumBase64(announced, body) };
  }
  return undefined;
}
