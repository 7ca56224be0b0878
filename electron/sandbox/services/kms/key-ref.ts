import { asString } from '../../protocols/values';
import { disabled, notFound, pendingDeletion, validation } from './errors';
import { aliasArn, keyArn, type KeyRecord, type RegionKms } from './model';

const KEY_ID = /^(mrk-)?[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$/;
const KEY_ARN = /^arn:aws[a-z-]*:kms:([a-z0-9-]+):(\d{12}):key\/(.+)$/;
const ALIAS_ARN = /^arn:aws[a-z-]*:kms:([a-z0-9-]+):(\d{12}):(alias\/.+)$/;

/** Keys whose waiting period ended are gone, with their aliases (KMS deletes them on that date). */
export function purgeDeleted(region: RegionKms, now: number): void {
  for (const key of Object.values(region.keys)) {
    if (key.state !== 'PendingDeletion' || key.deletionMs === undefined || key.deletionMs > now) continue;
    delete region.keys[key.id];
    for (const alias of Object.values(region.aliases)) if (alias.keyId === key.id) delete region.aliases[alias.name];
  }
}

function byKeyId(region: RegionKms, id: string, shown: string): KeyRecord {
  const key = region.keys[id];
  if (!key) throw notFound(`Key '${shown}' does not exist`);
  return key;
}

function byAlias(region: RegionKms, name: string): KeyRecord {
  const alias = region.aliases[name];
  const key = alias ? region.keys[alias.keyId] : undefined;
  if (!key) throw notFound(`Alias ${aliasArn(region.where, name)} is not found.`);
  return key;
}

/**
 * The key a `KeyId` names: a key id or key ARN, and, where the operation takes them (DescribeKey
 * and the cryptographic operations), an alias name or alias ARN, as the API reference lists them.
 */
export function findKey(region: RegionKms, value: unknown, options: { aliases: boolean }): KeyRecord {
  const ref = asString(value);
  if (ref === undefined || ref === '') throw validation("1 validation error detected: Value null at 'keyId' failed to satisfy constraint: Member must not be null");
  if (ref.length > 2048) throw validation(`1 validation error detected: Value '${ref}' at 'keyId' failed to satisfy constraint: Member must have length less than or equal to 2048`);
  const { where } = region;
  const keyMatch = KEY_ARN.exec(ref);
  if (keyMatch) {
    if (keyMatch[1] !== where.region || keyMatch[2] !== where.accountId) throw notFound(`Key '${ref}' does not exist`);
    return byKeyId(region, keyMatch[3] as string, ref);
  }
  if (KEY_ID.test(ref)) return byKeyId(region, ref.toLowerCase(), keyArn(where, ref));
  if (options.aliases) {
    const aliasMatch = ALIAS_ARN.exec(ref);
    if (aliasMatch) {
      if (aliasMatch[1] !== where.region || aliasMatch[2] !== where.accountId) throw notFound(`Alias ${ref} is not found.`);
      return byAlias(region, aliasMatch[3] as string);
    }
    if (ref.startsWith('alias/')) return byAlias(region, ref);
  }
  throw notFound(`Invalid keyId '${ref}'`);
}

/** Cryptographic operations want an Enabled key (key state table of the developer guide). */
export function requireEnabled(key: KeyRecord): void {
  if (key.state === 'Disabled') throw disabled(key.arn);
  if (key.state === 'PendingDeletion') throw pendingDeletion(key.arn);
}

/** Management operations refused while the key waits for deletion. */
export function refusePendingDeletion(key: KeyRecord): void {
  if (key.state === 'PendingDeletion') throw pendingDeletion(key.arn);
}
