import type { Where } from '../base/arn';
import type { SageMakerDeps } from '../base/deps';
import type { TrainingJobRecord } from '../base/records';
import { key } from '../base/state';
import { createExperimentRecord } from '../experiments/experiment-operations';
import { createTrialRecord } from '../experiments/trial-operations';
import type { Lifecycles } from '../lifecycles';
import { DAY_MS, startOfDay } from './demo-constants';
import { seedHosting, seedRegistry } from './demo-hosting';
import { seedProcessingJobs } from './demo-processing';
import { FEATURES, LIVE_RUN, REGISTERED, TUNING, historicRuns } from './demo-runs';
import { replayTrainingJob } from './demo-training';

const HOUR = 3_600_000;

function seedExperiments(state: Parameters<typeof createExperimentRecord>[0], now: number): void {
  const tuningAt = startOfDay(now - 21 * DAY_MS) + 9 * HOUR;
  const featuresAt = startOfDay(now - 11 * DAY_MS) + 9 * HOUR;
  createExperimentRecord(state, { ExperimentName: TUNING, Description: 'XGBoost learning-rate and depth sweep for the churn classifier', Tags: [{ Key: 'project', Value: 'churn' }] }, tuningAt);
  createExperimentRecord(state, { ExperimentName: FEATURES, Description: 'Second feature set: usage trends and support-call counts', Tags: [{ Key: 'project', Value: 'churn' }] }, featuresAt);
  createTrialRecord(state, { TrialName: 'churn-xgb-eta-sweep', ExperimentName: TUNING }, tuningAt + 600_000);
  createTrialRecord(state, { TrialName: 'churn-xgb-depth-sweep', ExperimentName: TUNING }, tuningAt + 900_000);
  createTrialRecord(state, { TrialName: 'churn-features-baseline', ExperimentName: FEATURES }, featuresAt + 600_000);
  createTrialRecord(state, { TrialName: 'churn-features-v2', ExperimentName: FEATURES }, featuresAt + 900_000);
}

/**
 * The churn-prediction pipeline as it looks after three weeks of work: experiments with about
 * twenty training jobs (two failed, one stopped), a job training right now, two weeks of nightly
 * preprocessing (one failed), a registry with four versions and `churn-prod` serving version 3.
 * Returns false when the region was already seeded (seeding twice changes nothing).
 */
export function seedDemo(deps: SageMakerDeps, lifecycles: Lifecycles, where: Where): boolean {
  const state = deps.store.region(where);
  if (state.experiments[key(TUNING)]) return false;
  const now = deps.env.clock.now();

  seedExperiments(state, now);
  seedProcessingJobs(deps, state, now);
  const jobs = new Map<number, TrainingJobRecord>();
  for (const run of historicRuns(now)) jobs.set(run.sequence, replayTrainingJob(deps, state, now, run));

  // The job running now: replayed up to this moment, then handed to the live clock mid-training.
  const live = replayTrainingJob(deps, state, now, LIVE_RUN, now);
  lifecycles.training.resume(state, live);
  lifecycles.training.armMaxRuntime(state, live, 3600 * 1000 - LIVE_RUN.agoMs);

  const pick = (sequence: number): TrainingJobRecord => {
    const job = jobs.get(sequence);
    if (!job) throw new Error(`demo seed: training job ${sequence} missing`);
    return job;
  };
  const v1 = pick(REGISTERED[0]);
  const v3 = pick(REGISTERED[2]);
  seedRegistry(
    state,
    [
      { job: v1, status: 'Approved', note: 'Baseline model approved for production', afterMs: 2 * HOUR },
      { job: pick(REGISTERED[1]), status: 'Rejected', note: 'validation:auc below version 1 on the holdout set', afterMs: 3 * HOUR },
      { job: v3, status: 'Approved', note: 'Feature set v2: better AUC on holdout; approved for churn-prod', afterMs: 2 * HOUR },
      { job: pick(REGISTERED[3]), status: 'PendingManualApproval', afterMs: 4 * HOUR },
    ],
    (v1.trainingEndMs ?? now) + HOUR,
  );
  seedHosting(deps, state, v1, (v1.trainingEndMs ?? now) + 3 * HOUR, v3, (v3.trainingEndMs ?? now) + 3 * HOUR);
  return true;
}
