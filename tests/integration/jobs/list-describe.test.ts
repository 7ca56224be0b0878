import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { JobDetail, JobKind, JobPage, JobStatus, JobSummary } from '../../../shared/domain/jobs';
import { SEARCH_UNAVAILABLE } from '../../../electron/core/areas/jobs/job-listing';
import {
  BUCKET,
  IMAGE,
  ROLE,
  createProcessing,
  createTraining,
  processingForm,
  processingRequest,
  sagemakerCalls,
  seedBucket,
  startJobsWorld,
  trainingForm,
  trainingRequest,
  type JobsWorld,
} from './jobs-harness';

/** More than five pages of 100 of each kind, one second apart on the sandbox clock. */
const BULK = 520;

interface Created {
  name: string;
  at: number;
  broken: boolean;
}

let world: JobsWorld;
const training: Created[] = [];
const processing: Created[] = [];
let end = 0;

const DETAIL_TRAINING = trainingForm('detail-train-1', {
  instanceCount: 2,
  volumeSizeGb: 50,
  volumeKmsKeyId: 'alias/sagedeck-volumes',
  maxRuntimeSeconds: 7_200,
  inputs: [
    { channelName: 'train', s3Uri: `s3://${BUCKET}/train/`, contentType: 'text/csv' },
    { channelName: 'validation', s3Uri: `s3://${BUCKET}/validation/`, contentType: 'text/csv' },
  ],
  hyperParameters: { num_round: '30', eta: '0.3', max_depth: '6', objective: 'binary:logistic', eval_metric: 'auc' },
  metricDefinitions: [{ name: 'validation:auc', regex: 'validation-auc:([0-9.]+)' }],
  tags: { project: 'churn', owner: 'ml-platform' },
});

const DETAIL_PROCESSING = processingForm('detail-prep-1', {
  entrypoint: ['python3', '/opt/ml/processing/code/prep.py'],
  arguments: ['--day', '2026-01-05'],
  environment: { STAGE: 'test' },
  outputs: [{ name: 'features', s3Uri: `s3://${BUCKET}/features/`, localPath: '/opt/ml/processing/output' }],
  enableNetworkIsolation: true,
});

async function ok<T>(channel: string, input: unknown): Promise<T> {
  return world.ok<T>(channel, input);
}

/** Every page of a query, following nextToken; each page is checked on its own too. */
async function allPages(query: Record<string, unknown>): Promise<{ items: JobSummary[]; pages: JobPage[] }> {
  const pages: JobPage[] = [];
  let token: string | undefined;
  do {
    const page = await ok<JobPage>('jobs.list', { ...query, ...(token ? { nextToken: token } : {}) });
    expect(page.items.length).toBeLessThanOrEqual(100);
    pages.push(page);
    token = page.nextToken;
    expect(pages.length).toBeLessThan(20);
  } while (token);
  return { items: pages.flatMap((page) => page.items), pages };
}

function expectNewestFirstWithoutDuplicates(items: JobSummary[]): void {
  const names = items.map((item) => item.name);
  expect(new Set(names).size).toBe(names.length);
  const times = items.map((item) => Date.parse(item.createdAt));
  for (let i = 1; i < times.length; i += 1) expect(times[i]!).toBeLessThanOrEqual(times[i - 1]!);
}

const namesOf = (items: { name: string }[]) => items.map((item) => item.name).sort();

beforeAll(async () => {
  world = await startJobsWorld();
  await seedBucket(world);
  // Through the core's own start path, so the detail reflects what SageDeck sent.
  await ok('jobs.start', DETAIL_TRAINING);
  await ok('jobs.start', DETAIL_PROCESSING);
  training.push({ name: DETAIL_TRAINING.name, at: world.clock.now(), broken: false });
  processing.push({ name: DETAIL_PROCESSING.name, at: world.clock.now(), broken: false });
  for (let i = 0; i < BULK; i += 1) {
    world.clock.advance(1_000);
    const seq = String(i).padStart(4, '0');
    const family = i % 7 === 0 ? 'nightly' : 'adhoc';
    const brokenTraining = i % 13 === 5;
    const trainingName = `train-${family}-${seq}`;
    await createTraining(
      world,
      trainingRequest(trainingName, 20, brokenTraining ? { AlgorithmSpecification: { TrainingImage: `${IMAGE}-invalid`, TrainingInputMode: 'File' } } : {}),
    );
    training.push({ name: trainingName, at: world.clock.now(), broken: brokenTraining });
    const brokenProcessing = i % 11 === 3;
    const processingName = `prep-${family}-${seq}`;
    await createProcessing(world, processingRequest(processingName, brokenProcessing ? `s3://${BUCKET}/missing/` : `s3://${BUCKET}/raw/`));
    processing.push({ name: processingName, at: world.clock.now(), broken: brokenProcessing });
  }
  end = world.clock.now();
}, 120_000);

