import type { Where } from '../../types';

/** Stored state, plain JSON (times in epoch ms) so it is part of the `--data-dir` snapshot. */

export type KeyState = 'Enabled' | 'Disabled' | 'PendingDeletion';

export interface KeyRecord {
  id: string;
  arn: string;
  createdMs: number;
  description: string;
  keySpec: string;
  keyUsage: string;
  keyManager: 'CUSTOMER' | 'AWS';
  origin: 'AWS_KMS';
  state: KeyState;
  /** The state a cancelled deletion goes back to is always Disabled (AWS), so only the date is kept. */
  deletionMs?: number;
  pendingWindowDays?: number;
  policy: string;
  rotation?: { periodDays: number; nextMs: number };
  /** Kept while pending deletion, when GetKeyRotationStatus reports false; restored on cancel. */
  rotationBeforeDeletion?: { periodDays: number; nextMs: number };
  tags: { TagKey: string; TagValue: string }[];
  /** Base64 of the key's 256-bit secret: ciphertexts round-trip through AES-256-GCM under it. */
  material: string;
}

export interface AliasRecord {
  name: string;
  arn: string;
  keyId: string;
  createdMs: number;
  updatedMs: number;
}

export interface RegionKms {
  where: Where;
  keys: Record<string, KeyRecord>;
  aliases: Record<string, AliasRecord>;
}

export class KmsStore {
  private regions: Record<string, RegionKms> = {};

  region(where: Where): RegionKms {
    const id = `${where.accountId}/${where.region}`;
    return (this.regions[id] ??= { where: { accountId: where.accountId, region: where.region }, keys: {}, aliases: {} });
  }

  snapshot(): unknown {
    return JSON.parse(JSON.stringify({ version: 1, regions: this.regions })) as unknown;
  }

  restore(state: unknown): void {
    const body = state as { version?: number; regions?: Record<string, RegionKms> } | undefined;
    this.regions = body?.version === 1 && body.regions ? body.regions : {};
  }

  reset(): void {
    this.regions = {};
  }
}

export function keyArn(where: Where, id: string): string {
  return `arn:aws:kms:${where.region}:${where.accountId}:key/${id}`;
}

export function aliasArn(where: Where, name: string): string {
  return `arn:aws:kms:${where.region}:${where.accountId}:${name}`;
}
