import { asString } from '../../protocols/values';
import type { OperationHandler } from '../../types';
import { regionOf } from './deps';
import { malformedPolicy, notFound, validation } from './errors';
import { findKey } from './key-ref';
import type { KmsStore } from './model';

/** The default key policy CreateKey gives a key without one: the account's IAM policies decide (KMS developer guide, "Default key policy"). */
export function defaultKeyPolicy(accountId: string): string {
  return JSON.stringify(
    {
      Version: '2012-10-17',
      Id: 'key-default-1',
      Statement: [{ Sid: 'Enable IAM User Permissions', Effect: 'Allow', Principal: { AWS: `arn:aws:iam::${accountId}:root` }, Action: 'kms:*', Resource: '*' }],
    },
    null,
    2,
  );
}

/** A key policy must be a JSON document of at most 32 KB (API reference). */
export function checkPolicy(policy: string | undefined): string | undefined {
  if (policy === undefined) return undefined;
  if (policy.length < 1 || policy.length > 32768) throw validation(`1 validation error detected: Value at 'policy' failed to satisfy constraint: Member must have length between 1 and 32768`);
  let parsed: unknown;
  try {
    parsed = JSON.parse(policy);
  } catch {
    throw malformedPolicy('The key policy is not a valid JSON document.');
  }
  const statements = (parsed as { Statement?: unknown } | null)?.Statement;
  if (typeof parsed !== 'object' || parsed === null || statements === undefined) throw malformedPolicy('The key policy must contain at least one Statement.');
  return policy;
}

/** Every key has exactly one policy, named `default`. */
function policyName(input: Record<string, unknown>): void {
  const name = asString(input.PolicyName) ?? 'default';
  if (name !== 'default') throw notFound(`No such policy exists: ${name}`);
}

export function policyOperations(store: KmsStore): Record<string, OperationHandler> {
  return {
    GetKeyPolicy(input, ctx) {
      const key = findKey(regionOf(store, ctx), input.KeyId, { aliases: false });
      policyName(input);
      return { Policy: key.policy, PolicyName: 'default' };
    },
    PutKeyPolicy(input, ctx) {
      const key = findKey(regionOf(store, ctx), input.KeyId, { aliases: false });
      policyName(input);
      const policy = checkPolicy(asString(input.Policy));
      if (policy === undefined) throw validation("1 validation error detected: Value null at 'policy' failed to satisfy constraint: Member must not be null");
      key.policy = policy;
      return {};
    },
    ListKeyPolicies(input, ctx) {
      findKey(regionOf(store, ctx), input.KeyId, { aliases: false });
      return { PolicyNames: ['default'], Truncated: false };
    },
  };
}