afterAll(async () => world.close());

const created = (kind: JobKind) => (kind === 'training' ? training : processing);

describe.each(['training', 'processing'] as const)('jobs.list of %s jobs over more than 500', (kind) => {
  it('pages through every job with nextToken, newest first, none twice', async () => {
    const { items, pages } = await allPages({ kind });
    expect(pages.length).toBe(Math.ceil(created(kind).length / 100));
    expect(items).toHaveLength(created(kind).length);
    expectNewestFirstWithoutDuplicates(items);
    expect(namesOf(items)).toEqual(namesOf(created(kind)));
    expect(items[0]?.name).toBe(created(kind).at(-1)?.name);
    expect(items.every((item) => item.kind === kind && item.arn.includes(`:${kind}-job/${item.name}`))).toBe(true);
    expect(pages.every((page) => page.notice === undefined)).toBe(true);
  });

  it('filters by status with AWS status values: each job in exactly one, as its lifecycle says', async () => {
    const byStatus = new Map<JobStatus, string[]>();
    for (const status of ['InProgress', 'Completed', 'Failed', 'Stopping', 'Stopped'] as const) {
      const { items } = await allPages({ kind, status });
      expect(items.every((item) => item.status === status)).toBe(true);
      expectNewestFirstWithoutDuplicates(items);
      byStatus.set(status, namesOf(items));
    }
    const union = [...byStatus.values()].flat();
    expect(union.sort()).toEqual(namesOf(created(kind)));
    const failed = new Set(byStatus.get('Failed'));
    const inProgress = new Set(byStatus.get('InProgress'));
    // Documented lifecycles: a broken job fails within 150 s; nothing ends within its first 60 s.
    for (const job of created(kind).filter((j) => j.name.includes('-0'))) {
      if (job.broken && end - job.at > 150_000) expect(failed.has(job.name), job.name).toBe(true);
      if (!job.broken) expect(failed.has(job.name), job.name).toBe(false);
      if (end - job.at < 60_000) expect(inProgress.has(job.name), job.name).toBe(true);
    }
    expect(failed.size).toBeGreaterThan(20);
    expect(byStatus.get('Completed')!.length).toBeGreaterThan(100);
  });

  it('filters by name and by a creation time window, across pages', async () => {
    const nightly = await allPages({ kind, nameContains: 'nightly' });
    expect(namesOf(nightly.items)).toEqual(namesOf(created(kind).filter((job) => job.name.includes('nightly'))));
    expect(nightly.items.length).toBe(Math.ceil(BULK / 7));

    const bulk = created(kind).filter((job) => !job.name.startsWith('detail-'));
    // Half a second off the creation times: the window does not depend on inclusive bounds.
    const after = new Date(bulk[99]!.at + 500).toISOString();
    const before = new Date(bulk[349]!.at + 500).toISOString();
    const window = await allPages({ kind, createdAfter: after, createdBefore: before });
    expect(window.pages.length).toBe(3);
    expect(namesOf(window.items)).toEqual(namesOf(bulk.slice(100, 350)));
    expectNewestFirstWithoutDuplicates(window.items);

    const combined = await allPages({ kind, nameContains: 'nightly', status: 'Failed', createdAfter: after });
    expect(combined.items.every((item) => item.name.includes('nightly') && item.status === 'Failed' && Date.parse(item.createdAt) > Date.parse(after))).toBe(true);
  });
});

