import type { CreateProcessingJobRequest } from '@aws-sdk/client-sagemaker';
import type { SageMakerDeps } from '../base/deps';
import type { RegionState } from '../base/state';
import { noObjectsReason } from '../jobs/processing-inputs';
import { admitProcessingJob } from '../jobs/processing-operations';
import { DAY_MS, DEMO_BUCKET, demoRole, isoDay, sklearnImage, startOfDay } from './demo-constants';
import { replayFrom } from './replay';

function preprocessRequest(state: RegionState, day: string): CreateProcessingJobRequest {
  const s3Input = (name: string, uri: string, local: string) => ({
    InputName: name,
    S3Input: { S3Uri: uri, LocalPath: local, S3DataType: 'S3Prefix' as const, S3InputMode: 'File' as const, S3DataDistributionType: 'FullyReplicated' as const },
  });
  return {
    ProcessingJobName: `churn-preprocess-${day}`,
    RoleArn: demoRole(state.where),
    AppSpecification: {
      ImageUri: sklearnImage(state.where),
      ContainerEntrypoint: ['python3', '/opt/ml/processing/input/code/preprocess.py'],
      ContainerArguments: ['--run-date', day, '--train-test-split-ratio', '0.3'],
    },
    ProcessingResources: { ClusterConfig: { InstanceCount: 1, InstanceType: 'ml.m5.xlarge', VolumeSizeInGB: 30 } },
    ProcessingInputs: [
      s3Input('raw', `${DEMO_BUCKET}/raw/customers.csv`, '/opt/ml/processing/input/raw'),
      s3Input('usage', `${DEMO_BUCKET}/raw/usage/${day}.csv`, '/opt/ml/processing/input/usage'),
      s3Input('code', `${DEMO_BUCKET}/code/preprocess.py`, '/opt/ml/processing/input/code'),
    ],
    ProcessingOutputConfig: {
      Outputs: [
        { OutputName: 'train', S3Output: { S3Uri: `${DEMO_BUCKET}/processed/train/`, LocalPath: '/opt/ml/processing/output/train', S3UploadMode: 'EndOfJob' } },
        { OutputName: 'validation', S3Output: { S3Uri: `${DEMO_BUCKET}/processed/validation/`, LocalPath: '/opt/ml/processing/output/validation', S3UploadMode: 'EndOfJob' } },
      ],
    },
    StoppingCondition: { MaxRuntimeInSeconds: 3600 },
    // Deliberately without the `project` cost allocation tag: the Security & cost area's untagged resources.
    Tags: [{ Key: 'schedule', Value: 'daily' }],
  };
}

/** Fourteen nightly runs at 02:00 UTC; the one nine days ago trips over a bad usage file. */
export function seedProcessingJobs(deps: SageMakerDeps, state: RegionState, now: number): void {
  for (let daysAgo = 14; daysAgo >= 1; daysAgo--) {
    const createdMs = startOfDay(now - daysAgo * DAY_MS) + 2 * 3_600_000;
    const day = isoDay(createdMs);
    const replay = replayFrom(deps, createdMs);
    const job = admitProcessingJob(replay.deps, replay.lifecycles.processing, state, preprocessRequest(state, day));
    if (daysAgo === 9) {
      job.plan.failure = {
        afterSteps: 3,
        reason: `ClientError: Failed to parse ${DEMO_BUCKET}/raw/usage/${day}.csv: column 'monthly_charges' has non-numeric value 'N/A' at line 1843`,
        exitMessage: `ValueError: could not convert string to float: 'N/A' (column 'monthly_charges', raw/usage/${day}.csv line 1843)`,
      };
    }
    replay.clock.advance(3_600_000);
    replay.end();
  }
  seedBackfillWithTypo(deps, state, now);
}

/** The input prefix the demo's manual backfill mistyped, and the one it meant. */
export const BACKFILL_INPUT = { wrong: `${DEMO_BUCKET}/raw/usgae/`, corrected: `${DEMO_BUCKET}/raw/usage/` } as const;

/**
 * A manual backfill started two days ago with a typo in its usage input: SageMaker finds no
 * objects under the prefix and fails it before the container starts. Cloning it with
 * BACKFILL_INPUT.corrected completes, which is the fix the console's Jobs area walks through.
 */
function seedBackfillWithTypo(deps: SageMakerDeps, state: RegionState, now: number): void {
  const createdMs = startOfDay(now - 2 * DAY_MS) + 10 * 3_600_000 + 15 * 60_000;
  const request = preprocessRequest(state, isoDay(createdMs));
  request.ProcessingJobName = `churn-backfill-${isoDay(createdMs)}`;
  request.AppSpecification = { ...request.AppSpecification, ContainerArguments: ['--run-date', 'all', '--train-test-split-ratio', '0.3'] } as typeof request.AppSpecification;
  request.ProcessingInputs = request.ProcessingInputs?.map((input) =>
    input.InputName === 'usage' && input.S3Input ? { ...input, S3Input: { ...input.S3Input, S3Uri: BACKFILL_INPUT.wrong } } : input,
  );
  request.Tags = [{ Key: 'schedule', Value: 'manual' }];
  const replay = replayFrom(deps, createdMs);
  const job = admitProcessingJob(replay.deps, replay.lifecycles.processing, state, request);
  job.plan.missingInput = noObjectsReason(BACKFILL_INPUT.wrong, state.where.region, demoRole(state.where));
  replay.clock.advance(3_600_000);
  replay.end();
}
