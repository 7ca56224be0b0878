import type { AliasListEntry, ListAliasesResponse } from '@aws-sdk/client-kms';
import { asString } from '../../protocols/values';
import type { OperationHandler } from '../../types';
import { offsetPage } from '../tagging/offset-pages';
import { regionOf } from './deps';
import { alreadyExists, invalidMarker, notFound, validation } from './errors';
import { intInRange } from './key-operations';
import { findKey, refusePendingDeletion } from './key-ref';
import { aliasArn, type KeyRecord, type KmsStore, type RegionKms } from './model';

/** `alias/` then letters, digits, `/_-:`, 256 characters at most; `alias/aws/` belongs to AWS managed keys (API reference). */
const ALIAS_NAME = /^alias\/[a-zA-Z0-9/_:-]+$/;

function aliasName(value: unknown, reservedRefused: boolean): string {
  const name = asString(value);
  if (name === undefined) throw validation("1 validation error detected: Value null at 'aliasName' failed to satisfy constraint: Member must not be null");
  if (name.length > 256 || !ALIAS_NAME.test(name)) {
    throw validation(`1 validation error detected: Value '${name}' at 'aliasName' failed to satisfy constraint: Member must satisfy regular expression pattern: ^alias/[a-zA-Z0-9/_-]+$`);
  }
  if (reservedRefused && name.startsWith('alias/aws/')) throw validation(`${name}: alias names beginning with alias/aws/ are reserved for AWS managed keys.`);
  return name;
}

export function addAlias(region: RegionKms, name: string, key: KeyRecord, now: number): void {
  region.aliases[name] = { name, arn: aliasArn(region.where, name), keyId: key.id, createdMs: now, updatedMs: now };
}

export function aliasOperations(store: KmsStore): Record<string, OperationHandler> {
  return {
    CreateAlias(input, ctx) {
      const region = regionOf(store, ctx);
      const name = aliasName(input.AliasName, true);
      const key = findKey(region, input.TargetKeyId, { aliases: false });
      refusePendingDeletion(key);
      if (region.aliases[name]) throw alreadyExists(`An alias with the name ${aliasArn(region.where, name)} already exists`);
      addAlias(region, name, key, ctx.clock.now());
      return {};
    },
    UpdateAlias(input, ctx) {
      const region = regionOf(store, ctx);
      const name = aliasName(input.AliasName, true);
      const alias = region.aliases[name];
      if (!alias) throw notFound(`Alias ${aliasArn(region.where, name)} is not found.`);
      const key = findKey(region, input.TargetKeyId, { aliases: false });
      refusePendingDeletion(key);
      const current = region.keys[alias.keyId];
      // The new key must be of the same type and usage as the current one (API reference).
      if (current && (current.keySpec !== key.keySpec || current.keyUsage !== key.keyUsage)) {
        throw validation(`${key.arn} has a different key spec or key usage than ${current.arn}; an alias can only move to a key of the same type and usage.`);
      }
      alias.keyId = key.id;
      alias.updatedMs = ctx.clock.now();
      return {};
    },
    DeleteAlias(input, ctx) {
      const region = regionOf(store, ctx);
      const name = aliasName(input.AliasName, true);
      if (!region.aliases[name]) throw notFound(`Alias ${aliasArn(region.where, name)} is not found.`);
      delete region.aliases[name];
      return {};
    },
    ListAliases(input, ctx): ListAliasesResponse {
      const region = regionOf(store, ctx);
      const limit = intInRange(input, 'Limit', 'limit', 1, 100) ?? 50;
      const only = input.KeyId === undefined ? undefined : findKey(region, input.KeyId, { aliases: false }).id;
      const aliases = Object.values(region.aliases)
        .filter((alias) => only === undefined || alias.keyId === only)
        .sort((a, b) => (a.name < b.name ? -1 : 1));
      const page = offsetPage(`ListAliases:${only ?? ''}`, aliases, asString(input.Marker), limit, invalidMarker);
      const entries: AliasListEntry[] = page.items.map((alias) => ({
        AliasName: alias.name,
        AliasArn: alias.arn,
        TargetKeyId: alias.keyId,
        CreationDate: new Date(alias.createdMs),
        LastUpdatedDate: new Date(alias.updatedMs),
      }));
      return { Aliases: entries, Truncated: page.next !== undefined, ...(page.next ? { NextMarker: page.next } : {}) };
    },
  };
}
