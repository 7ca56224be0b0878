import type { KeyMetadata } from '@aws-sdk/client-kms';
import { validation } from './errors';

/** Which KeyUsage each KeySpec allows, and the algorithms DescribeKey lists (KMS developer guide, key spec reference). */
const SPECS: Record<string, { usages: string[]; encryption?: string[]; signing?: string[]; mac?: string[] }> = {
  SYMMETRIC_DEFAULT: { usages: ['ENCRYPT_DECRYPT'], encryption: ['SYMMETRIC_DEFAULT'] },
  RSA_2048: { usages: ['ENCRYPT_DECRYPT', 'SIGN_VERIFY'], encryption: ['RSAES_OAEP_SHA_1', 'RSAES_OAEP_SHA_256'], signing: ['RSASSA_PKCS1_V1_5_SHA_256', 'RSASSA_PKCS1_V1_5_SHA_384', 'RSASSA_PKCS1_V1_5_SHA_512', 'RSASSA_PSS_SHA_256', 'RSASSA_PSS_SHA_384', 'RSASSA_PSS_SHA_512'] },
  RSA_3072: { usages: ['ENCRYPT_DECRYPT', 'SIGN_VERIFY'], encryption: ['RSAES_OAEP_SHA_1', 'RSAES_OAEP_SHA_256'], signing: ['RSASSA_PKCS1_V1_5_SHA_256', 'RSASSA_PKCS1_V1_5_SHA_384', 'RSASSA_PKCS1_V1_5_SHA_512', 'RSASSA_PSS_SHA_256', 'RSASSA_PSS_SHA_384', 'RSASSA_PSS_SHA_512'] },
  RSA_4096: { usages: ['ENCRYPT_DECRYPT', 'SIGN_VERIFY'], encryption: ['RSAES_OAEP_SHA_1', 'RSAES_OAEP_SHA_256'], signing: ['RSASSA_PKCS1_V1_5_SHA_256', 'RSASSA_PKCS1_V1_5_SHA_384', 'RSASSA_PKCS1_V1_5_SHA_512', 'RSASSA_PSS_SHA_256', 'RSASSA_PSS_SHA_384', 'RSASSA_PSS_SHA_512'] },
  ECC_NIST_P256: { usages: ['SIGN_VERIFY', 'KEY_AGREEMENT'], signing: ['ECDSA_SHA_256'] },
  ECC_NIST_P384: { usages: ['SIGN_VERIFY', 'KEY_AGREEMENT'], signing: ['ECDSA_SHA_384'] },
  ECC_NIST_P521: { usages: ['SIGN_VERIFY', 'KEY_AGREEMENT'], signing: ['ECDSA_SHA_512'] },
  ECC_SECG_P256K1: { usages: ['SIGN_VERIFY'], signing: ['ECDSA_SHA_256'] },
  HMAC_224: { usages: ['GENERATE_VERIFY_MAC'], mac: ['HMAC_SHA_224'] },
  HMAC_256: { usages: ['GENERATE_VERIFY_MAC'], mac: ['HMAC_SHA_256'] },
  HMAC_384: { usages: ['GENERATE_VERIFY_MAC'], mac: ['HMAC_SHA_384'] },
  HMAC_512: { usages: ['GENERATE_VERIFY_MAC'], mac: ['HMAC_SHA_512'] },
};

/** The spec and usage CreateKey settles on; ENCRYPT_DECRYPT is only the default for symmetric keys. */
export function settleSpec(keySpec: string | undefined, keyUsage: string | undefined): { keySpec: string; keyUsage: string } {
  const spec = keySpec ?? 'SYMMETRIC_DEFAULT';
  const allowed = SPECS[spec];
  if (!allowed) {
    throw validation(`1 validation error detected: Value '${spec}' at 'keySpec' failed to satisfy constraint: Member must satisfy enum value set: [${Object.keys(SPECS).join(', ')}]`);
  }
  if (keyUsage === undefined) {
    if (spec !== 'SYMMETRIC_DEFAULT') throw validation('You must specify a KeyUsage value for all KMS keys except for symmetric encryption keys.');
    return { keySpec: spec, keyUsage: 'ENCRYPT_DECRYPT' };
  }
  if (!allowed.usages.includes(keyUsage)) throw validation(`KeyUsage ${keyUsage} is not compatible with KeySpec ${spec}.`);
  return { keySpec: spec, keyUsage };
}

/** DescribeKey's algorithm lists for a key of this spec and usage. */
export function algorithms(keySpec: string, keyUsage: string): Pick<KeyMetadata, 'EncryptionAlgorithms' | 'SigningAlgorithms' | 'MacAlgorithms' | 'KeyAgreementAlgorithms'> {
  const spec = SPECS[keySpec];
  if (keyUsage === 'ENCRYPT_DECRYPT') return { EncryptionAlgorithms: spec?.encryption as KeyMetadata['EncryptionAlgorithms'] };
  if (keyUsage === 'SIGN_VERIFY') return { SigningAlgorithms: spec?.signing as KeyMetadata['SigningAlgorithms'] };
  if (keyUsage === 'GENERATE_VERIFY_MAC') return { MacAlgorithms: spec?.mac as KeyMetadata['MacAlgorithms'] };
  return { KeyAgreementAlgorithms: ['ECDH'] };
}

/** Automatic rotation exists for symmetric encryption keys only. */
export function rotatable(keySpec: string): boolean {
  return keySpec === 'SYMMETRIC_DEFAULT';
}
