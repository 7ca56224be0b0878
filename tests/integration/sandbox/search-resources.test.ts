import { AddTagsCommand, SearchCommand, type ResourceType, type SearchRecord } from '@aws-sdk/client-sagemaker';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSageMakerSandbox, type SageMakerSandbox } from './sagemaker-harness';

const GROUP_ARN = 'arn:aws:sagemaker:us-east-1:111122223333:model-package-group/churn-prediction';

describe('SageMaker Search over experiments, model groups and tags (demo seed)', () => {
  let s: SageMakerSandbox;
  beforeAll(async () => {
    s = await startSageMakerSandbox('demo');
  });
  afterAll(async () => {
    await s.stop();
  });

  const search = async (resource: ResourceType, filters: { Name: string; Operator: 'Equals' | 'Exists' | 'NotExists' | 'Contains'; Value?: string }[] = []) =>
    (
      await s.sagemaker.send(
        new SearchCommand({ Resource: resource, SortBy: 'CreationTime', SortOrder: 'Descending', MaxResults: 100, ...(filters.length ? { SearchExpression: { Filters: filters } } : {}) }),
      )
    ).Results ?? [];

  it('answers Resource Experiment with AWS\'s Experiment record and its tags, newest first, filtered on the name', async () => {
    const all = await search('Experiment');
    expect(all.map((r) => r.Experiment?.ExperimentName)).toEqual(['churn-feature-set-v2', 'churn-xgboost-tuning']);
    expect(all[0]?.Experiment).toMatchObject({
      ExperimentArn: 'arn:aws:sagemaker:us-east-1:111122223333:experiment/churn-feature-set-v2',
      DisplayName: 'churn-feature-set-v2',
      Description: expect.stringContaining('feature set'),
      CreationTime: expect.any(Date),
      Tags: [{ Key: 'project', Value: 'churn' }],
    });
    const named = await search('Experiment', [{ Name: 'ExperimentName', Operator: 'Contains', Value: 'tuning' }]);
    expect(named.map((r) => r.Experiment?.ExperimentName)).toEqual(['churn-xgboost-tuning']);
  });

  it('answers Resource ModelPackageGroup with AWS\'s record, found by a tag once it carries one', async () => {
    const [group] = await search('ModelPackageGroup');
    expect(group?.ModelPackageGroup).toMatchObject({ ModelPackageGroupName: 'churn-prediction', ModelPackageGroupArn: GROUP_ARN, ModelPackageGroupStatus: 'Completed', Tags: [] });
    expect(await search('ModelPackageGroup', [{ Name: 'Tags.owner', Operator: 'Exists' }])).toEqual([]);
    await s.sagemaker.send(new AddTagsCommand({ ResourceArn: GROUP_ARN, Tags: [{ Key: 'owner', Value: 'ml-team' }] }));
    const tagged = await search('ModelPackageGroup', [{ Name: 'Tags.owner', Operator: 'Equals', Value: 'ml-team' }]);
    expect(tagged.map((r) => r.ModelPackageGroup?.Tags)).toEqual([[{ Key: 'owner', Value: 'ml-team' }]]);
    expect(await search('ModelPackageGroup', [{ Name: 'Tags.owner', Operator: 'Equals', Value: 'someone-else' }])).toEqual([]);
  });

  it('filters every pipeline resource type on Tags.<key> with Equals, Exists and NotExists', async () => {
    const arnOf: Record<string, (r: SearchRecord) => string | undefined> = {
      TrainingJob: (r) => r.TrainingJob?.TrainingJobArn,
      ModelPackage: (r) => r.ModelPackage?.ModelPackageArn,
      Endpoint: (r) => r.Endpoint?.EndpointArn,
      Experiment: (r) => r.Experiment?.ExperimentArn,
      ExperimentTrialComponent: (r) => r.TrialComponent?.TrialComponentArn,
    };
    const counts: Record<string, number[]> = {};
    for (const [resource, arn] of Object.entries(arnOf)) {
      const all = await search(resource as ResourceType);
      const exists = await search(resource as ResourceType, [{ Name: 'Tags.project', Operator: 'Exists' }]);
      const equals = await search(resource as ResourceType, [{ Name: 'Tags.project', Operator: 'Equals', Value: 'churn' }]);
      const missing = await search(resource as ResourceType, [{ Name: 'Tags.project', Operator: 'NotExists' }]);
      expect(equals.map(arn)).toEqual(exists.map(arn));
      expect(exists.length + missing.length).toBe(all.length);
      counts[resource] = [all.length, exists.length];
    }
    // The demo tags its training jobs (all but 004), experiments and endpoint with project=churn;
    // versions and runs carry none (the Security & cost area's untagged resources).
    expect(counts).toEqual({
      TrainingJob: [21, 20],
      ModelPackage: [4, 0],
      Endpoint: [expect.any(Number), 1],
      Experiment: [2, 2],
      ExperimentTrialComponent: [expect.any(Number), 0],
    });
  });

  it('gives a trial component AWS\'s TrialComponent members: parents, source, parameters, artifacts, metrics, tags', async () => {
    const results = await search('ExperimentTrialComponent', [
      { Name: 'Parents.ExperimentName', Operator: 'Equals', Value: 'churn-feature-set-v2' },
      { Name: 'Status.PrimaryStatus', Operator: 'Equals', Value: 'Completed' },
    ]);
    const component = results[0]?.TrialComponent;
    expect(component).toMatchObject({
      TrialComponentName: expect.stringMatching(/-aws-training-job$/),
      Source: { SourceArn: expect.stringContaining(':training-job/'), SourceType: 'SageMakerTrainingJob' },
      Parents: [{ TrialName: expect.stringMatching(/^churn-features-/), ExperimentName: 'churn-feature-set-v2' }],
      Parameters: { eta: { StringValue: expect.any(String) }, max_depth: { StringValue: expect.any(String) } },
      InputArtifacts: { train: { Value: expect.stringMatching(/^s3:\/\//) } },
      OutputArtifacts: { 'SageMaker.ModelArtifact': { Value: expect.stringMatching(/model\.tar\.gz$/) } },
      Tags: [],
    });
    expect(component?.Metrics?.find((m) => m.MetricName === 'validation:auc')).toMatchObject({ Last: expect.any(Number), Max: expect.any(Number), Count: expect.any(Number) });
    // DescribeTrialComponent's Sources list is not a member of the Search record.
    expect(component).not.toHaveProperty('Sources');
  });
});
