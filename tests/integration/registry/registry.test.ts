import {
  CreateModelPackageCommand,
  CreateModelPackageGroupCommand,
  DescribeModelPackageCommand,
  DescribeTrainingJobCommand,
  UpdateModelPackageCommand,
} from '@aws-sdk/client-sagemaker';
import { PutObjectCommand } from '@aws-sdk/client-s3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { VERSIONS_SEARCH_UNAVAILABLE } from '../../../electron/core/areas/registry/version-listing';
import type { SessionIdentity } from '../../../shared/domain/session';
import type { ApprovalEvent, ModelGroupPage, ModelVersionDetail, ModelVersionPage } from '../../../shared/domain/registry';
import { BUCKET, IMAGE, createTraining, sagemakerCalls, seedBucket, startJobsWorld, trainingRequest, type JobsWorld } from '../jobs/jobs-harness';

let world: JobsWorld;
let caller: string;
const GROUP = 'churn';

beforeAll(async () => {
  world = await startJobsWorld();
  await seedBucket(world);
  await world.sagemaker.send(new CreateModelPackageGroupCommand({ ModelPackageGroupName: GROUP, Tags: [{ Key: 'team', Value: 'ml' }] }));
  await world.sagemaker.send(new CreateModelPackageGroupCommand({ ModelPackageGroupName: 'fraud-detect' }));
  await createTraining(world, trainingRequest('reg-done', 5));
  // Starting, downloading, five rounds and uploading take well under ten minutes of sandbox time.
  world.clock.advance(600_000);
  await createTraining(world, trainingRequest('reg-running', 5));
  caller = (await world.ok<SessionIdentity>('session.identity')).arn;
}, 60_000);
afterAll(() => world?.close());

const updates = () => sagemakerCalls(world.sandboxCounters()).UpdateModelPackage ?? 0;

