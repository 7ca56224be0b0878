import type { RestoreTestRecord } from '../../../../shared/domain/backups';
import { openKeyedStore } from '../endpoints/local-store';

/** A restore job SageDeck started and has not verified yet (kept across restarts). */
export interface PendingTest {
  testId: string;
  profile: string;
  region: string;
  bucket: string;
  recoveryPointArn: string;
  recoveryPointCreatedAt: string;
  scratchBucket: string;
  startedAt: string;
  planId?: string;
  planName?: string;
  planArn?: string;
}

/** Tests kept per profile and region; enough history for a plan tested daily for a year and more. */
const KEPT = 500;

export interface RestoreTestStore {
  history(profile: string, region: string): Promise<RestoreTestRecord[]>;
  record(profile: string, region: string, record: RestoreTestRecord): Promise<void>;
  update(profile: string, region: string, testId: string, change: Partial<RestoreTestRecord>): Promise<void>;
  pending(testId: string): Promise<PendingTest | undefined>;
  setPending(test: PendingTest): Promise<void>;
  clearPending(testId: string): Promise<void>;
}

/** Restore tests under the data dir: the results (newest first) and the ones still running. */
export function openRestoreTestStore(dataDir: string): RestoreTestStore {
  const results = openKeyedStore<RestoreTestRecord[]>(dataDir, 'backup-restore-tests.json');
  const running = openKeyedStore<PendingTest>(dataDir, 'backup-restore-pending.json');
  const key = (profile: string, region: string) => `${profile}|${region}`;
  const history = async (profile: string, region: string) => (await results.get(key(profile, region))) ?? [];
  // Each change reads, then writes the whole list: one at a time, so two finishing tests both stay.
  let chain: Promise<unknown> = Promise.resolve();
  const serial = (change: () => Promise<void>) => {
    const next = chain.then(change, change);
    chain = next.catch(() => undefined);
    return next;
  };
  return {
    history,
    record: (profile, region, record) =>
      serial(async () => {
        const kept = (await history(profile, region)).filter((r) => r.testId !== record.testId);
        await results.set(key(profile, region), [record, ...kept].sort((a, b) => b.finishedAt.localeCompare(a.finishedAt)).slice(0, KEPT));
      }),
    update: (profile, region, testId, change) =>
      serial(async () => {
        const all = await history(profile, region);
        await results.set(key(profile, region), all.map((r) => (r.testId === testId ? { ...r, ...change } : r)));
      }),
    pending: (testId) => running.get(testId),
    setPending: (test) => running.set(test.testId, test),
    clearPending: (testId) => running.set(testId, undefined),
  };
}
