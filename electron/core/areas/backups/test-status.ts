import { RESTORE_TEST_MAX_AGE_DAYS, type PlanTestStatus, type RestoreTestRecord } from '../../../../shared/domain/backups';

const DAY_MS = 86_400_000;

/** A COMPLETED restore job of one of the plan's recovery points that SageDeck did not run. */
export interface ExternalRestore {
  restoreJobId: string;
  recoveryPointArn: string;
  completedAt: string;
}

type LastTest = NonNullable<PlanTestStatus['lastTest']>;

/**
 * The plan's newest restore test and its warning. A test SageDeck verified counts with its result;
 * a restore completed elsewhere (the console, a restore testing plan) counts as tested — AWS says it
 * restored, though nobody here compared the objects. The warning: never tested; the newest test
 * failed; or the newest is older than 30 days. Pure.
 */
export function planTestStatus(
  plan: { planId: string; planName: string; planArn: string },
  records: RestoreTestRecord[],
  external: ExternalRestore[],
  now: number,
): PlanTestStatus {
  const candidates: LastTest[] = [
    ...records.map((r) => ({ at: r.finishedAt, source: 'sagedeck' as const, passed: r.passed, recoveryPointArn: r.recoveryPointArn, testId: r.testId })),
    ...external.map((e) => ({ at: e.completedAt, source: 'aws' as const, recoveryPointArn: e.recoveryPointArn, testId: e.restoreJobId })),
  ];
  const lastTest = candidates.sort((a, b) => b.at.localeCompare(a.at))[0];
  const base = { planId: plan.planId, planName: plan.planName, planArn: plan.planArn };
  if (!lastTest) return { ...base, warning: `${plan.planName} has never been restore-tested: run a restore test to prove its backups can be restored.` };
  const days = Math.floor((now - Date.parse(lastTest.at)) / DAY_MS);
  const warning =
    lastTest.passed === false
      ? `The last restore test of ${plan.planName} failed (${lastTest.at.slice(0, 10)}): look at its mismatches, then test again.`
      : days > RESTORE_TEST_MAX_AGE_DAYS
        ? `${plan.planName} has not been restore-tested for ${days} days (last ${lastTest.at.slice(0, 10)}): test it at least every ${RESTORE_TEST_MAX_AGE_DAYS} days.`
        : undefined;
  return { ...base, lastTest, ...(warning ? { warning } : {}) };
}
