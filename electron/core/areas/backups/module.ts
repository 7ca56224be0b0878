import type { backupsRequests, backupsStreams } from '../../../../shared/contract/backups';
import type { RestoreTestProgress } from '../../../../shared/domain/backups';
import type { WatchEvent } from '../../../../shared/domain/watch';
import { watchKey } from '../../watch/watcher-registry';
import type { AreaModule } from '../area-module';
import type { SecurityAreaDeps } from '../security-area-deps';
import { backupJobsOf, recoveryPointsOf } from './backup-reads';
import { bucketArn } from './buckets';
import { followToTheEnd } from './follow-test';
import { backupsOverview } from './overview';
import { RestoreRunner } from './restore-runner';
import { startRestoreTest } from './restore-start';
import { deleteScratchBucket } from './scratch';
import { openRestoreTestStore } from './test-store';

export type BackupsAreaDeps = SecurityAreaDeps;

/** AWS Backup coverage of the pipeline buckets, backup jobs, recovery points and restore tests. */
export function backupsArea(deps: BackupsAreaDeps): AreaModule<typeof backupsRequests, typeof backupsStreams> {
  const now = deps.now ?? Date.now;
  const store = openRestoreTestStore(deps.dataDir);
  const runner = new RestoreRunner(store, now);
  const where = () => deps.session.current();
  const aws = async (purpose: 'interactive' | 'polling' = 'interactive') => {
    const clients = await deps.clients.current();
    return { backup: clients.get('backup', purpose), s3: clients.get('s3', purpose) };
  };
  /** One poller per test and session, shared by its screens and by the follower that ends it. */
  const watchTest = (input: { testId: string }, emit: (event: WatchEvent<RestoreTestProgress>) => void) => {
    const session = where();
    const key = watchKey(session.generation, 'backup-restore-test', input);
    return deps.watchers.watch(
      key,
      () => ({
        list: async (signal) => [await runner.progress(input.testId, session.profile, session.region, () => aws('polling'), signal)],
        keyOf: (item) => item.testId,
        isTransitioning: (item) => !item.done,
      }),
      emit,
    );
  };

  return {
    requests: {
      'backups.overview': async (_input, ctx) => {
        const { profile, region } = where();
        return backupsOverview({ ...(await aws()), region, records: await store.history(profile, region), now: now(), signal: ctx.signal });
      },
      'backups.recoveryPoints': async (input, ctx) => {
        const { backup } = await aws();
        const backupJobs = await backupJobsOf(backup, bucketArn(input.bucket), ctx.signal);
        const recoveryPoints = await recoveryPointsOf(backup, bucketArn(input.bucket), backupJobs, ctx.signal);
        return { bucket: input.bucket, recoveryPoints, backupJobs };
      },
      'backups.restoreTest': async (input, ctx) => {
        const { profile, region } = where();
        const started = await startRestoreTest({ ...(await aws()), store, profile, region, now, signal: ctx.signal }, input);
        followToTheEnd((emit) => watchTest({ testId: started.testId }, emit), deps.session);
        return started;
      },
      'backups.history': async (input) => {
        const { profile, region } = where();
        const all = await store.history(profile, region);
        return input.planId ? all.filter((r) => r.planId === input.planId) : all;
      },
      'backups.deleteScratch': async (input, ctx) => {
        const { profile, region } = where();
        const objects = await deleteScratchBucket((await aws()).s3, input.bucket, ctx.signal);
        for (const record of (await store.history(profile, region)).filter((r) => r.scratchBucket === input.bucket))
          await store.update(profile, region, record.testId, { scratchDeleted: true });
        return { deleted: input.bucket, objects };
      },
    },
    streams: {
      'backups.watchRestoreTest': (input, emit) => watchTest(input, emit),
    },
    dispose: () => runner.dispose(),
  };
}
