import { randomBytes, randomUUID } from 'node:crypto';
import type { CreateKeyResponse, DescribeKeyResponse, ListKeysResponse, ScheduleKeyDeletionResponse } from '@aws-sdk/client-kms';
import { asInt, asString } from '../../protocols/values';
import type { OperationContext, OperationHandler, Where } from '../../types';
import { offsetPage } from '../tagging/offset-pages';
import { DAY_MS, regionOf } from './deps';
import { keyMetadata } from './describe';
import { invalidMarker, invalidState, unsupported, validation } from './errors';
import { checkPolicy, defaultKeyPolicy } from './key-policy';
import { findKey, refusePendingDeletion } from './key-ref';
import { settleSpec } from './key-spec';
import { keyArn, type KeyRecord, type KmsStore } from './model';
import { readKmsTags } from './tags';

export interface NewKey {
  id?: string;
  description?: string;
  keySpec?: string;
  keyUsage?: string;
  policy?: string;
  tags?: KeyRecord['tags'];
  keyManager?: KeyRecord['keyManager'];
}

/** Adds a key as CreateKey does (also the demo seed, with its stable ids). */
export function addKey(store: KmsStore, where: Where, now: number, request: NewKey): KeyRecord {
  const { keySpec, keyUsage } = settleSpec(request.keySpec, request.keyUsage);
  const id = request.id ?? randomUUID();
  const key: KeyRecord = {
    id,
    arn: keyArn(where, id),
    createdMs: now,
    description: request.description ?? '',
    keySpec,
    keyUsage,
    keyManager: request.keyManager ?? 'CUSTOMER',
    origin: 'AWS_KMS',
    state: 'Enabled',
    policy: request.policy ?? defaultKeyPolicy(where.accountId),
    tags: request.tags ?? [],
    material: randomBytes(32).toString('base64'),
  };
  store.region(where).keys[id] = key;
  return key;
}

/** An integer member within AWS's documented range, else its ValidationException. */
export function intInRange(input: Record<string, unknown>, member: string, wire: string, min: number, max: number): number | undefined {
  if (input[member] === undefined) return undefined;
  const value = asInt(input[member]);
  if (value === undefined || value < min) throw validation(`1 validation error detected: Value '${String(input[member])}' at '${wire}' failed to satisfy constraint: Member must have value greater than or equal to ${min}`);
  if (value > max) throw validation(`1 validation error detected: Value '${value}' at '${wire}' failed to satisfy constraint: Member must have value less than or equal to ${max}`);
  return value;
}

/** Customer managed keys only: AWS manages the state of its own keys. */
function requireCustomerKey(key: KeyRecord): void {
  if (key.keyManager === 'AWS') throw unsupported(`${key.arn} is an AWS managed key; its state cannot be changed.`);
}

export function keyOperations(store: KmsStore): Record<string, OperationHandler> {
  const managed = (ctx: OperationContext, input: Record<string, unknown>) => {
    const key = findKey(regionOf(store, ctx), input.KeyId, { aliases: false });
    requireCustomerKey(key);
    return key;
  };
  return {
    CreateKey(input, ctx): CreateKeyResponse {
      const description = asString(input.Description);
      if (description !== undefined && description.length > 8192) throw validation("1 validation error detected: Value at 'description' failed to satisfy constraint: Member must have length less than or equal to 8192");
      const origin = asString(input.Origin);
      if (origin !== undefined && origin !== 'AWS_KMS') throw unsupported(`Origin ${origin} is not supported by the sandbox.`);
      const key = addKey(store, { accountId: ctx.accountId, region: ctx.region }, ctx.clock.now(), {
        description,
        keySpec: asString(input.KeySpec) ?? asString(input.CustomerMasterKeySpec),
        keyUsage: asString(input.KeyUsage),
        policy: checkPolicy(asString(input.Policy)),
        tags: readKmsTags(input.Tags, false),
      });
      return { KeyMetadata: keyMetadata(key, ctx.accountId) };
    },

    DescribeKey(input, ctx): DescribeKeyResponse {
      return { KeyMetadata: keyMetadata(findKey(regionOf(store, ctx), input.KeyId, { aliases: true }), ctx.accountId) };
    },

    ListKeys(input, ctx): ListKeysResponse {
      const limit = intInRange(input, 'Limit', 'limit', 1, 1000) ?? 100;
      const keys = Object.values(regionOf(store, ctx).keys).sort((a, b) => a.createdMs - b.createdMs || (a.id < b.id ? -1 : 1));
      const page = offsetPage('ListKeys', keys, asString(input.Marker), limit, invalidMarker);
      return { Keys: page.items.map((key) => ({ KeyId: key.id, KeyArn: key.arn })), Truncated: page.next !== undefined, ...(page.next ? { NextMarker: page.next } : {}) };
    },

    EnableKey(input, ctx) {
      const key = managed(ctx, input);
      refusePendingDeletion(key);
      key.state = 'Enabled';
      return {};
    },

    DisableKey(input, ctx) {
      const key = managed(ctx, input);
      refusePendingDeletion(key);
      key.state = 'Disabled';
      return {};
    },

    ScheduleKeyDeletion(input, ctx): ScheduleKeyDeletionResponse {
      const key = managed(ctx, input);
      // 7 to 30 days, 30 when omitted (API reference).
      const days = intInRange(input, 'PendingWindowInDays', 'pendingWindowInDays', 7, 30) ?? 30;
      refusePendingDeletion(key);
      key.state = 'PendingDeletion';
      key.deletionMs = ctx.clock.now() + days * DAY_MS;
      key.pendingWindowDays = days;
      key.rotationBeforeDeletion = key.rotation;
      delete key.rotation;
      return { KeyId: key.arn, DeletionDate: new Date(key.deletionMs), KeyState: 'PendingDeletion', PendingWindowInDays: days };
    },

    CancelKeyDeletion(input, ctx) {
      const key = managed(ctx, input);
      if (key.state !== 'PendingDeletion') throw invalidState(`${key.arn} is not pending deletion.`);
      // A cancelled deletion leaves the key Disabled, with its rotation status as before (developer guide).
      key.state = 'Disabled';
      delete key.deletionMs;
      delete key.pendingWindowDays;
      if (key.rotationBeforeDeletion) key.rotation = key.rotationBeforeDeletion;
      delete key.rotationBeforeDeletion;
      return { KeyId: key.arn };
    },
  };
}
