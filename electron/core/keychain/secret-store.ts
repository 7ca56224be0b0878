import type { KeychainStatus } from '../../../shared/domain/credentials';

/**
 * Where app-managed secrets live: the OS keychain, one item per account under one service name.
 * Implementations never fall back to a file: when the keychain is unavailable, they say so.
 */
export interface SecretStore {
  status(): Promise<KeychainStatus>;
  get(account: string): Promise<string | undefined>;
  set(account: string, secret: string): Promise<void>;
  /** True when an item was deleted. */
  delete(account: string): Promise<boolean>;
}

export const KEYCHAIN_SERVICE = 'SageDeck';
