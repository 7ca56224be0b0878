import type { ServiceDefinition, ServiceModuleFactory } from '../../types';
import { registerTagSource } from '../tagging/directory';
import { aliasOperations } from './aliases';
import { cryptoOperations } from './crypto';
import { seedDemoKeys } from './demo-seed';
import { keyOperations } from './key-operations';
import { policyOperations } from './key-policy';
import { KmsStore } from './model';
import { rotationOperations } from './rotation';
import { kmsTagSource } from './tag-source';
import { tagOperations } from './tags';

/**
 * AWS KMS (awsJson1_1, `TrentService`, signing name `kms`): customer managed keys, aliases, key
 * policies, rotation status, key states and deletion on the sandbox clock, tags, and symmetric
 * Encrypt / Decrypt / GenerateDataKey good for round-trips. Keys are tagged through `bus.tags` too.
 */
export const createKmsModule: ServiceModuleFactory = (env) => {
  const store = new KmsStore();
  registerTagSource(env.bus, kmsTagSource(store, env.clock));
  const service: ServiceDefinition = {
    signingName: 'kms',
    protocol: 'awsJson1_1',
    targetPrefix: 'TrentService',
    operations: {
      ...keyOperations(store),
      ...policyOperations(store),
      ...rotationOperations(store),
      ...aliasOperations(store),
      ...tagOperations(store),
      ...cryptoOperations(store),
    },
    snapshot: () => store.snapshot(),
    restore: (state) => store.restore(state),
    reset: () => store.reset(),
  };
  return {
    services: [service],
    seed: (kind, where) => {
      if (kind === 'demo') seedDemoKeys(store, where, env.clock.now());
    },
  };
};
