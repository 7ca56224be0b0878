import type { CreateTrainingJobRequest } from '@aws-sdk/client-sagemaker';
import type { Where } from '../base/arn';
import type { SageMakerDeps } from '../base/deps';
import type { TrainingJobRecord } from '../base/records';
import type { RegionState } from '../base/state';
import { admitTrainingJob } from '../jobs/training-operations';
import { DEMO_BUCKET, demoRole, trainingJobName, xgboostImage } from './demo-constants';
import { replayFrom } from './replay';

export interface DemoRun {
  sequence: number;
  /** Creation time relative to the seed's now. */
  agoMs: number;
  experiment: string;
  trial: string;
  eta: number;
  maxDepth: number;
  rounds: number;
  /** Training instances (default 1); the live run uses two so its tail merges two streams. */
  instances?: number;
  /** Started by hand without the `project` cost allocation tag (the demo's untagged training job). */
  untagged?: true;
  outcome?: { kind: 'fail'; reason: string; afterRounds: number; phase: 'Downloading' | 'Training' } | { kind: 'stop'; afterRounds: number } | { kind: 'no-validation' };
}

export function demoTrainingRequest(where: Where, name: string, run: DemoRun): CreateTrainingJobRequest {
  const channels = [
    { name: 'train', prefix: 'processed/train/' },
    ...(run.outcome?.kind === 'no-validation' ? [] : [{ name: 'validation', prefix: 'processed/validation/' }]),
  ];
  return {
    TrainingJobName: name,
    RoleArn: demoRole(where),
    AlgorithmSpecification: { TrainingImage: xgboostImage(where), TrainingInputMode: 'File' },
    HyperParameters: {
      objective: 'binary:logistic',
      eval_metric: 'auc',
      eta: String(run.eta),
      max_depth: String(run.maxDepth),
      num_round: String(run.rounds),
      subsample: '0.8',
      sagemaker_program: 'train.py',
      sagemaker_submit_directory: `${DEMO_BUCKET}/code/train.py`,
    },
    InputDataConfig: channels.map((c) => ({
      ChannelName: c.name,
      ContentType: 'text/csv',
      DataSource: { S3DataSource: { S3DataType: 'S3Prefix', S3Uri: `${DEMO_BUCKET}/${c.prefix}`, S3DataDistributionType: 'FullyReplicated' } },
    })),
    OutputDataConfig: { S3OutputPath: `${DEMO_BUCKET}/models` },
    ResourceConfig: { InstanceType: 'ml.m5.xlarge', InstanceCount: run.instances ?? 1, VolumeSizeInGB: 30 },
    StoppingCondition: { MaxRuntimeInSeconds: 3600 },
    ExperimentConfig: { ExperimentName: run.experiment, TrialName: run.trial },
    Tags: [...(run.untagged ? [] : [{ Key: 'project', Value: 'churn' }]), { Key: 'experiment', Value: run.experiment }],
  };
}

/** Plays a job from its creation to its end (or to `untilMs`) on a private clock. */
export function replayTrainingJob(deps: SageMakerDeps, state: RegionState, now: number, run: DemoRun, untilMs?: number): TrainingJobRecord {
  const createdMs = now - run.agoMs;
  const replay = replayFrom(deps, createdMs);
  const name = trainingJobName(createdMs, run.sequence);
  const job = admitTrainingJob(replay.deps, replay.lifecycles.training, state, demoTrainingRequest(state.where, name, run));
  const outcome = run.outcome;
  if (outcome?.kind === 'fail') job.plan.failure = { phase: outcome.phase, afterRounds: outcome.afterRounds, reason: outcome.reason };
  if (outcome?.kind === 'stop') {
    const { plan } = job;
    replay.clock.advance(plan.startingMs + plan.downloadingMs + plan.epochMs * outcome.afterRounds + 1);
    replay.lifecycles.training.stop(state, job);
  }
  replay.clock.advance(untilMs !== undefined ? untilMs - replay.clock.now() : 24 * 3_600_000);
  replay.end();
  return job;
}
