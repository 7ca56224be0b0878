import type { ServiceDefinition, ServiceModuleFactory } from '../../types';
import type { BackupDeps } from './deps';
import { jobOperations } from './job-operations';
import { BackupStore } from './model';
import { planOperations } from './plan-operations';
import { recoveryPointOperations } from './recovery-point-operations';
import { restoreOperations } from './restore-operations';
import { BACKUP_ROUTES } from './routes';
import { BackupRunner } from './runner';
import { seedDemoBackups } from './seed';
import { tagOperations } from './tag-operations';
import { backupTamper } from './tamper';
import { backupTagSource } from './tag-source';
import { registerTagSource } from '../tagging/directory';
import { vaultOperations } from './vault-operations';

/**
 * AWS Backup (restJson1, signing name `backup`) for S3 buckets: vaults, plans whose rules run on
 * the sandbox clock, selections, backup jobs that copy the bucket's current objects into recovery
 * points (through `bus.objects`), and restore jobs that write them into a bucket through S3.
 */
export const createBackupModule: ServiceModuleFactory = (env) => {
  const store = new BackupStore();
  const runner = new BackupRunner(store, env);
  const deps: BackupDeps = { store, env, runner };
  env.bus.backupTamper = backupTamper(store);
  registerTagSource(env.bus, backupTagSource(store));
  const service: ServiceDefinition = {
    signingName: 'backup',
    protocol: 'restJson1',
    routes: BACKUP_ROUTES,
    operations: {
      ...vaultOperations(deps),
      ...planOperations(deps),
      ...jobOperations(deps),
      ...recoveryPointOperations(deps),
      ...restoreOperations(deps),
      ...tagOperations(deps),
    },
    snapshot: () => store.snapshot(),
    restore: (state) => {
      runner.dispose();
      store.restore(state);
      runner.tick();
    },
    reset: () => {
      runner.dispose();
      store.reset();
    },
  };
  return {
    services: [service],
    seed: (kind, where) => {
      if (kind === 'demo') seedDemoBackups(store, runner, env, where);
    },
    dispose: () => runner.dispose(),
  };
};
