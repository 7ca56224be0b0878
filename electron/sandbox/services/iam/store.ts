import { createHash } from 'node:crypto';
import { AWS_MANAGED_POLICIES, isAwsManagedArn } from './aws-managed-policies';
import { noSuchPolicy, noSuchRole } from './errors';
import type { AccountState, ManagedPolicyRecord, RoleRecord } from './model';

/**
 * IAM is global: state is per account, never per region, and ARNs carry no region. AWS managed
 * policies are shared by every account and never change.
 */
export class IamStore {
  private accounts: Record<string, AccountState> = {};

  account(accountId: string): AccountState {
    let state = this.accounts[accountId];
    if (!state) {
      state = { roles: [], policies: [] };
      this.accounts[accountId] = state;
    }
    return state;
  }

  /** Role names are unique case-insensitively (IAM User Guide, "IAM identifiers"). */
  findRole(accountId: string, name: string): RoleRecord | undefined {
    const wanted = name.toLowerCase();
    return this.account(accountId).roles.find((role) => role.name.toLowerCase() === wanted);
  }

  role(accountId: string, name: string): RoleRecord {
    const role = this.findRole(accountId, name);
    if (!role) throw noSuchRole(name);
    return role;
  }

  findPolicy(accountId: string, arn: string): ManagedPolicyRecord | undefined {
    if (isAwsManagedArn(arn)) return AWS_MANAGED_POLICIES.find((policy) => policy.arn === arn);
    return this.account(accountId).policies.find((policy) => policy.arn === arn);
  }

  policy(accountId: string, arn: string): ManagedPolicyRecord {
    const policy = this.findPolicy(accountId, arn);
    if (!policy) throw noSuchPolicy(arn);
    return policy;
  }

  /** The account's customer managed policies, then the AWS managed ones. */
  allPolicies(accountId: string): ManagedPolicyRecord[] {
    return [...this.account(accountId).policies, ...AWS_MANAGED_POLICIES];
  }

  attachmentCount(accountId: string, arn: string): number {
    return this.account(accountId).roles.filter((role) => role.attached.includes(arn)).length;
  }

  boundaryUsageCount(accountId: string, arn: string): number {
    return this.account(accountId).roles.filter((role) => role.boundaryArn === arn).length;
  }

  snapshot(): unknown {
    return { accounts: this.accounts };
  }

  restore(state: unknown): void {
    const saved = (state ?? {}) as { accounts?: Record<string, AccountState> };
    this.accounts = saved.accounts ?? {};
  }

  reset(): void {
    this.accounts = {};
  }
}

/** Stable unique ids in AWS's shape: a 4-letter prefix (AROA roles, ANPA policies) and 17 characters. */
export function iamId(prefix: 'AROA' | 'ANPA', seed: string): string {
  const digest = createHash('sha256').update(seed).digest();
  const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';
  let out = prefix;
  for (let i = 0; i < 17; i += 1) out += alphabet[(digest[i] ?? 0) % 32];
  return out;
}
