import {
  AssociateTrialComponentCommand,
  CreateExperimentCommand,
  CreateTrainingJobCommand,
  CreateTrialCommand,
  CreateTrialComponentCommand,
  DeleteExperimentCommand,
  DeleteTrialCommand,
  DeleteTrialComponentCommand,
  DescribeExperimentCommand,
  DescribeTrialCommand,
  DescribeTrialComponentCommand,
  DisassociateTrialComponentCommand,
  ListExperimentsCommand,
  ListTrialComponentsCommand,
  ListTrialsCommand,
  UpdateTrialComponentCommand,
} from '@aws-sdk/client-sagemaker';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { serviceError, startSageMakerSandbox, trainingJobInput, type SageMakerSandbox } from './sagemaker-harness';

describe('SageMaker experiments, trials and trial components', () => {
  let s: SageMakerSandbox;
  beforeEach(async () => {
    s = await startSageMakerSandbox();
  });
  afterEach(async () => {
    await s.stop();
  });

  it('creates, describes, lists (newest first by default) and deletes experiments', async () => {
    const created = await s.sagemaker.send(new CreateExperimentCommand({ ExperimentName: 'exp-one', Description: 'first', DisplayName: 'Experiment-One' }));
    expect(created.ExperimentArn).toBe('arn:aws:sagemaker:us-east-1:111122223333:experiment/exp-one');
    s.clock.advance(1_000);
    await s.sagemaker.send(new CreateExperimentCommand({ ExperimentName: 'exp-two' }));

    const described = await s.sagemaker.send(new DescribeExperimentCommand({ ExperimentName: 'exp-one' }));
    expect(described).toMatchObject({ ExperimentName: 'exp-one', DisplayName: 'Experiment-One', Description: 'first' });
    expect(described.CreationTime?.getTime()).toBe(Date.UTC(2026, 0, 5, 9, 0, 0));

    const listed = await s.sagemaker.send(new ListExperimentsCommand({}));
    expect(listed.ExperimentSummaries?.map((e) => e.ExperimentName)).toEqual(['exp-two', 'exp-one']);
    const byName = await s.sagemaker.send(new ListExperimentsCommand({ SortBy: 'Name', SortOrder: 'Ascending', MaxResults: 1 }));
    expect(byName.ExperimentSummaries?.map((e) => e.ExperimentName)).toEqual(['exp-one']);
    expect(byName.NextToken).toBeDefined();

    const deleted = await s.sagemaker.send(new DeleteExperimentCommand({ ExperimentName: 'exp-two' }));
    expect(deleted.ExperimentArn).toBe('arn:aws:sagemaker:us-east-1:111122223333:experiment/exp-two');
    const gone = await serviceError(s.sagemaker.send(new DescribeExperimentCommand({ ExperimentName: 'exp-two' })));
    expect(gone.name).toBe('ResourceNotFound');
    expect(gone.message).toBe("Experiment 'arn:aws:sagemaker:us-east-1:111122223333:experiment/exp-two' does not exist.");
  });

  it('manages trials and components: associate, list by trial and experiment, update, disassociate', async () => {
    await s.sagemaker.send(new CreateExperimentCommand({ ExperimentName: 'exp' }));
    const trial = await s.sagemaker.send(new CreateTrialCommand({ TrialName: 'trial-1', ExperimentName: 'exp' }));
    expect(trial.TrialArn).toBe('arn:aws:sagemaker:us-east-1:111122223333:experiment-trial/trial-1');
    await s.sagemaker.send(new CreateTrialCommand({ TrialName: 'trial-2', ExperimentName: 'exp' }));
    const missingExperiment = await serviceError(s.sagemaker.send(new CreateTrialCommand({ TrialName: 'orphan', ExperimentName: 'nope' })));
    expect(missingExperiment.name).toBe('ResourceNotFound');

    await s.sagemaker.send(
      new CreateTrialComponentCommand({
        TrialComponentName: 'prep',
        Status: { PrimaryStatus: 'Completed' },
        Parameters: { split: { NumberValue: 0.3 }, source: { StringValue: 'customers.csv' } },
        InputArtifacts: { raw: { Value: 's3://sagedeck-demo-churn-data/raw/customers.csv' } },
      }),
    );
    await s.sagemaker.send(new AssociateTrialComponentCommand({ TrialComponentName: 'prep', TrialName: 'trial-1' }));

    const inTrial = await s.sagemaker.send(new ListTrialComponentsCommand({ TrialName: 'trial-1' }));
    expect(inTrial.TrialComponentSummaries?.map((c) => c.TrialComponentName)).toEqual(['prep']);
    const inExperiment = await s.sagemaker.send(new ListTrialComponentsCommand({ ExperimentName: 'exp' }));
    expect(inExperiment.TrialComponentSummaries?.map((c) => c.TrialComponentName)).toEqual(['prep']);
    const trialsOfComponent = await s.sagemaker.send(new ListTrialsCommand({ TrialComponentName: 'prep' }));
    expect(trialsOfComponent.TrialSummaries?.map((t) => t.TrialName)).toEqual(['trial-1']);
    const trialsOfExperiment = await s.sagemaker.send(new ListTrialsCommand({ ExperimentName: 'exp', SortBy: 'Name', SortOrder: 'Ascending' }));
    expect(trialsOfExperiment.TrialSummaries?.map((t) => t.TrialName)).toEqual(['trial-1', 'trial-2']);

    await s.sagemaker.send(
      new UpdateTrialComponentCommand({
        TrialComponentName: 'prep',
        Parameters: { split: { NumberValue: 0.25 } },
        ParametersToRemove: ['source'],
        OutputArtifacts: { train: { Value: 's3://sagedeck-demo-churn-data/processed/train/' } },
      }),
    );
    const component = await s.sagemaker.send(new DescribeTrialComponentCommand({ TrialComponentName: 'prep' }));
    expect(component.Parameters).toEqual({ split: { NumberValue: 0.25 } });
    expect(component.OutputArtifacts).toEqual({ train: { Value: 's3://sagedeck-demo-churn-data/processed/train/' } });
    expect(component.Status).toEqual({ PrimaryStatus: 'Completed' });

    const blocked = await serviceError(s.sagemaker.send(new DeleteTrialCommand({ TrialName: 'trial-1' })));
    expect(blocked.name).toBe('ValidationException');
    const blockedExperiment = await serviceError(s.sagemaker.send(new DeleteExperimentCommand({ ExperimentName: 'exp' })));
    expect(blockedExperiment.name).toBe('ValidationException');

    await s.sagemaker.send(new DisassociateTrialComponentCommand({ TrialComponentName: 'prep', TrialName: 'trial-1' }));
    expect((await s.sagemaker.send(new ListTrialComponentsCommand({ TrialName: 'trial-1' }))).TrialComponentSummaries).toEqual([]);
    const removed = await s.sagemaker.send(new DeleteTrialCommand({ TrialName: 'trial-1' }));
    expect(removed.TrialArn).toBe(trial.TrialArn);
    const missing = await serviceError(s.sagemaker.send(new DescribeTrialCommand({ TrialName: 'trial-1' })));
    expect(missing.message).toBe("Trial 'arn:aws:sagemaker:us-east-1:111122223333:experiment-trial/trial-1' does not exist.");

    const deleted = await s.sagemaker.send(new DeleteTrialComponentCommand({ TrialComponentName: 'prep' }));
    expect(deleted.TrialComponentArn).toBe('arn:aws:sagemaker:us-east-1:111122223333:experiment-trial-component/prep');
    const noComponent = await serviceError(s.sagemaker.send(new DescribeTrialComponentCommand({ TrialComponentName: 'prep' })));
    expect(noComponent.name).toBe('ResourceNotFound');
    expect(noComponent.message).toBe("Trial component 'arn:aws:sagemaker:us-east-1:111122223333:experiment-trial-component/prep' does not exist.");
  });

  it('gives a training job with ExperimentConfig its <job>-aws-training-job component, with metric summaries', async () => {
    await s.sagemaker.send(new CreateExperimentCommand({ ExperimentName: 'churn-exp' }));
    await s.sagemaker.send(new CreateTrialCommand({ TrialName: 'churn-trial', ExperimentName: 'churn-exp' }));
    await s.sagemaker.send(new CreateTrainingJobCommand(trainingJobInput('tracked-job', { ExperimentConfig: { ExperimentName: 'churn-exp', TrialName: 'churn-trial' } })));

    let component = await s.sagemaker.send(new DescribeTrialComponentCommand({ TrialComponentName: 'tracked-job-aws-training-job' }));
    expect(component.Source).toEqual({ SourceArn: 'arn:aws:sagemaker:us-east-1:111122223333:training-job/tracked-job', SourceType: 'SageMakerTrainingJob' });
    expect(component.Parameters?.eta).toEqual({ StringValue: '0.1' });
    expect(component.InputArtifacts?.train).toEqual({ Value: 's3://sagedeck-demo-churn-data/processed/train/' });
    expect(component.Status?.PrimaryStatus).toBe('InProgress');

    s.clock.advance(105_000 + 10 * 2_000 + 20_000);
    component = await s.sagemaker.send(new DescribeTrialComponentCommand({ TrialComponentName: 'tracked-job-aws-training-job' }));
    expect(component.Status?.PrimaryStatus).toBe('Completed');
    expect(component.OutputArtifacts?.['SageMaker.ModelArtifact']).toEqual({ Value: 's3://sagedeck-demo-churn-data/models/tracked-job/output/model.tar.gz' });
    const auc = component.Metrics?.find((m) => m.MetricName === 'validation:auc');
    expect(auc?.Count).toBe(10);
    expect(auc?.Max).toBeGreaterThan(auc?.Min ?? 1);
    expect(auc?.Avg).toBeGreaterThan(auc?.Min ?? 1);
    expect(auc?.Avg).toBeLessThan(auc?.Max ?? 0);
    expect(auc?.StdDev).toBeGreaterThan(0);
    expect(auc?.Last).toBe(auc?.Max);

    const listed = await s.sagemaker.send(new ListTrialComponentsCommand({ ExperimentName: 'churn-exp' }));
    expect(listed.TrialComponentSummaries?.map((c) => c.TrialComponentName)).toEqual(['tracked-job-aws-training-job']);
  });

  it('refuses a training job whose ExperimentConfig names a missing trial', async () => {
    await s.sagemaker.send(new CreateExperimentCommand({ ExperimentName: 'churn-exp' }));
    const error = await serviceError(
      s.sagemaker.send(new CreateTrainingJobCommand(trainingJobInput('lost-job', { ExperimentConfig: { ExperimentName: 'churn-exp', TrialName: 'no-trial' } }))),
    );
    expect(error.name).toBe('ResourceNotFound');
  });

  it('rejects a duplicate experiment and a bad name', async () => {
    await s.sagemaker.send(new CreateExperimentCommand({ ExperimentName: 'dup' }));
    expect((await serviceError(s.sagemaker.send(new CreateExperimentCommand({ ExperimentName: 'dup' })))).name).toBe('ValidationException');
    const bad = await serviceError(s.sagemaker.send(new CreateExperimentCommand({ ExperimentName: '-bad' })));
    expect(bad.message).toContain("at 'experimentName' failed to satisfy constraint: Member must satisfy regular expression pattern");
  });
});