describe('jobs.describe', () => {
  it('a training job: timeline, hyperparameters, channels, flags, cost with its source and date', async () => {
    world.sandbox.control.resetCounters();
    const detail = await ok<JobDetail>('jobs.describe', { kind: 'training', name: DETAIL_TRAINING.name });
    expect(detail).toMatchObject({
      kind: 'training',
      name: DETAIL_TRAINING.name,
      status: 'Completed',
      instanceType: 'ml.m5.xlarge',
      instanceCount: 2,
      volumeSizeGb: 50,
      maxRuntimeSeconds: 7_200,
      image: IMAGE,
      roleArn: ROLE,
      hyperParameters: DETAIL_TRAINING.hyperParameters,
      tags: DETAIL_TRAINING.tags,
      logGroup: '/aws/sagemaker/TrainingJobs',
      logStreamPrefix: `${DETAIL_TRAINING.name}/`,
    });
    expect(detail.statusTimeline.map((t) => t.status)).toEqual(['Starting', 'Downloading', 'Training', 'Uploading', 'Completed']);
    expect(detail.statusTimeline.every((t) => !Number.isNaN(Date.parse(t.startTime)))).toBe(true);
    expect(detail.inputs).toEqual([
      { name: 'train', s3Uri: `s3://${BUCKET}/train/`, contentType: 'text/csv' },
      { name: 'validation', s3Uri: `s3://${BUCKET}/validation/`, contentType: 'text/csv' },
    ]);
    expect(detail.outputs[0]?.s3Uri).toMatch(new RegExp(`^s3://${BUCKET}/models/`));
    const flags = Object.fromEntries(detail.flags.map((flag) => [flag.id, flag.ok]));
    expect(flags).toEqual({ 'volume-kms': true, 'output-kms': false, 'inter-container': false, 'network-isolation': false, vpc: false });
    expect(detail.finalMetrics.map((m) => m.name)).toContain('validation:auc');
    expect(detail.billableSeconds).toBeGreaterThan(0);
    expect(detail.cost).toMatchObject({ currency: 'USD', source: expect.stringContaining('aws.amazon.com/sagemaker/pricing'), priceDate: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/) });
    expect(detail.cost.hourlyPrice).toBeGreaterThan(0);
    // AWS's formula: BillableTimeInSeconds (wall clock) × InstanceCount × the hourly price, in cents.
    expect(detail.cost.soFar).toBe(Math.round(((detail.cost.hourlyPrice! * 2 * detail.billableSeconds!) / 3600) * 100) / 100);
    // Describe only what the detail shows: the job and its tags, nothing per list row.
    expect(sagemakerCalls(world.sandboxCounters())).toEqual({ DescribeTrainingJob: 1, ListTags: 1 });
  });

  it('clone: startInput round-trips through jobs.start under a new name', async () => {
    const source = await ok<JobDetail>('jobs.describe', { kind: 'training', name: DETAIL_TRAINING.name });
    expect(source.startInput).toMatchObject({ ...DETAIL_TRAINING, enableNetworkIsolation: false, enableInterContainerTrafficEncryption: false });
    const started = await ok<{ arn: string }>('jobs.start', { ...source.startInput, name: 'detail-train-1-clone' });
    expect(started.arn).toMatch(/:training-job\/detail-train-1-clone$/);
    const clone = await ok<JobDetail>('jobs.describe', { kind: 'training', name: 'detail-train-1-clone' });
    expect(clone.status).toBe('InProgress');
    expect({ ...clone.startInput, name: source.startInput.name }).toEqual(source.startInput);
  });

  it('a processing job: inputs, outputs, image, flags and the form that starts it again', async () => {
    const detail = await ok<JobDetail>('jobs.describe', { kind: 'processing', name: DETAIL_PROCESSING.name });
    expect(detail).toMatchObject({ kind: 'processing', name: DETAIL_PROCESSING.name, status: 'Completed', instanceType: 'ml.m5.large', instanceCount: 1, image: IMAGE, roleArn: ROLE });
    expect(detail.inputs).toMatchObject([{ name: 'raw', s3Uri: `s3://${BUCKET}/raw/`, localPath: '/opt/ml/processing/input' }]);
    expect(detail.outputs).toMatchObject([{ name: 'features', s3Uri: `s3://${BUCKET}/features/`, localPath: '/opt/ml/processing/output' }]);
    expect(detail.flags.find((flag) => flag.id === 'network-isolation')?.ok).toBe(true);
    expect(detail.logGroup).toBe('/aws/sagemaker/ProcessingJobs');
    expect(detail.cost.source).toContain('aws.amazon.com/sagemaker/pricing');
    expect(detail.startInput).toMatchObject(DETAIL_PROCESSING);
  });

  it('a job that does not exist is AWS\'s error, not an empty detail', async () => {
    const error = await world.fail('jobs.describe', { kind: 'training', name: 'no-such-job' });
    expect(error.message).toMatch(/not found/i);
  });
});

describe('any endpoint: where Search is refused, the training list comes from ListTrainingJobs', () => {
  it.each(['accessDenied', 'unknownOperation'] as const)('with %s, pages, filters and says what is missing', async (kind) => {
    world.sandbox.control.addFault({ operation: 'sagemaker:Search', kind });
    world.sandbox.control.resetCounters();
    try {
      const { items, pages } = await allPages({ kind: 'training' });
      expect(pages.every((page) => page.notice === SEARCH_UNAVAILABLE)).toBe(true);
      expect(namesOf(items)).toEqual(namesOf(training).concat('detail-train-1-clone').sort());
      expectNewestFirstWithoutDuplicates(items);
      // Rows from the List API have no instance type: the detail has it.
      expect(items.every((item) => item.instanceType === undefined)).toBe(true);
      const failed = await allPages({ kind: 'training', status: 'Failed', nameContains: 'nightly' });
      expect(failed.items.length).toBeGreaterThan(0);
      expect(failed.items.every((item) => item.status === 'Failed' && item.name.includes('nightly'))).toBe(true);
      const calls = sagemakerCalls(world.sandboxCounters());
      // Search is tried once per first page (it is refused), later pages go straight to the List API.
      expect(calls.Search).toBe(2);
      expect(calls.ListTrainingJobs).toBe(pages.length + failed.pages.length);
    } finally {
      world.sandbox.control.clearFaults();
    }
  });
});
