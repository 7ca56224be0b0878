import { statSync } from 'node:fs';
import { join } from 'node:path';
import { DescribeProcessingJobCommand, DescribeTrainingJobCommand } from '@aws-sdk/client-sagemaker';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { JobDetail, JobTemplate } from '../../../shared/domain/jobs';
import type { JournalEntry } from '../../../shared/domain/journal';
import { BUCKET, processingForm, sagemakerCalls, seedBucket, startJobsWorld, trainingForm, type JobsWorld } from './jobs-harness';

const TRAINING = trainingForm('start-train-1');
const PROCESSING = processingForm('start-prep-1');

let world: JobsWorld;
beforeEach(async () => {
  world = await startJobsWorld();
  await seedBucket(world);
});
afterEach(async () => world.close());

async function journal(): Promise<JournalEntry[]> {
  return world.ok<JournalEntry[]>('journal.list', {});
}

/** What the core and the sandbox have seen of AWS so far: both must stay still for a refusal. */
async function awsCalls(): Promise<{ core: Record<string, number>; sandbox: Record<string, number> }> {
  return { core: (await world.diagnostics()).requests, sandbox: world.sandboxCounters() };
}

describe('jobs.start', () => {
  it('starts a valid training job and a valid processing job, each journalled', async () => {
    const training = await world.ok<{ arn: string }>('jobs.start', TRAINING);
    expect(training.arn).toBe(`arn:aws:sagemaker:us-east-1:111122223333:training-job/${TRAINING.name}`);
    const processing = await world.ok<{ arn: string }>('jobs.start', PROCESSING);
    expect(processing.arn).toBe(`arn:aws:sagemaker:us-east-1:111122223333:processing-job/${PROCESSING.name}`);
    // AWS has them as sent (read with an independent SDK client, not the core's).
    const t = await world.sagemaker.send(new DescribeTrainingJobCommand({ TrainingJobName: TRAINING.name }));
    expect(t).toMatchObject({ TrainingJobStatus: 'InProgress', HyperParameters: TRAINING.hyperParameters, ResourceConfig: { InstanceType: 'ml.m5.xlarge', InstanceCount: 1, VolumeSizeInGB: 30 } });
    const p = await world.sagemaker.send(new DescribeProcessingJobCommand({ ProcessingJobName: PROCESSING.name }));
    expect(p.ProcessingJobStatus).toBe('InProgress');
    expect((await journal()).map((e) => [e.channel, e.target, e.outcome])).toEqual([
      ['jobs.start', PROCESSING.name, 'success'],
      ['jobs.start', TRAINING.name, 'success'],
    ]);
  });

  const invalid: [string, Record<string, unknown>, string, RegExp][] = [
    ['name with an underscore', { ...TRAINING, name: 'bad_name' }, 'name', /letters, digits and hyphens/],
    ['name of 64 characters', { ...TRAINING, name: 'a'.repeat(64) }, 'name', /at most 63/],
    ['name ending in a hyphen', { ...TRAINING, name: 'ends-' }, 'name', /start and end/],
    ['input S3 URI over https', { ...TRAINING, inputs: [{ channelName: 'train', s3Uri: `https://${BUCKET}.s3.amazonaws.com/train/` }] }, 'inputs.0.s3Uri', /S3 URI/],
    ['output S3 URI with an upper-case bucket', { ...TRAINING, outputS3Uri: 's3://My-Bucket/models/' }, 'outputS3Uri', /S3 URI/],
    ['processing input S3 URI', { ...PROCESSING, inputs: [{ ...PROCESSING.inputs[0], s3Uri: 's3:/raw' }] }, 'inputs.0.s3Uri', /S3 URI/],
    ['instance type', { ...TRAINING, instanceType: 'ml.m5.huge' }, 'instanceType', /instance type/],
    ['a training-only instance type for processing', { ...PROCESSING, instanceType: 'ml.p4d.24xlarge' }, 'instanceType', /instance type/],
    ['instance count 0', { ...TRAINING, instanceCount: 0 }, 'instanceCount', /At least 1/],
    ['instance count 1.5', { ...TRAINING, instanceCount: 1.5 }, 'instanceCount', /whole number/],
    ['volume size 0', { ...TRAINING, volumeSizeGb: 0 }, 'volumeSizeGb', /At least 1/],
    ['volume size over 16384', { ...PROCESSING, volumeSizeGb: 16_385 }, 'volumeSizeGb', /At most 16,384/],
    ['max runtime over 28 days', { ...TRAINING, maxRuntimeSeconds: 2_419_201 }, 'maxRuntimeSeconds', /At most 2,419,200/],
    ['processing max runtime over 9 days', { ...PROCESSING, maxRuntimeSeconds: 777_601 }, 'maxRuntimeSeconds', /At most 777,600/],
    ['hyperparameter key of 257 characters', { ...TRAINING, hyperParameters: { ['k'.repeat(257)]: '1' } }, 'hyperParameters', /Keys are at most 256/],
    ['hyperparameter value of 2501 characters', { ...TRAINING, hyperParameters: { eta: 'x'.repeat(2501) } }, 'hyperParameters.eta', /Values are at most 2500/],
  ];

  it.each(invalid)('refuses %s with a field message before any AWS call, and journals nothing', async (_what, input, field, message) => {
    const before = await awsCalls();
    const envelope = await world.request('jobs.start', input, { confirmed: true });
    expect(envelope.ok).toBe(false);
    if (envelope.ok) return;
    expect(envelope.error.code).toBe('InvalidInput');
    const fields = envelope.error.fields ?? {};
    const key = Object.keys(fields).find((name) => name === field || name.startsWith(`${field}.`));
    expect(key, JSON.stringify(fields)).toBeDefined();
    expect(fields[key!]).toMatch(message);
    expect(await awsCalls()).toEqual(before);
    expect(await journal()).toEqual([]);
  });

  it('AWS refusing a duplicate name comes back next to the name field, with its request id', async () => {
    await world.ok('jobs.start', TRAINING);
    const before = world.sandboxCounters()['sagemaker:CreateTrainingJob'];
    const error = await world.fail('jobs.start', { ...TRAINING, hyperParameters: { num_round: '10' } });
    expect(world.sandboxCounters()['sagemaker:CreateTrainingJob']).toBe((before ?? 0) + 1);
    expect(error.code).toBe('ResourceInUse');
    expect(error.fields?.name).toMatch(/must be unique/);
    expect(error.requestId).toMatch(/\S/);
    const [latest] = await journal();
    expect(latest).toMatchObject({ channel: 'jobs.start', target: TRAINING.name, outcome: 'failure', error: { code: 'ResourceInUse' }, requestId: error.requestId });
  });
});

