import {
  CreateProcessingJobCommand,
  CreateTrainingJobCommand,
  SageMakerClient,
  type CreateProcessingJobRequest,
  type CreateTrainingJobRequest,
} from '@aws-sdk/client-sagemaker';
import { CreateBucketCommand, PutObjectCommand, S3Client } from '@aws-sdk/client-s3';
import type { WatchTimers } from '../../../electron/core/watch/timers';
import type { WatchIntervals } from '../../../electron/core/watch/resource-watcher';
import type { StreamSink } from '../../../electron/core/rpc/dispatcher';
import type { ManualClock } from '../../../electron/sandbox/clock';
import type { Diagnostics } from '../../../shared/domain/app';
import type { ErrorEnvelope } from '../../../shared/errors';
import { BASE_KEYS, startCredentialWorld, type CredentialWorld, type WorldOptions } from '../../support/credentials-harness';

export const ROLE = 'arn:aws:iam::111122223333:role/SageDeckTestRole';
export const IMAGE = '683313688378.dkr.ecr.us-east-1.amazonaws.com/sagemaker-xgboost:1.7-1';
export const BUCKET = 'sagedeck-jobs-test';

/** Waits on the event loop (never a fixed sleep) until `check` holds, or fails after `ms` real time. */
export async function until(check: () => boolean, what: string, ms = 15_000): Promise<void> {
  const deadline = Date.now() + ms;
  while (!check()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setImmediate(resolve));
  }
}

/**
 * The watchers' timers on the sandbox's manual clock: `advance` moves the sandbox forward (jobs
 * change status) and fires each watcher timer at its due time, waiting for that poll to finish
 * (it re-arms its next timer) before time moves on. No real time passes between polls.
 */
export class SteppedTimers implements WatchTimers {
  private readonly pending = new Set<{ due: number; run: () => void }>();
  /** Timers armed so far: a poll that finished arms the next one. */
  arms = 0;

  constructor(private readonly clock: ManualClock) {}

  after(ms: number, run: () => void): () => void {
    const timer = { due: this.clock.now() + ms, run };
    this.pending.add(timer);
    this.arms += 1;
    return () => this.pending.delete(timer);
  }

  get armed(): number {
    return this.pending.size;
  }

  async advance(ms: number): Promise<void> {
    const target = this.clock.now() + ms;
    for (;;) {
      const due = [...this.pending].filter((timer) => timer.due <= target).sort((a, b) => a.due - b.due);
      const first = due[0];
      if (!first) break;
      if (first.due > this.clock.now()) this.clock.advance(first.due - this.clock.now());
      const now = this.clock.now();
      const firing = due.filter((timer) => timer.due <= now);
      for (const timer of firing) this.pending.delete(timer);
      const before = this.arms;
      for (const timer of firing) timer.run();
      // Each poll arms its next timer when it is done, failed or not, while anyone still watches.
      await until(() => this.arms - before >= firing.length, 'the watcher polls to finish');
    }
    if (target > this.clock.now()) this.clock.advance(target - this.clock.now());
  }
}

/** A valid start form of each kind (what the console's form sends to jobs.start). */
export function trainingForm<T extends object>(name: string, overrides: T = {} as T) {
  return {
    kind: 'training' as const,
    name,
    roleArn: ROLE,
    image: IMAGE,
    instanceType: 'ml.m5.xlarge',
    instanceCount: 1,
    volumeSizeGb: 30,
    maxRuntimeSeconds: 3_600,
    inputs: [{ channelName: 'train', s3Uri: `s3://${BUCKET}/train/` }],
    outputS3Uri: `s3://${BUCKET}/models/`,
    hyperParameters: { num_round: '50', eta: '0.2' } as Record<string, string>,
    ...overrides,
  };
}

export function processingForm<T extends object>(name: string, overrides: T = {} as T) {
  return {
    kind: 'processing' as const,
    name,
    roleArn: ROLE,
    image: IMAGE,
    instanceType: 'ml.m5.large',
    instanceCount: 1,
    volumeSizeGb: 20,
    maxRuntimeSeconds: 3_600,
    inputs: [{ name: 'raw', s3Uri: `s3://${BUCKET}/raw/`, localPath: '/opt/ml/processing/input' }],
    outputs: [{ name: 'out', s3Uri: `s3://${BUCKET}/out/`, localPath: '/opt/ml/processing/output' }],
    ...overrides,
  };
}

/** Short intervals of the budget: 5 s while anything transitions, 30 s when steady. */
export const TEST_INTERVALS: WatchIntervals = { fastMs: 5_000, slowMs: 30_000, maxBackoffMs: 300_000 };

export interface JobsWorld extends CredentialWorld {
  timers: SteppedTimers;
  /** An SDK client of the sandbox (its own keys), for seeding: not the core's client. */
  sagemaker: SageMakerClient;
  s3: S3Client;
  diagnostics(): Promise<Diagnostics>;
  sandboxCounters(): Record<string, number>;
  subscribe(channel: string, input: unknown): WatchRecorder;
}

export interface WatchRecorder {
  events: unknown[];
  ended: { error?: ErrorEnvelope } | undefined;
  cancel(): void;
}

const CONFIG = `
[profile base]
region = us-east-1
endpoint_url = {endpoint}

[profile other]
region = us-east-1
endpoint_url = {endpoint}
`;

const OTHER_KEYS = `
[other]
aws_access_key_id = {key}
aws_secret_access_key = {secret}
`;

