import { sagemakerArn } from '../base/arn';
import type { ProcessingJobRecord, TrialComponentRecord } from '../base/records';
import { key, type RegionState } from '../base/state';
import { trackProcessingInputs, trackProcessingOutputs } from '../lineage/job-tracking';
import { joinConfiguredTrial } from './training-link';

/** SageMaker's name for the trial component a processing job creates for itself. */
export function processingComponentName(jobName: string): string {
  return `${jobName}-aws-processing-job`;
}

/**
 * "SageMaker AI creates a trial component for and associated with each SageMaker AI job": the
 * processing job's, with its instance settings as parameters and its inputs as input artifacts.
 */
export function linkProcessingJob(state: RegionState, job: ProcessingJobRecord, now: number): void {
  const name = processingComponentName(job.name);
  const cluster = job.request.ProcessingResources?.ClusterConfig;
  const component: TrialComponentRecord = {
    name,
    arn: sagemakerArn(state.where, 'experiment-trial-component', name),
    displayName: job.request.ExperimentConfig?.TrialComponentDisplayName ?? name,
    status: { PrimaryStatus: 'InProgress', Message: 'Starting' },
    startMs: now,
    createdMs: now,
    lastModifiedMs: now,
    parameters: {
      ...(job.request.AppSpecification?.ImageUri ? { 'SageMaker.ImageUri': { StringValue: job.request.AppSpecification.ImageUri } } : {}),
      ...(cluster?.InstanceType ? { 'SageMaker.InstanceType': { StringValue: cluster.InstanceType } } : {}),
      'SageMaker.InstanceCount': { NumberValue: cluster?.InstanceCount ?? 1 },
    },
    inputArtifacts: Object.fromEntries((job.request.ProcessingInputs ?? []).filter((i) => i.S3Input?.S3Uri).map((i) => [i.InputName ?? 'input', { Value: i.S3Input?.S3Uri ?? '' }])),
    outputArtifacts: {},
    metrics: {},
    source: { SourceArn: job.arn, SourceType: 'SageMakerProcessingJob' },
    trials: [],
  };
  state.trialComponents[key(name)] = component;
  trackProcessingInputs(state, job, component.arn, now);
  joinConfiguredTrial(state, component, job.request.ExperimentConfig, now);
}

export function finishProcessingComponent(state: RegionState, job: ProcessingJobRecord, now: number): void {
  const component = state.trialComponents[key(processingComponentName(job.name))];
  if (!component) return;
  component.status = { PrimaryStatus: job.status, Message: job.failureReason ?? `Status: ${job.status}` };
  component.endMs = now;
  component.lastModifiedMs = now;
  if (job.status === 'Completed') {
    for (const output of job.request.ProcessingOutputConfig?.Outputs ?? []) {
      if (output.S3Output?.S3Uri) component.outputArtifacts[output.OutputName ?? 'output'] = { Value: output.S3Output.S3Uri };
    }
  }
  trackProcessingOutputs(state, job, component.arn, now);
}
