import { randomBytes } from 'node:crypto';

const LOWER = 'abcdefghijklmnopqrstuvwxyz0123456789';
const MIXED = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';

function pick(alphabet: string, length: number): string {
  const bytes = randomBytes(length);
  let out = '';
  for (const byte of bytes) out += alphabet[byte % alphabet.length];
  return out;
}

/**
 * Identifiers shaped as AWS's: REST API, root resource and API key ids are 10 lowercase
 * alphanumerics (`a1b2c3d4e5`); child resources, deployments, validators, models and usage plans 6.
 */
export function newId(length: 6 | 10): string {
  // An all-digit id would be an integer-like object key, which JS orders before the others; the
  // records are kept in creation order, so such ids are drawn again.
  for (;;) {
    const id = pick(LOWER, length);
    if (!/^\d+$/.test(id)) return id;
  }
}

/** API key values are 40 mixed-case alphanumerics (AWS: "at least 20 characters"). */
export const newApiKeyValue = () => pick(MIXED, 40);

/** A deterministic id for seeded resources, so the demo's ids repeat on every run. */
export function stableId(seed: string, length: 6 | 10): string {
  let hash = 2166136261;
  let out = '';
  for (let round = 0; out.length < length; round += 1) {
    for (const char of `${seed}#${round}`) hash = Math.imul(hash ^ char.charCodeAt(0), 16777619) >>> 0;
    out += LOWER[hash % LOWER.length];
  }
  return out;
}
