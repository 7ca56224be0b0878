import {
  AddTagsCommand,
  CreateTrainingJobCommand,
  DescribeTrainingJobCommand,
  ListTrainingJobsCommand,
  SearchCommand,
  StopTrainingJobCommand,
  type CreateTrainingJobCommandInput,
} from '@aws-sdk/client-sagemaker';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serviceError, startSageMakerSandbox, trainingJobInput, type SageMakerSandbox } from './sagemaker-harness';

describe('SageMaker training job API: validation, errors, lists and Search', () => {
  let s: SageMakerSandbox;
  beforeAll(async () => {
    s = await startSageMakerSandbox();
    // Five jobs a minute apart; b and d finish, c is stopped, a and e keep running.
    for (const name of ['job-a', 'job-b', 'job-c', 'job-d', 'job-e']) {
      await s.sagemaker.send(new CreateTrainingJobCommand(trainingJobInput(name, { HyperParameters: { num_round: name === 'job-b' || name === 'job-d' ? '1' : '500' } })));
      s.clock.advance(60_000);
    }
    s.clock.advance(200_000);
    await s.sagemaker.send(new StopTrainingJobCommand({ TrainingJobName: 'job-c' }));
    s.clock.advance(30_000);
    await s.sagemaker.send(new AddTagsCommand({ ResourceArn: 'arn:aws:sagemaker:us-east-1:111122223333:training-job/job-d', Tags: [{ Key: 'team', Value: 'retention' }] }));
  });
  afterAll(async () => {
    await s.stop();
  });

  const create = (input: CreateTrainingJobCommandInput) => serviceError(s.sagemaker.send(new CreateTrainingJobCommand(input)));

  it('refuses a duplicate name with ResourceInUse and the ARN', async () => {
    const error = await create(trainingJobInput('job-a'));
    expect(error.name).toBe('ResourceInUse');
    expect(error.$metadata.httpStatusCode).toBe(400);
    expect(error.message).toBe(
      'Training job names must be unique within an AWS account and region, and a training job with this name already exists (arn:aws:sagemaker:us-east-1:111122223333:training-job/job-a)',
    );
  });

  it('treats names case-insensitively for uniqueness', async () => {
    expect((await create(trainingJobInput('JOB-A'))).name).toBe('ResourceInUse');
  });

  it('answers a missing job with ValidationException "Requested resource not found."', async () => {
    const error = await serviceError(s.sagemaker.send(new DescribeTrainingJobCommand({ TrainingJobName: 'no-such-job' })));
    expect(error.name).toBe('ValidationException');
    expect(error.message).toBe('Requested resource not found.');
  });

  it('reports pattern, enum, range and required violations in AWS wording', async () => {
    const badName = await create(trainingJobInput('bad_name!'));
    expect(badName.name).toBe('ValidationException');
    expect(badName.message).toBe(
      "1 validation error detected: Value 'bad_name!' at 'trainingJobName' failed to satisfy constraint: Member must satisfy regular expression pattern: ^[a-zA-Z0-9](-*[a-zA-Z0-9]){0,62}",
    );

    const several = await create(
      trainingJobInput('ok-name', {
        RoleArn: 'not-a-role-arn-at-all',
        ResourceConfig: { InstanceType: 'ml.fake.huge', InstanceCount: 0, VolumeSizeInGB: 30 },
        OutputDataConfig: { S3OutputPath: 'bucket/models' },
      }) as CreateTrainingJobCommandInput,
    );
    expect(several.message).toMatch(/^4 validation errors detected: /);
    expect(several.message).toContain("Value 'not-a-role-arn-at-all' at 'roleArn' failed to satisfy constraint: Member must satisfy regular expression pattern");
    expect(several.message).toContain("Value 'ml.fake.huge' at 'resourceConfig.instanceType' failed to satisfy constraint: Member must satisfy enum value set: [");
    expect(several.message).toContain("Value '0' at 'resourceConfig.instanceCount' failed to satisfy constraint: Member must have value greater than or equal to 1");
    expect(several.message).toContain("Value 'bucket/models' at 'outputDataConfig.s3OutputPath' failed to satisfy constraint: Member must satisfy regular expression pattern: ^(https|s3)://([^/]+)/?(.*)");

    const { StoppingCondition: _omitted, ...noStopping } = trainingJobInput('ok-name-2');
    const missing = await create(noStopping);
    expect(missing.message).toBe("1 validation error detected: Value null at 'stoppingCondition' failed to satisfy constraint: Member must not be null");
  });

  it('lists in creation order by default and pages with NextToken', async () => {
    const seen: string[] = [];
    let token: string | undefined;
    let pages = 0;
    do {
      const page = await s.sagemaker.send(new ListTrainingJobsCommand({ MaxResults: 2, NextToken: token }));
      seen.push(...(page.TrainingJobSummaries ?? []).map((j) => j.TrainingJobName ?? ''));
      token = page.NextToken;
      pages++;
    } while (token);
    expect(seen).toEqual(['job-a', 'job-b', 'job-c', 'job-d', 'job-e']);
    expect(pages).toBe(3);
  });

  it('sorts by name or status in either order', async () => {
    const byName = await s.sagemaker.send(new ListTrainingJobsCommand({ SortBy: 'Name', SortOrder: 'Descending' }));
    expect(byName.TrainingJobSummaries?.map((j) => j.TrainingJobName)).toEqual(['job-e', 'job-d', 'job-c', 'job-b', 'job-a']);
    const byStatus = await s.sagemaker.send(new ListTrainingJobsCommand({ SortBy: 'Status', SortOrder: 'Ascending' }));
    expect(byStatus.TrainingJobSummaries?.map((j) => j.TrainingJobStatus)).toEqual(['Completed', 'Completed', 'InProgress', 'InProgress', 'Stopped']);
  });

  it('filters by status, name fragment and creation time', async () => {
    const completed = await s.sagemaker.send(new ListTrainingJobsCommand({ StatusEquals: 'Completed' }));
    expect(completed.TrainingJobSummaries?.map((j) => j.TrainingJobName)).toEqual(['job-b', 'job-d']);
    const named = await s.sagemaker.send(new ListTrainingJobsCommand({ NameContains: '-B' }));
    expect(named.TrainingJobSummaries?.map((j) => j.TrainingJobName)).toEqual(['job-b']);
    const start = Date.UTC(2026, 0, 5, 9, 0, 0);
    const window = await s.sagemaker.send(new ListTrainingJobsCommand({ CreationTimeAfter: new Date(start + 30_000), CreationTimeBefore: new Date(start + 150_000) }));
    expect(window.TrainingJobSummaries?.map((j) => j.TrainingJobName)).toEqual(['job-b', 'job-c']);
  });

  it('rejects MaxResults out of range and tokens it did not issue', async () => {
    const tooMany = await serviceError(s.sagemaker.send(new ListTrainingJobsCommand({ MaxResults: 101 })));
    expect(tooMany.message).toBe("1 validation error detected: Value '101' at 'maxResults' failed to satisfy constraint: Member must have value less than or equal to 100");
    const badToken = await serviceError(s.sagemaker.send(new ListTrainingJobsCommand({ NextToken: 'garbage' })));
    expect(badToken.name).toBe('ValidationException');
  });

  it('searches training jobs by status, tag and final metric, sorted and paged', async () => {
    const completed = await s.sagemaker.send(
      new SearchCommand({ Resource: 'TrainingJob', SearchExpression: { Filters: [{ Name: 'TrainingJobStatus', Operator: 'Equals', Value: 'Completed' }] }, SortBy: 'TrainingJobName', SortOrder: 'Ascending' }),
    );
    expect(completed.Results?.map((r) => r.TrainingJob?.TrainingJobName)).toEqual(['job-b', 'job-d']);

    const tagged = await s.sagemaker.send(new SearchCommand({ Resource: 'TrainingJob', SearchExpression: { Filters: [{ Name: 'Tags.team', Operator: 'Equals', Value: 'retention' }] } }));
    expect(tagged.Results?.map((r) => r.TrainingJob?.TrainingJobName)).toEqual(['job-d']);
    expect(tagged.Results?.[0]?.TrainingJob?.Tags).toEqual([{ Key: 'team', Value: 'retention' }]);

    const withAuc = await s.sagemaker.send(new SearchCommand({ Resource: 'TrainingJob', SearchExpression: { Filters: [{ Name: 'Metrics.validation:auc', Operator: 'GreaterThan', Value: '0.5' }] } }));
    expect(withAuc.Results?.map((r) => r.TrainingJob?.TrainingJobName).sort()).toEqual(['job-b', 'job-c', 'job-d']);

    const either = await s.sagemaker.send(
      new SearchCommand({
        Resource: 'TrainingJob',
        SearchExpression: { Operator: 'Or', Filters: [{ Name: 'TrainingJobName', Value: 'job-a' }, { Name: 'TrainingJobName', Operator: 'Contains', Value: '-e' }] },
        SortBy: 'CreationTime',
        SortOrder: 'Descending',
        MaxResults: 1,
      }),
    );
    expect(either.Results?.map((r) => r.TrainingJob?.TrainingJobName)).toEqual(['job-e']);
    const next = await s.sagemaker.send(
      new SearchCommand({
        Resource: 'TrainingJob',
        SearchExpression: { Operator: 'Or', Filters: [{ Name: 'TrainingJobName', Value: 'job-a' }, { Name: 'TrainingJobName', Operator: 'Contains', Value: '-e' }] },
        SortBy: 'CreationTime',
        SortOrder: 'Descending',
        MaxResults: 1,
        NextToken: either.NextToken,
      }),
    );
    expect(next.Results?.map((r) => r.TrainingJob?.TrainingJobName)).toEqual(['job-a']);
    expect(next.NextToken).toBeUndefined();
  });

  it('keeps each region separate', async () => {
    const west = s.sagemakerIn('us-west-2');
    const listed = await west.send(new ListTrainingJobsCommand({}));
    expect(listed.TrainingJobSummaries).toEqual([]);
    const created = await west.send(new CreateTrainingJobCommand(trainingJobInput('job-a')));
    expect(created.TrainingJobArn).toBe('arn:aws:sagemaker:us-west-2:111122223333:training-job/job-a');
  });
});