/**
 * A core on profile `base` (a sandbox with a manual clock), a second profile `other` to switch to,
 * and the watchers' timers driven by the sandbox clock.
 */
export async function startJobsWorld(options: WorldOptions = {}): Promise<JobsWorld> {
  // The clock exists only once the world starts; the core reaches the timers through this holder.
  const holder: { timers?: SteppedTimers } = {};
  const lazyTimers: WatchTimers = { after: (ms, run) => holder.timers!.after(ms, run) };
  const world = await startCredentialWorld({
    config: CONFIG,
    credentials: BASE_KEYS + OTHER_KEYS,
    ...options,
    env: { AWS_PROFILE: 'base', ...options.env },
    core: { watch: { intervals: TEST_INTERVALS, timers: lazyTimers }, ...options.core },
  });
  const timers = new SteppedTimers(world.clock);
  holder.timers = timers;
  const clientConfig = {
    endpoint: world.sandbox.endpoint,
    region: 'us-east-1',
    credentials: world.keys,
    maxAttempts: 1,
  };
  const sagemaker = new SageMakerClient(clientConfig);
  const s3 = new S3Client({ ...clientConfig, forcePathStyle: true });
  return {
    ...world,
    timers,
    sagemaker,
    s3,
    async diagnostics() {
      const envelope = await world.core.dispatcher.request('app.diagnostics', {});
      if (!envelope.ok) throw new Error(JSON.stringify(envelope.error));
      return envelope.result as Diagnostics;
    },
    sandboxCounters: () => world.sandbox.control.counters(),
    subscribe(channel, input) {
      const recorder: WatchRecorder = { events: [], ended: undefined, cancel: () => undefined };
      const sink: StreamSink = {
        event: (event) => recorder.events.push(event),
        end: (error) => (recorder.ended = error ? { error } : {}),
      };
      recorder.cancel = world.core.dispatcher.subscribe(channel, input, sink);
      return recorder;
    },
    async close() {
      sagemaker.destroy();
      s3.destroy();
      await world.close();
    },
  };
}

export function trainingRequest(name: string, rounds = 20, extra: Partial<CreateTrainingJobRequest> = {}): CreateTrainingJobRequest {
  return {
    TrainingJobName: name,
    RoleArn: ROLE,
    AlgorithmSpecification: { TrainingImage: IMAGE, TrainingInputMode: 'File' },
    HyperParameters: { num_round: String(rounds), eta: '0.2', max_depth: '5', objective: 'binary:logistic' },
    InputDataConfig: [
      {
        ChannelName: 'train',
        DataSource: { S3DataSource: { S3DataType: 'S3Prefix', S3Uri: `s3://${BUCKET}/train/`, S3DataDistributionType: 'FullyReplicated' } },
        ContentType: 'text/csv',
      },
    ],
    OutputDataConfig: { S3OutputPath: `s3://${BUCKET}/models/` },
    ResourceConfig: { InstanceType: 'ml.m5.xlarge', InstanceCount: 1, VolumeSizeInGB: 30 },
    StoppingCondition: { MaxRuntimeInSeconds: 86_400 },
    ...extra,
  };
}

export function processingRequest(name: string, input = `s3://${BUCKET}/raw/`, extra: Partial<CreateProcessingJobRequest> = {}): CreateProcessingJobRequest {
  return {
    ProcessingJobName: name,
    RoleArn: ROLE,
    AppSpecification: { ImageUri: IMAGE, ContainerEntrypoint: ['python3', '/opt/ml/processing/code/prep.py'] },
    ProcessingInputs: [{ InputName: 'raw', S3Input: { S3Uri: input, LocalPath: '/opt/ml/processing/input', S3DataType: 'S3Prefix', S3InputMode: 'File' } }],
    ProcessingOutputConfig: {
      Outputs: [{ OutputName: 'features', S3Output: { S3Uri: `s3://${BUCKET}/features/`, LocalPath: '/opt/ml/processing/output', S3UploadMode: 'EndOfJob' } }],
    },
    ProcessingResources: { ClusterConfig: { InstanceType: 'ml.m5.large', InstanceCount: 1, VolumeSizeInGB: 20 } },
    StoppingCondition: { MaxRuntimeInSeconds: 3_600 },
    ...extra,
  };
}

/** The bucket the jobs read, with one object under `raw/` and `train/` so processing inputs exist. */
export async function seedBucket(world: JobsWorld): Promise<void> {
  await world.s3.send(new CreateBucketCommand({ Bucket: BUCKET }));
  await world.s3.send(new PutObjectCommand({ Bucket: BUCKET, Key: 'raw/part-0.csv', Body: 'a,b\n1,2\n' }));
  await world.s3.send(new PutObjectCommand({ Bucket: BUCKET, Key: 'train/part-0.csv', Body: '1,2\n' }));
}

export async function createTraining(world: JobsWorld, request: CreateTrainingJobRequest): Promise<void> {
  await world.sagemaker.send(new CreateTrainingJobCommand(request));
}

export async function createProcessing(world: JobsWorld, request: CreateProcessingJobRequest): Promise<void> {
  await world.sagemaker.send(new CreateProcessingJobCommand(request));
}

/** SageMaker calls the sandbox served, by operation (`sagemaker:` prefix dropped). */
export function sagemakerCalls(counters: Record<string, number>): Record<string, number> {
  return Object.fromEntries(
    Object.entries(counters)
      .filter(([key]) => key.startsWith('sagemaker:'))
      .map(([key, count]) => [key.slice('sagemaker:'.length), count]),
  );
}
