import { DescribeTrainingJobCommand, ListTagsCommand } from '@aws-sdk/client-sagemaker';
import { describe, expect, it } from 'vitest';
import type { RunPage } from '../../../shared/domain/experiments';
import { useDemoWorld } from './demo-world';

const FEATURES = 'churn-feature-set-v2';

const world = useDemoWorld();

describe('experiments.rerun', () => {
  it('creates a training job with the run\'s image, inputs, hyperparameters and resources, in the same trial', async () => {
    const before = await world().ok<RunPage>('experiments.runs', { experiment: FEATURES });
    const source = before.items.find((r) => r.status === 'Completed' && r.trials[0] === 'churn-features-v2')!;
    const sourceJob = source.source!.name;

    const created = await world().ok<{ arn: string; name: string }>('experiments.rerun', { trainingJob: sourceJob, name: 'churn-rerun-1' });
    expect(created).toEqual({ arn: expect.stringContaining(':training-job/churn-rerun-1'), name: 'churn-rerun-1' });

    const original = await world().sagemaker.send(new DescribeTrainingJobCommand({ TrainingJobName: sourceJob }));
    const rerun = await world().sagemaker.send(new DescribeTrainingJobCommand({ TrainingJobName: 'churn-rerun-1' }));
    expect(rerun.AlgorithmSpecification?.TrainingImage).toBe(original.AlgorithmSpecification?.TrainingImage);
    expect(rerun.AlgorithmSpecification?.TrainingInputMode).toBe(original.AlgorithmSpecification?.TrainingInputMode);
    expect(rerun.InputDataConfig).toEqual(original.InputDataConfig);
    expect(rerun.HyperParameters).toEqual(original.HyperParameters);
    expect(rerun.ResourceConfig).toEqual(original.ResourceConfig);
    expect(rerun.StoppingCondition).toEqual(original.StoppingCondition);
    expect(rerun.OutputDataConfig).toEqual(original.OutputDataConfig);
    expect(rerun.RoleArn).toBe(original.RoleArn);
    expect(rerun.ExperimentConfig).toMatchObject({ ExperimentName: FEATURES, TrialName: 'churn-features-v2' });
    const tags = await world().sagemaker.send(new ListTagsCommand({ ResourceArn: created.arn }));
    expect(tags.Tags).toEqual(expect.arrayContaining([{ Key: 'project', Value: 'churn' }, { Key: 'experiment', Value: FEATURES }]));

    // The re-run shows in the experiment, next to its source.
    const after = await world().ok<RunPage>('experiments.runs', { experiment: FEATURES });
    expect(after.items).toHaveLength(before.items.length + 1);
    const newRun = after.items.find((r) => r.source?.name === 'churn-rerun-1');
    expect(newRun).toMatchObject({ trials: ['churn-features-v2'], parameters: source.parameters, inputs: source.inputs });
  });

  it('puts AWS\'s refusal of a name already taken on the name field', async () => {
    const page = await world().ok<RunPage>('experiments.runs', { experiment: FEATURES });
    const sourceJob = page.items.find((r) => r.status === 'Completed')!.source!.name;
    const error = await world().fail('experiments.rerun', { trainingJob: sourceJob, name: sourceJob });
    expect(error.fields?.name).toMatch(/name/i);
    expect(Object.keys(error.fields ?? {})).toEqual(['name']);
  });

  it('says when the run\'s job is gone, without blaming the new name', async () => {
    const error = await world().fail('experiments.rerun', { trainingJob: 'no-such-job', name: 'churn-rerun-2' });
    expect(error.message).toMatch(/no-such-job|not (be )?found|does not exist/i);
    expect(error.fields?.name).toBeUndefined();
  });
});
