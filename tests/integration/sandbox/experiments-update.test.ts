import {
  CreateExperimentCommand,
  CreateTrialCommand,
  DescribeExperimentCommand,
  DescribeTrialCommand,
  UpdateExperimentCommand,
  UpdateTrialCommand,
} from '@aws-sdk/client-sagemaker';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { serviceError, startSageMakerSandbox, type SageMakerSandbox } from './sagemaker-harness';

describe('SageMaker UpdateExperiment and UpdateTrial', () => {
  let s: SageMakerSandbox;
  beforeEach(async () => {
    s = await startSageMakerSandbox();
    await s.sagemaker.send(new CreateExperimentCommand({ ExperimentName: 'churn-tuning', Description: 'first sweep' }));
    await s.sagemaker.send(new CreateTrialCommand({ TrialName: 'eta-sweep', ExperimentName: 'churn-tuning' }));
  });
  afterEach(async () => {
    await s.stop();
  });

  it('renames and re-describes an experiment, keeping what the update leaves out', async () => {
    s.clock.advance(60_000);
    const updated = await s.sagemaker.send(new UpdateExperimentCommand({ ExperimentName: 'churn-tuning', DisplayName: 'Churn-XGBoost-tuning' }));
    expect(updated.ExperimentArn).toBe('arn:aws:sagemaker:us-east-1:111122223333:experiment/churn-tuning');
    const renamed = await s.sagemaker.send(new DescribeExperimentCommand({ ExperimentName: 'churn-tuning' }));
    expect(renamed).toMatchObject({ DisplayName: 'Churn-XGBoost-tuning', Description: 'first sweep' });
    expect(renamed.LastModifiedTime?.getTime()).toBe((renamed.CreationTime?.getTime() ?? 0) + 60_000);

    await s.sagemaker.send(new UpdateExperimentCommand({ ExperimentName: 'churn-tuning', Description: 'learning-rate and depth sweep' }));
    expect(await s.sagemaker.send(new DescribeExperimentCommand({ ExperimentName: 'churn-tuning' }))).toMatchObject({
      DisplayName: 'Churn-XGBoost-tuning',
      Description: 'learning-rate and depth sweep',
    });
  });

  it('renames a trial', async () => {
    const updated = await s.sagemaker.send(new UpdateTrialCommand({ TrialName: 'eta-sweep', DisplayName: 'Learning-rate-sweep' }));
    expect(updated.TrialArn).toBe('arn:aws:sagemaker:us-east-1:111122223333:experiment-trial/eta-sweep');
    expect(await s.sagemaker.send(new DescribeTrialCommand({ TrialName: 'eta-sweep' }))).toMatchObject({ DisplayName: 'Learning-rate-sweep', ExperimentName: 'churn-tuning' });
  });

  it('answers ResourceNotFound for names it does not know, and refuses a display name SageMaker would', async () => {
    const experiment = await serviceError(s.sagemaker.send(new UpdateExperimentCommand({ ExperimentName: 'nope', DisplayName: 'x' })));
    expect([experiment.name, experiment.message]).toEqual(['ResourceNotFound', "Experiment 'arn:aws:sagemaker:us-east-1:111122223333:experiment/nope' does not exist."]);
    const trial = await serviceError(s.sagemaker.send(new UpdateTrialCommand({ TrialName: 'nope', DisplayName: 'x' })));
    expect([trial.name, trial.message]).toEqual(['ResourceNotFound', "Trial 'arn:aws:sagemaker:us-east-1:111122223333:experiment-trial/nope' does not exist."]);
    const bad = await serviceError(s.sagemaker.send(new UpdateTrialCommand({ TrialName: 'eta-sweep', DisplayName: 'with spaces' })));
    expect(bad.name).toBe('ValidationException');
    expect(bad.message).toContain("Value 'with spaces' at 'displayName' failed to satisfy constraint");
  });
});
