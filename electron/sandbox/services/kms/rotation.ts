import type { GetKeyRotationStatusResponse } from '@aws-sdk/client-kms';
import type { OperationHandler } from '../../types';
import { DAY_MS, regionOf } from './deps';
import { disabled, unsupported } from './errors';
import { intInRange } from './key-operations';
import { findKey, refusePendingDeletion } from './key-ref';
import { rotatable } from './key-spec';
import type { KeyRecord, KmsStore } from './model';

/** RotationPeriodInDays is 90–2560, 365 when omitted (EnableKeyRotation API reference). */
export const ROTATION_DAYS = { min: 90, max: 2560, default: 365 } as const;

/** Rotation happens on the sandbox clock: a passed rotation date moves on by the period. */
function nextRotation(key: KeyRecord, now: number): number | undefined {
  const rotation = key.rotation;
  if (!rotation) return undefined;
  const period = rotation.periodDays * DAY_MS;
  while (rotation.nextMs <= now) rotation.nextMs += period;
  return rotation.nextMs;
}

export function enableRotation(key: KeyRecord, periodDays: number, now: number): void {
  key.rotation = { periodDays, nextMs: now + periodDays * DAY_MS };
}

function changeable(key: KeyRecord): void {
  if (!rotatable(key.keySpec) || key.keyManager === 'AWS') throw unsupported(`${key.arn} key rotation is not supported for this KMS key.`);
  refusePendingDeletion(key);
  if (key.state === 'Disabled') throw disabled(key.arn);
}

export function rotationOperations(store: KmsStore): Record<string, OperationHandler> {
  return {
    GetKeyRotationStatus(input, ctx): GetKeyRotationStatusResponse {
      const key = findKey(regionOf(store, ctx), input.KeyId, { aliases: false });
      const next = nextRotation(key, ctx.clock.now());
      if (!key.rotation || next === undefined) return { KeyId: key.arn, KeyRotationEnabled: false };
      return { KeyId: key.arn, KeyRotationEnabled: true, RotationPeriodInDays: key.rotation.periodDays, NextRotationDate: new Date(next) };
    },
    EnableKeyRotation(input, ctx) {
      const key = findKey(regionOf(store, ctx), input.KeyId, { aliases: false });
      const days = intInRange(input, 'RotationPeriodInDays', 'rotationPeriodInDays', ROTATION_DAYS.min, ROTATION_DAYS.max) ?? ROTATION_DAYS.default;
      changeable(key);
      enableRotation(key, days, ctx.clock.now());
      return {};
    },
    DisableKeyRotation(input, ctx) {
      const key = findKey(regionOf(store, ctx), input.KeyId, { aliases: false });
      changeable(key);
      delete key.rotation;
      return {};
    },
  };
}
