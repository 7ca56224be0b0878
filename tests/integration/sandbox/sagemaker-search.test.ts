import { SearchCommand } from '@aws-sdk/client-sagemaker';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serviceError, startSageMakerSandbox, type SageMakerSandbox } from './sagemaker-harness';

describe('SageMaker Search over the demo pipeline', () => {
  let s: SageMakerSandbox;
  beforeAll(async () => {
    s = await startSageMakerSandbox('demo');
  });
  afterAll(async () => {
    await s.stop();
  });

  it('ranks an experiment\'s trial components by a metric summary, with parents and source job', async () => {
    const result = await s.sagemaker.send(
      new SearchCommand({
        Resource: 'ExperimentTrialComponent',
        SearchExpression: { Filters: [{ Name: 'Parents.ExperimentName', Operator: 'Equals', Value: 'churn-xgboost-tuning' }, { Name: 'Metrics.validation:auc.Max', Operator: 'Exists' }] },
        SortBy: 'Metrics.validation:auc.Max',
        SortOrder: 'Descending',
        MaxResults: 100,
      }),
    );
    const components = (result.Results ?? []).map((r) => r.TrialComponent);
    // Ten tuning jobs; the one that failed before its first round has no metrics.
    expect(components.length).toBe(9);
    const best = components.map((c) => c?.Metrics?.find((m) => m.MetricName === 'validation:auc')?.Max ?? 0);
    expect(best).toEqual([...best].sort((a, b) => b - a));
    const top = components[0];
    expect(top?.TrialComponentName).toMatch(/^churn-xgb-.*-aws-training-job$/);
    expect(top?.Parents?.[0]?.ExperimentName).toBe('churn-xgboost-tuning');
    expect(top?.SourceDetail?.TrainingJob?.TrainingJobName).toBe(top?.TrialComponentName?.replace(/-aws-training-job$/, ''));
  });

  it('finds approved versions of a model package group, newest first', async () => {
    const result = await s.sagemaker.send(
      new SearchCommand({
        Resource: 'ModelPackage',
        SearchExpression: {
          Filters: [
            { Name: 'ModelPackageGroupName', Operator: 'Equals', Value: 'churn-prediction' },
            { Name: 'ModelApprovalStatus', Operator: 'Equals', Value: 'Approved' },
          ],
        },
        SortBy: 'CreationTime',
        SortOrder: 'Descending',
      }),
    );
    expect(result.Results?.map((r) => r.ModelPackage?.ModelPackageVersion)).toEqual([3, 1]);
  });

  it('filters training jobs by hyperparameter and In, and refuses resources it does not hold', async () => {
    const result = await s.sagemaker.send(
      new SearchCommand({
        Resource: 'TrainingJob',
        SearchExpression: { Filters: [{ Name: 'HyperParameters.max_depth', Operator: 'In', Value: '3,8' }] },
        SortBy: 'TrainingJobName',
        SortOrder: 'Ascending',
      }),
    );
    expect(result.Results?.map((r) => r.TrainingJob?.HyperParameters?.max_depth)).toEqual(['3', '8']);
    const error = await serviceError(s.sagemaker.send(new SearchCommand({ Resource: 'Pipeline' })));
    expect(error.name).toBe('ValidationException');
  });
});
