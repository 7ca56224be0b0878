import { describe, expect, it } from 'vitest';
import { keytarSecretStore, type KeytarModule } from '../../../electron/core/keychain/keytar-secret-store';

describe('keytarSecretStore when the keychain cannot be used', () => {
  it('a missing keytar module: status names it, and storing fails with KeychainUnavailable', async () => {
    const store = keytarSecretStore({
      load: () => {
        throw new Error("Cannot find module 'keytar'\nRequire stack: ...");
      },
    });
    const status = await store.status();
    expect(status).toEqual({ available: false, message: expect.stringContaining("keytar module could not be loaded (Cannot find module 'keytar')") });
    await expect(store.set('lab', 'secret')).rejects.toMatchObject({ code: 'KeychainUnavailable' });
  });

  it('a keychain that refuses: status says which backend and what to do; it is asked again later', async () => {
    let broken = true;
    let probes = 0;
    const module: KeytarModule = {
      getPassword: async () => {
        probes += 1;
        if (broken) throw new Error('Cannot autolaunch D-Bus without X11 $DISPLAY');
        return null;
      },
      setPassword: async () => undefined,
      deletePassword: async () => true,
    };
    const store = keytarSecretStore({ load: () => module, platform: 'linux' });
    expect(await store.status()).toMatchObject({ available: false, backend: 'Secret Service (libsecret)', message: expect.stringMatching(/D-Bus.*gnome-keyring/) });
    broken = false;
    expect(await store.status()).toEqual({ available: true, backend: 'Secret Service (libsecret)' });
    // Once it worked, it is not probed before every call (no prompt storms on macOS).
    await store.set('lab', 'x');
    await store.status();
    expect(probes).toBe(2);
  });
});
