import type { KeychainStatus } from '../../shared/domain/credentials';
import { SageDeckError } from '../../shared/errors';
import type { SecretStore } from '../../electron/core/keychain/secret-store';

/** A keychain stand-in for tests that are not about the keychain: items live in this map only. */
export function memorySecretStore(options: { available?: boolean } = {}): SecretStore & { items: Map<string, string>; calls: string[] } {
  const items = new Map<string, string>();
  const calls: string[] = [];
  const available = options.available ?? true;
  const ready = () => {
    if (!available) throw new SageDeckError({ code: 'KeychainUnavailable', message: 'Test keychain is unavailable.', retryable: true });
  };
  return {
    items,
    calls,
    async status(): Promise<KeychainStatus> {
      return available ? { available: true, backend: 'memory (tests)' } : { available: false, message: 'Test keychain is unavailable.' };
    },
    async get(account) {
      ready();
      calls.push(`get:${account}`);
      return items.get(account);
    },
    async set(account, secret) {
      ready();
      calls.push(`set:${account}`);
      items.set(account, secret);
    },
    async delete(account) {
      ready();
      calls.push(`delete:${account}`);
      return items.delete(account);
    },
  };
}
