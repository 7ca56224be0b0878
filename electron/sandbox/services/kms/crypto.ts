import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import type { DecryptResponse, EncryptResponse, GenerateDataKeyResponse } from '@aws-sdk/client-kms';
import { asBlob, asInt, asString, asStringMap } from '../../protocols/values';
import type { OperationHandler } from '../../types';
import { regionOf } from './deps';
import { incorrectKey, invalidCiphertext, invalidKeyUsage, unsupported, validation } from './errors';
import { findKey, requireEnabled } from './key-ref';
import type { KeyRecord, KmsStore, RegionKms } from './model';

/**
 * Ciphertexts are the sandbox's own format, good for round-trips only: a marker, the key id, then
 * AES-256-GCM under the key's material with the encryption context as additional data.
 */
const MARKER = Buffer.from('SDKMS1');

function context(input: Record<string, unknown>): Buffer {
  const map = asStringMap(input.EncryptionContext) ?? {};
  return Buffer.from(JSON.stringify(Object.entries(map).sort(([a], [b]) => (a < b ? -1 : 1))));
}

function symmetricKey(key: KeyRecord): void {
  if (key.keyUsage !== 'ENCRYPT_DECRYPT') throw invalidKeyUsage(`${key.arn} key usage is ${key.keyUsage} which is not valid for this operation.`);
  if (key.keySpec !== 'SYMMETRIC_DEFAULT') throw unsupported(`Asymmetric encryption with ${key.arn} is not emulated by the sandbox.`);
}

function seal(key: KeyRecord, plaintext: Buffer, aad: Buffer): Buffer {
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', Buffer.from(key.material, 'base64'), iv);
  cipher.setAAD(aad);
  const body = Buffer.concat([cipher.update(plaintext), cipher.final()]);
  const id = Buffer.from(key.id);
  return Buffer.concat([MARKER, Buffer.from([id.length]), id, iv, cipher.getAuthTag(), body]);
}

function open(region: RegionKms, blob: Buffer, aad: Buffer, expected: KeyRecord | undefined): { key: KeyRecord; plaintext: Buffer } {
  if (blob.length < MARKER.length + 1 || !blob.subarray(0, MARKER.length).equals(MARKER)) throw invalidCiphertext();
  const idLength = blob[MARKER.length] as number;
  let at = MARKER.length + 1;
  const id = blob.subarray(at, (at += idLength)).toString();
  const iv = blob.subarray(at, (at += 12));
  const tag = blob.subarray(at, (at += 16));
  const key = region.keys[id];
  if (!key) throw invalidCiphertext();
  if (expected && expected.id !== key.id) throw incorrectKey();
  requireEnabled(key);
  try {
    const decipher = createDecipheriv('aes-256-gcm', Buffer.from(key.material, 'base64'), iv);
    decipher.setAAD(aad);
    decipher.setAuthTag(tag);
    return { key, plaintext: Buffer.concat([decipher.update(blob.subarray(at)), decipher.final()]) };
  } catch {
    throw invalidCiphertext();
  }
}

/** NumberOfBytes 1–1024 or KeySpec AES_128 / AES_256, exactly one of them (GenerateDataKey API reference). */
function dataKeyLength(input: Record<string, unknown>): number {
  const spec = asString(input.KeySpec);
  const bytes = input.NumberOfBytes === undefined ? undefined : asInt(input.NumberOfBytes);
  if ((spec === undefined) === (bytes === undefined)) throw validation('Please specify either number of bytes or key spec.');
  if (bytes !== undefined) {
    if (bytes < 1 || bytes > 1024) throw validation(`1 validation error detected: Value '${bytes}' at 'numberOfBytes' failed to satisfy constraint: Member must have value between 1 and 1024`);
    return bytes;
  }
  if (spec === 'AES_256') return 32;
  if (spec === 'AES_128') return 16;
  throw validation(`1 validation error detected: Value '${spec ?? ''}' at 'keySpec' failed to satisfy constraint: Member must satisfy enum value set: [AES_256, AES_128]`);
}

export function cryptoOperations(store: KmsStore): Record<string, OperationHandler> {
  const usable = (region: RegionKms, keyId: unknown) => {
    const key = findKey(region, keyId, { aliases: true });
    requireEnabled(key);
    symmetricKey(key);
    return key;
  };
  const dataKey = (input: Record<string, unknown>, region: RegionKms) => {
    const key = usable(region, input.KeyId);
    const plaintext = randomBytes(dataKeyLength(input));
    return { key, plaintext, blob: seal(key, plaintext, context(input)) };
  };
  return {
    Encrypt(input, ctx): EncryptResponse {
      const region = regionOf(store, ctx);
      const key = usable(region, input.KeyId);
      const plaintext = asBlob(input.Plaintext);
      // Plaintext is 1 to 4096 bytes (API reference).
      if (!plaintext || plaintext.length < 1 || plaintext.length > 4096) throw validation("1 validation error detected: Value at 'plaintext' failed to satisfy constraint: Member must have length between 1 and 4096");
      return { CiphertextBlob: seal(key, plaintext, context(input)), KeyId: key.arn, EncryptionAlgorithm: 'SYMMETRIC_DEFAULT' };
    },
    Decrypt(input, ctx): DecryptResponse {
      const region = regionOf(store, ctx);
      const blob = asBlob(input.CiphertextBlob);
      if (!blob || blob.length === 0) throw validation("1 validation error detected: Value null at 'ciphertextBlob' failed to satisfy constraint: Member must not be null");
      const expected = input.KeyId === undefined ? undefined : findKey(region, input.KeyId, { aliases: true });
      const { key, plaintext } = open(region, blob, context(input), expected);
      return { KeyId: key.arn, Plaintext: plaintext, EncryptionAlgorithm: 'SYMMETRIC_DEFAULT' };
    },
    GenerateDataKey(input, ctx): GenerateDataKeyResponse {
      const { key, plaintext, blob } = dataKey(input, regionOf(store, ctx));
      return { CiphertextBlob: blob, Plaintext: plaintext, KeyId: key.arn };
    },
    GenerateDataKeyWithoutPlaintext(input, ctx) {
      const { key, blob } = dataKey(input, regionOf(store, ctx));
      return { CiphertextBlob: blob, KeyId: key.arn };
    },
  };
}
