import { SageDeckError } from '../../../shared/errors';
import type { KeychainStatus } from '../../../shared/domain/credentials';
import { KEYCHAIN_SERVICE, type SecretStore } from './secret-store';

/** The part of keytar's API SageDeck uses. */
export interface KeytarModule {
  getPassword(service: string, account: string): Promise<string | null>;
  setPassword(service: string, account: string, password: string): Promise<void>;
  deletePassword(service: string, account: string): Promise<boolean>;
}

const PROBE_ACCOUNT = 'sagedeck-availability-probe';
const PROBE_TIMEOUT_MS = 10_000;

function backendName(platform: NodeJS.Platform): string {
  if (platform === 'darwin') return 'macOS Keychain';
  if (platform === 'win32') return 'Windows Credential Manager';
  return 'Secret Service (libsecret)';
}

function whatToDo(platform: NodeJS.Platform): string {
  if (platform === 'linux' || platform === 'freebsd' || platform === 'openbsd') {
    return 'Start a Secret Service keyring (gnome-keyring or KWallet) in a D-Bus session, then try again.';
  }
  return 'Check that the system keychain is unlocked, then try again.';
}

function loadKeytar(): KeytarModule {
  // Loaded lazily: keytar is an optional native module, and most sessions never need it.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  return require('keytar') as KeytarModule;
}

function withTimeout<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`${what} did not answer within ${ms / 1000} s`)), ms);
    timer.unref?.();
    promise.then(
      (value) => {
        clearTimeout(timer);
        resolve(value);
      },
      (error: unknown) => {
        clearTimeout(timer);
        reject(error instanceof Error ? error : new Error(String(error)));
      },
    );
  });
}

export interface KeytarStoreOptions {
  service?: string;
  load?: () => KeytarModule;
  platform?: NodeJS.Platform;
}

/**
 * The OS keychain through keytar. A missing module or keychain (no D-Bus session, no keyring
 * daemon) makes status() say what is missing and every other call fail with KeychainUnavailable.
 */
export function keytarSecretStore(options: KeytarStoreOptions = {}): SecretStore {
  const service = options.service ?? KEYCHAIN_SERVICE;
  const platform = options.platform ?? process.platform;
  const backend = backendName(platform);
  let module: KeytarModule | undefined;
  let verified = false;

  async function probe(): Promise<KeychainStatus> {
    if (!module) {
      try {
        module = (options.load ?? loadKeytar)();
      } catch (error) {
        return {
          available: false,
          message: `The keytar module could not be loaded (${(error as Error).message.split('\n')[0]}). Reinstall SageDeck with its optional dependency keytar to store keys in the keychain.`,
        };
      }
    }
    if (verified) return { available: true, backend };
    try {
      await withTimeout(module.getPassword(service, PROBE_ACCOUNT), PROBE_TIMEOUT_MS, backend);
      verified = true;
      return { available: true, backend };
    } catch (error) {
      return { available: false, backend, message: `${backend} is not available: ${(error as Error).message}. ${whatToDo(platform)}` };
    }
  }

  async function ready(): Promise<KeytarModule> {
    const status = await probe();
    if (!status.available || !module) {
      throw new SageDeckError({ code: 'KeychainUnavailable', message: status.message ?? `${backend} is not available.`, retryable: true });
    }
    return module;
  }

  return {
    status: probe,
    async get(account) {
      return (await (await ready()).getPassword(service, account)) ?? undefined;
    },
    async set(account, secret) {
      await (await ready()).setPassword(service, account, secret);
    },
    async delete(account) {
      return (await ready()).deletePassword(service, account);
    },
  };
}
