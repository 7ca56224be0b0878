import type { Where } from './model';

/** The ARN AWS uses in `logGroupArn` and tagging APIs (no trailing `:*`). */
export function logGroupArn(where: Where, name: string): string {
  return `arn:aws:logs:${where.region}:${where.accountId}:log-group:${name}`;
}

export function logStreamArn(where: Where, group: string, stream: string): string {
  return `${logGroupArn(where, group)}:log-stream:${stream}`;
}

export interface GroupReference {
  where: Where;
  name: string;
  /** True when the ARN carried the IAM-style `:*` suffix. */
  wildcardSuffix: boolean;
}

const GROUP_ARN = /^arn:aws[\w-]*:logs:([a-z0-9-]+):(\d{12}):log-group:([^:]+)(:\*)?$/;

/**
 * Resolves a `logGroupIdentifier`: a bare name in the caller's account and region, or an ARN,
 * which may point at another account (cross-account observability) or region.
 */
export function parseGroupIdentifier(identifier: string, caller: Where): GroupReference | null {
  if (!identifier.startsWith('arn:')) return { where: caller, name: identifier, wildcardSuffix: false };
  const match = GROUP_ARN.exec(identifier);
  if (!match) return null;
  return { where: { region: match[1] as string, accountId: match[2] as string }, name: match[3] as string, wildcardSuffix: match[4] !== undefined };
}