describe('jobs.stop', () => {
  it('asks for confirmation, then stops: Stopping, then Stopped on the sandbox clock, in the journal', async () => {
    await world.ok('jobs.start', TRAINING);
    world.clock.advance(90_000);
    const refused = await world.request('jobs.stop', { kind: 'training', name: TRAINING.name });
    expect(refused).toMatchObject({ ok: false, error: { code: 'ConfirmationRequired', confirmation: { action: 'Stop job', target: TRAINING.name, typeToConfirm: false } } });
    expect(world.sandboxCounters()['sagemaker:StopTrainingJob']).toBeUndefined();
    expect((await journal()).map((e) => e.channel)).toEqual(['jobs.start']);
    const describe = () => world.ok<JobDetail>('jobs.describe', { kind: 'training', name: TRAINING.name });
    expect((await describe()).status).toBe('InProgress');

    expect(await world.request('jobs.stop', { kind: 'training', name: TRAINING.name }, { confirmed: true })).toEqual({ ok: true, result: { stopping: true } });
    expect((await describe()).status).toBe('Stopping');
    world.clock.advance(20_000);
    const stopped = await describe();
    expect(stopped.status).toBe('Stopped');
    expect(stopped.statusTimeline.at(-1)?.status).toBe('Stopped');
    const [entry] = await journal();
    expect(entry).toMatchObject({ channel: 'jobs.stop', target: TRAINING.name, outcome: 'success', profile: 'base', region: 'us-east-1', input: { kind: 'training', name: TRAINING.name } });
  });

  it('stops a processing job; stopping a finished job is AWS\'s refusal, journalled as a failure', async () => {
    await world.ok('jobs.start', PROCESSING);
    await world.ok('jobs.stop', { kind: 'processing', name: PROCESSING.name });
    world.clock.advance(15_000);
    expect((await world.ok<JobDetail>('jobs.describe', { kind: 'processing', name: PROCESSING.name })).status).toBe('Stopped');
    const error = await world.fail('jobs.stop', { kind: 'processing', name: PROCESSING.name });
    expect(error.code).toBe('ValidationException');
    expect((await journal())[0]).toMatchObject({ channel: 'jobs.stop', outcome: 'failure' });
  });

  it('on a production profile the job name must be typed', async () => {
    await world.ok('jobs.start', TRAINING);
    await world.ok('settings.update', { productionProfiles: ['base'] });
    const confirmedOnly = await world.request('jobs.stop', { kind: 'training', name: TRAINING.name }, { confirmed: true });
    expect(confirmedOnly).toMatchObject({ ok: false, error: { code: 'ConfirmationRequired', confirmation: { typeToConfirm: true } } });
    const typed = await world.core.dispatcher.request('jobs.stop', { kind: 'training', name: TRAINING.name }, { confirmed: true, typedConfirmation: TRAINING.name });
    expect(typed.ok).toBe(true);
    expect(sagemakerCalls(world.sandboxCounters()).StopTrainingJob).toBe(1);
  });
});

