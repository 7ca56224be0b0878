import { ListProcessingJobsCommand } from '@aws-sdk/client-sagemaker';
import { describe, expect, it } from 'vitest';
import type { TaggedResources } from '../../../shared/domain/tags';
import { PACKAGE } from '../endpoints/endpoints-harness';
import { sagemakerCalls } from '../jobs/jobs-harness';
import { useDemoWorld } from '../experiments/demo-world';

const GROUP = 'arn:aws:sagemaker:us-east-1:111122223333:model-package-group/churn-prediction';
const VERSION = PACKAGE(3);
const ENDPOINT = 'arn:aws:sagemaker:us-east-1:111122223333:endpoint/churn-prod';

const world = useDemoWorld();

const find = (filters: { key: string; value?: string }[]) => world().ok<TaggedResources>('tags.find', { filters });

describe('tags on model groups and versions', () => {
  it('edits the tags of a group and a version, finds them by tag across the pipeline, and not after removal', async () => {
    expect(await world().ok('tags.list', { arn: GROUP })).toEqual({});
    expect(await world().ok('tags.update', { arn: GROUP, set: { 'use-case': 'churn', owner: 'ml-team' }, remove: [] })).toEqual({ 'use-case': 'churn', owner: 'ml-team' });
    expect(await world().ok('tags.update', { arn: VERSION, set: { stage: 'prod' }, remove: [] })).toEqual({ stage: 'prod' });
    expect(await world().ok('tags.list', { arn: VERSION })).toEqual({ stage: 'prod' });

    // A key alone matches any value; several filters must all hold.
    expect((await find([{ key: 'owner' }])).arns).toEqual([GROUP]);
    expect((await find([{ key: 'use-case', value: 'churn' }, { key: 'owner', value: 'ml-team' }])).arns).toEqual([GROUP]);
    expect((await find([{ key: 'owner', value: 'someone-else' }])).arns).toEqual([]);
    // The demo endpoint is tagged stage=prod too.
    const prod = await find([{ key: 'stage', value: 'prod' }]);
    expect(prod.arns.sort()).toEqual([ENDPOINT, VERSION].sort());
    expect(prod.notice).toBeUndefined();

    // Overwrite one, remove another: the answer is the tags as they are now.
    expect(await world().ok('tags.update', { arn: GROUP, set: { 'use-case': 'retention' }, remove: ['owner'] })).toEqual({ 'use-case': 'retention' });
    expect(await world().ok('tags.update', { arn: VERSION, set: {}, remove: ['stage'] })).toEqual({});
    expect((await find([{ key: 'owner' }])).arns).toEqual([]);
    expect((await find([{ key: 'use-case', value: 'churn' }])).arns).toEqual([]);
    expect((await find([{ key: 'stage', value: 'prod' }])).arns).toEqual([ENDPOINT]);
  });

  it('refuses a key that is both set and removed, and AWS-reserved keys, before calling AWS', async () => {
    world().sandbox.control.resetCounters();
    const both = await world().fail('tags.update', { arn: GROUP, set: { stage: 'dev' }, remove: ['stage'] });
    expect(both).toMatchObject({ code: 'InvalidInput', fields: { remove: expect.any(String) } });
    const reserved = await world().fail('tags.update', { arn: GROUP, set: { 'aws:owner': 'x' }, remove: [] });
    expect(reserved.code).toBe('InvalidInput');
    expect(sagemakerCalls(world().sandboxCounters())).toEqual({});
  });
});

describe('tags.find across the pipeline', () => {
  it('finds training jobs, experiments and the endpoint carrying project=churn, and processing jobs by their schedule tag', async () => {
    const found = await find([{ key: 'project', value: 'churn' }]);
    const kinds = (arns: string[], kind: string) => arns.filter((arn) => arn.includes(`:${kind}/`));
    // Training job 004 and the processing jobs are the demo's resources without a project tag.
    expect(kinds(found.arns, 'training-job')).toHaveLength(20);
    expect(kinds(found.arns, 'experiment')).toHaveLength(2);
    expect(kinds(found.arns, 'endpoint')).toEqual([ENDPOINT]);
    expect(kinds(found.arns, 'processing-job')).toEqual([]);
    expect(found.notice).toBeUndefined();
    const scheduled = await find([{ key: 'schedule' }]);
    const processing = await world().sagemaker.send(new ListProcessingJobsCommand({ MaxResults: 100 }));
    expect(kinds(scheduled.arns, 'processing-job').sort()).toEqual((processing.ProcessingJobSummaries ?? []).map((j) => j.ProcessingJobArn).sort());
  });

  it('without the Tagging API, reads processing jobs\' tags once per 30 seconds, and again after an edit', async () => {
    world().sandbox.control.addFault({ operation: 'tagging:GetResources', kind: 'unknownOperation' });
    // Past what earlier finds remembered.
    world().clock.advance(31_000);
    world().sandbox.control.resetCounters();
    const first = await find([{ key: 'schedule', value: 'manual' }]);
    const again = await find([{ key: 'schedule', value: 'daily' }]);
    const calls = sagemakerCalls(world().sandboxCounters());
    expect(calls.ListProcessingJobs).toBe(1);
    const jobs = calls.ListTags ?? 0;
    expect(jobs).toBeGreaterThan(0);
    expect(first.arns.length + again.arns.length).toBe(jobs);

    // Tagging a processing job shows at once; otherwise the tags are read again after 30 s.
    const job = first.arns[0] ?? again.arns[0]!;
    await world().ok('tags.update', { arn: job, set: { reviewed: 'yes' }, remove: [] });
    expect((await find([{ key: 'reviewed' }])).arns).toEqual([job]);
    expect(sagemakerCalls(world().sandboxCounters()).ListProcessingJobs).toBe(2);
    world().clock.advance(29_000);
    await find([{ key: 'reviewed' }]);
    expect(sagemakerCalls(world().sandboxCounters()).ListProcessingJobs).toBe(2);
    world().clock.advance(2_000);
    await find([{ key: 'reviewed' }]);
    expect(sagemakerCalls(world().sandboxCounters()).ListProcessingJobs).toBe(3);
  });

  it('says so when the endpoint has neither the Tagging API nor Search, and still finds processing jobs', async () => {
    world().sandbox.control.addFault({ operation: 'tagging:GetResources', kind: 'unknownOperation' });
    world().sandbox.control.addFault({ operation: 'sagemaker:Search', kind: 'accessDenied' });
    const found = await find([{ key: 'schedule' }]);
    expect(found.arns.length).toBeGreaterThan(0);
    expect(found.arns.every((arn) => arn.includes(':processing-job/'))).toBe(true);
    expect(found.notice).toMatch(/does not answer the Resource Groups Tagging API.*does not answer SageMaker Search.*only processing jobs/);
  });
});