describe('registry through a profile whose endpoint_url is the sandbox', { timeout: 30_000 }, () => {
  it('registers a version from a completed training job: its image, artifacts and final metrics', async () => {
    const job = await world.sagemaker.send(new DescribeTrainingJobCommand({ TrainingJobName: 'reg-done' }));
    expect(job.TrainingJobStatus).toBe('Completed');
    const created = await world.ok<{ arn: string; version: number }>('registry.register', { group: GROUP, trainingJob: 'reg-done' });
    expect(created.version).toBe(1);
    const detail = await world.ok<ModelVersionDetail>('registry.describe', { group: GROUP, version: 1 });
    expect(detail).toMatchObject({
      arn: created.arn,
      approvalStatus: 'PendingManualApproval',
      sourceTrainingJob: 'reg-done',
      image: IMAGE,
      artifacts: job.ModelArtifacts?.S3ModelArtifacts,
      createdBy: caller,
    });
    const final = job.FinalMetricDataList ?? [];
    expect(final.length).toBeGreaterThan(0);
    expect(detail.metrics).toEqual(
      expect.arrayContaining(final.map((metric) => ({ name: metric.MetricName, value: metric.Value, source: 'customer-metadata' }))),
    );
  });

  it('refuses a training job that has not completed, next to the job field, and creates nothing', async () => {
    const error = await world.fail('registry.register', { group: GROUP, trainingJob: 'reg-running' });
    expect(error.fields?.trainingJob).toMatch(/reg-running is InProgress/);
    const page = await world.ok<ModelVersionPage>('registry.versions', { group: GROUP });
    expect(page.items.map((item) => item.version)).toEqual([1]);
  });

  it('searches groups by name, newest first, through AWS', async () => {
    const all = await world.ok<ModelGroupPage>('registry.groups', {});
    expect(all.items.map((group) => group.name)).toEqual(['fraud-detect', GROUP]);
    const found = await world.ok<ModelGroupPage>('registry.groups', { nameContains: 'chur' });
    expect(found.items.map((group) => group.name)).toEqual([GROUP]);
  });

  it("reads metrics from the model quality statistics file, and says so when a file can't be read", async () => {
    await world.s3.send(
      new PutObjectCommand({ Bucket: BUCKET, Key: 'eval/good.json', Body: JSON.stringify({ binary_classification_metrics: { auc: { value: 0.93, standard_deviation: 0.01 } } }) }),
    );
    for (const key of ['eval/good.json', 'eval/missing.json']) {
      await world.sagemaker.send(
        new CreateModelPackageCommand({
          ModelPackageGroupName: GROUP,
          InferenceSpecification: { Containers: [{ Image: IMAGE }] },
          ModelMetrics: { ModelQuality: { Statistics: { ContentType: 'application/json', S3Uri: `s3://${BUCKET}/${key}` } } },
        }),
      );
    }
    const good = await world.ok<ModelVersionDetail>('registry.describe', { group: GROUP, version: 2 });
    expect(good.metrics).toEqual([{ name: 'auc', value: 0.93, source: 'model-metrics' }]);
    expect(good.metricsNotes).toEqual([]);
    const missing = await world.ok<ModelVersionDetail>('registry.describe', { group: GROUP, version: 3 });
    expect(missing.metrics).toEqual([]);
    expect(missing.metricsNotes[0]).toContain(`s3://${BUCKET}/eval/missing.json could not be read (NoSuchKey`);
  });

  it('lists versions newest first with their columns from one Search, filtered by approval status', async () => {
    const page = await world.ok<ModelVersionPage>('registry.versions', { group: GROUP });
    expect(page.items.map((item) => item.version)).toEqual([3, 2, 1]);
    expect(page.notice).toBeUndefined();
    expect(page.items[2]).toMatchObject({ sourceTrainingJob: 'reg-done', image: IMAGE });
    expect(page.items[2]?.metrics?.length).toBeGreaterThan(0);
    const approved = await world.ok<ModelVersionPage>('registry.versions', { group: GROUP, approvalStatus: 'Approved' });
    expect(approved.items).toEqual([]);
  });

  it('falls back to ListModelPackages where Search is missing, and says what the list lacks', async () => {
    world.sandbox.control.addFault({ operation: 'sagemaker:Search', kind: 'unknownOperation', count: 1 });
    const page = await world.ok<ModelVersionPage>('registry.versions', { group: GROUP });
    expect(page.items.map((item) => item.version)).toEqual([3, 2, 1]);
    expect(page.notice).toBe(VERSIONS_SEARCH_UNAVAILABLE);
    expect(page.items[0]?.metrics).toBeUndefined();
  });

  it('refuses an approval without a comment before any call, and asks for confirmation before approving', async () => {
    const before = updates();
    const empty = await world.fail('registry.approve', { group: GROUP, version: 1, comment: '   ' });
    expect(empty.code).toBe('InvalidInput');
    expect(empty.fields?.comment).toMatch(/approval description/);
    const unconfirmed = await world.request('registry.approve', { group: GROUP, version: 1, comment: 'looks good' });
    expect(unconfirmed.ok).toBe(false);
    expect(!unconfirmed.ok && unconfirmed.error.code).toBe('ConfirmationRequired');
    expect(!unconfirmed.ok && unconfirmed.error.confirmation?.target).toBe(`${GROUP}/1`);
    expect(updates()).toBe(before);
  });

  it('approves then rejects with comments; the history has both with the caller ARN, and AWS keeps the latest', async () => {
    world.clock.advance(60_000);
    const approved = await world.ok<ApprovalEvent>('registry.approve', { group: GROUP, version: 1, comment: 'AUC 0.91 beats v0' });
    expect(approved).toMatchObject({ status: 'Approved', by: caller, comment: 'AUC 0.91 beats v0' });
    world.clock.advance(60_000);
    await world.ok('registry.reject', { group: GROUP, version: 1, comment: 'Bias report failed' });

    const arn = (await world.ok<ModelVersionDetail>('registry.describe', { group: GROUP, version: 1 })).arn;
    const aws = await world.sagemaker.send(new DescribeModelPackageCommand({ ModelPackageName: arn }));
    expect(aws).toMatchObject({ ModelApprovalStatus: 'Rejected', ApprovalDescription: 'Bias report failed', LastModifiedBy: { IamIdentity: { Arn: caller } } });

    const history = await world.ok<ApprovalEvent[]>('registry.history', { group: GROUP, version: 1 });
    expect(history.map(({ status, comment, by, source }) => ({ status, comment, by, source }))).toEqual([
      { status: 'Registered', comment: undefined, by: caller, source: 'aws' },
      { status: 'Approved', comment: 'AUC 0.91 beats v0', by: caller, source: 'journal' },
      { status: 'Rejected', comment: 'Bias report failed', by: caller, source: 'both' },
    ]);
    expect(history[1]?.at).toBe(approved.at);
    expect(new Date(history[2]?.at ?? '').getTime()).toBe(new Date(approved.at).getTime() + 60_000);
  });

  it("shows a decision made outside SageDeck from AWS's LastModifiedBy", async () => {
    const arn = (await world.ok<ModelVersionDetail>('registry.describe', { group: GROUP, version: 2 })).arn;
    world.clock.advance(60_000);
    await world.sagemaker.send(new UpdateModelPackageCommand({ ModelPackageArn: arn, ModelApprovalStatus: 'Approved', ApprovalDescription: 'approved in the AWS console' }));
    const history = await world.ok<ApprovalEvent[]>('registry.history', { group: GROUP, version: 2 });
    expect(history.at(-1)).toMatchObject({ status: 'Approved', comment: 'approved in the AWS console', source: 'aws', by: caller });
  });

  it("passes AWS's refusals on: a version or a group that does not exist", async () => {
    const version = await world.fail('registry.approve', { group: GROUP, version: 99, comment: 'ship it' });
    expect(version.code).toBe('ValidationException');
    expect(version.message).toMatch(/model-package\/churn\/99 does not exist/);
    const group = await world.fail('registry.versions', { group: 'no-such-group' });
    expect(group.code).toBe('ValidationException');
    expect(group.message).toMatch(/no-such-group does not exist/);
  });

  it('says plainly when an endpoint has no UpdateModelPackage', async () => {
    world.sandbox.control.addFault({ operation: 'sagemaker:UpdateModelPackage', kind: 'unknownOperation', count: 1 });
    const error = await world.fail('registry.approve', { group: GROUP, version: 3, comment: 'ship it' });
    expect(error.message).toMatch(/UpdateModelPackage/);
  });
});