describe('job templates', () => {
  it('saves, lists and deletes (with confirmation) templates in a private file of the data dir', async () => {
    const saved = await world.ok<JobTemplate>('jobs.saveTemplate', { name: 'nightly training', input: TRAINING });
    await world.ok<JobTemplate>('jobs.saveTemplate', { name: 'prep', input: PROCESSING });
    const file = join(world.dataDir, 'job-templates.json');
    expect(statSync(file).mode & 0o777).toBe(0o600);
    const list = await world.ok<JobTemplate[]>('jobs.listTemplates', {});
    expect(list.map((t) => t.name)).toEqual(['nightly training', 'prep']);
    expect(list[0]).toMatchObject({ id: saved.id, input: TRAINING });

    // Saving under the same name replaces it.
    await world.ok('jobs.saveTemplate', { name: 'prep', input: { ...PROCESSING, instanceCount: 2 } });
    const replaced = await world.ok<JobTemplate[]>('jobs.listTemplates', {});
    expect(replaced).toHaveLength(2);
    expect(replaced[1]?.input).toMatchObject({ instanceCount: 2 });

    // A template holds a start form: an invalid one is refused like a start.
    const bad = await world.request('jobs.saveTemplate', { name: 'bad', input: { ...TRAINING, instanceCount: 0 } }, { confirmed: true });
    expect(bad).toMatchObject({ ok: false, error: { code: 'InvalidInput', fields: { 'input.instanceCount': expect.any(String) } } });

    const refused = await world.request('jobs.deleteTemplate', { id: saved.id, name: saved.name });
    expect(refused).toMatchObject({ ok: false, error: { code: 'ConfirmationRequired' } });
    expect(await world.ok<JobTemplate[]>('jobs.listTemplates', {})).toHaveLength(2);
    await world.ok('jobs.deleteTemplate', { id: saved.id, name: saved.name });
    expect((await world.ok<JobTemplate[]>('jobs.listTemplates', {})).map((t) => t.name)).toEqual(['prep']);
    expect(statSync(file).mode & 0o777).toBe(0o600);
    const error = await world.fail('jobs.deleteTemplate', { id: saved.id, name: saved.name });
    expect(error.message).toContain('nightly training');
    expect((await journal()).map((e) => [e.channel, e.outcome])).toEqual([
      ['jobs.deleteTemplate', 'failure'],
      ['jobs.deleteTemplate', 'success'],
      ['jobs.saveTemplate', 'success'],
      ['jobs.saveTemplate', 'success'],
      ['jobs.saveTemplate', 'success'],
    ]);
    // Templates are not AWS calls.
    expect(sagemakerCalls(world.sandboxCounters())).toEqual({});
  });
});
