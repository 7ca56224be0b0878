import type { ExperimentConfig } from '@aws-sdk/client-sagemaker';
import { sagemakerArn } from '../base/arn';
import { resourceNotFound } from '../base/errors';
import type { TrainingJobRecord, TrialComponentRecord, TrialRecord } from '../base/records';
import { key, type RegionState } from '../base/state';
import { trackTrainingInputs, trackTrainingModel } from '../lineage/job-tracking';
import { addMetricValue } from './metric-summary';

/** SageMaker's name for the trial component a training job creates for itself. */
export function trainingComponentName(jobName: string): string {
  return `${jobName}-aws-training-job`;
}

/** Checks an ExperimentConfig before the job exists: the experiment and trial it names must exist. */
export function checkExperimentConfig(state: RegionState, config: ExperimentConfig | undefined): void {
  if (!config) return;
  if (config.ExperimentName && !state.experiments[key(config.ExperimentName)]) {
    throw resourceNotFound(`Experiment '${sagemakerArn(state.where, 'experiment', config.ExperimentName)}' does not exist.`);
  }
  if (config.TrialName && !state.trials[key(config.TrialName)]) {
    throw resourceNotFound(`Trial '${sagemakerArn(state.where, 'experiment-trial', config.TrialName)}' does not exist.`);
  }
}

/**
 * Creates `<job>-aws-training-job` with the job's hyperparameters and inputs (SageMaker creates a
 * trial component for each job, with or without an ExperimentConfig), tracks its input artifacts,
 * and associates it with the configured trial (or, given only an experiment, its default run group).
 */
export function linkTrainingJob(state: RegionState, job: TrainingJobRecord, now: number): void {
  const config = job.request.ExperimentConfig;
  const name = trainingComponentName(job.name);
  const component: TrialComponentRecord = {
    name,
    arn: sagemakerArn(state.where, 'experiment-trial-component', name),
    displayName: config?.TrialComponentDisplayName ?? name,
    status: { PrimaryStatus: 'InProgress', Message: 'Starting' },
    startMs: now,
    createdMs: now,
    lastModifiedMs: now,
    parameters: Object.fromEntries(Object.entries(job.request.HyperParameters ?? {}).map(([k, v]) => [k, { StringValue: v }])),
    inputArtifacts: Object.fromEntries(
      (job.request.InputDataConfig ?? []).map((c) => [c.ChannelName ?? 'input', { Value: c.DataSource?.S3DataSource?.S3Uri ?? '' }]),
    ),
    outputArtifacts: {},
    metrics: {},
    source: { SourceArn: job.arn, SourceType: 'SageMakerTrainingJob' },
    trials: [],
  };
  const image = job.request.AlgorithmSpecification?.TrainingImage;
  if (image) component.parameters['SageMaker.ImageUri'] = { StringValue: image };
  const instanceType = job.request.ResourceConfig?.InstanceType;
  if (instanceType) component.parameters['SageMaker.InstanceType'] = { StringValue: instanceType };
  component.parameters['SageMaker.InstanceCount'] = { NumberValue: job.request.ResourceConfig?.InstanceCount ?? 1 };
  state.trialComponents[key(name)] = component;
  job.trialComponentName = name;
  trackTrainingInputs(state, job, component.arn, now);
  joinConfiguredTrial(state, component, config, now);
}

/** The trial an ExperimentConfig names, or the experiment's default run group when it names only the experiment. */
export function joinConfiguredTrial(state: RegionState, component: TrialComponentRecord, config: ExperimentConfig | undefined, now: number): void {
  const trial = config?.TrialName ? state.trials[key(config.TrialName)] : config?.ExperimentName ? defaultRunGroup(state, config.ExperimentName, now) : undefined;
  if (trial) component.trials.push(trial.name);
}

function defaultRunGroup(state: RegionState, experimentName: string, now: number): TrialRecord {
  const name = `Default-Run-Group-${experimentName}`;
  const existing = state.trials[key(name)];
  if (existing) return existing;
  const trial: TrialRecord = {
    name,
    arn: sagemakerArn(state.where, 'experiment-trial', name),
    displayName: name,
    experimentName,
    createdMs: now,
    lastModifiedMs: now,
  };
  state.trials[key(name)] = trial;
  return trial;
}

export function recordTrainingRound(state: RegionState, job: TrainingJobRecord, metrics: { name: string; value: number }[], now: number): void {
  const component = job.trialComponentName ? state.trialComponents[key(job.trialComponentName)] : undefined;
  if (!component) return;
  for (const m of metrics) addMetricValue(component.metrics, m.name, m.value, now, job.arn);
  component.status = { PrimaryStatus: 'InProgress', Message: 'Training' };
  component.lastModifiedMs = now;
}

export function finishTrainingComponent(state: RegionState, job: TrainingJobRecord, now: number): void {
  const component = job.trialComponentName ? state.trialComponents[key(job.trialComponentName)] : undefined;
  if (!component) return;
  component.status = { PrimaryStatus: job.status, Message: job.failureReason ?? `Status: ${job.status}, secondary status: ${job.secondaryStatus}` };
  component.endMs = now;
  component.lastModifiedMs = now;
  if (job.modelArtifacts) component.outputArtifacts['SageMaker.ModelArtifact'] = { Value: job.modelArtifacts };
  trackTrainingModel(state, job, component.arn, now);
}
