import { createHash } from 'node:crypto';

const BASE32 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';

/** A stable unique id for a principal, shaped like AWS's (`AROA` + 17 characters for roles). */
export function principalId(prefix: string, seed: string): string {
  let id = prefix;
  for (const byte of createHash('sha256').update(seed).digest().subarray(0, 17)) id += BASE32[byte % 32];
  return id;
}

export interface RoleRef {
  accountId: string;
  /** Role name without its path (what appears in assumed-role ARNs). */
  name: string;
  arn: string;
}

/** `arn:aws:iam::123456789012:role/optional/path/Name` → its account and name. */
export function parseRoleArn(arn: string): RoleRef | undefined {
  const match = /^arn:aws[\w-]*:iam::(\d{12}):role\/(?:[\u0021-\u007E]*\/)?([\w+=,.@-]{1,64})$/.exec(arn);
  if (!match) return undefined;
  return { accountId: match[1] as string, name: match[2] as string, arn };
}

export function isAssumedRoleArn(arn: string): boolean {
  return /^arn:aws[\w-]*:sts::\d{12}:assumed-role\//.test(arn);
}
