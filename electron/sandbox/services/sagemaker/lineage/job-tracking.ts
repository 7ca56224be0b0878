import type { ProcessingJobRecord, TrainingJobRecord } from '../base/records';
import type { RegionState } from '../base/state';
import { artifactFor, associate } from './store';

/*
 * The artifacts SageMaker creates for a job and associates with the job's trial component
 * ("Amazon SageMaker AI–Created Tracking Entities", Tracking Entities for SageMaker AI Jobs):
 * training — TrainingImage, each channel's S3Uri, the checkpoint S3Uri; processing — ImageUri and
 * each input's and output's S3Uri. Types and association types follow the lineage docs' own
 * examples: data is a `DataSet`, a container an `Image`, the trained model a `Model` ("an output of
 * the TrainingJob trial component"); inputs ContributedTo the job ("the training data contributed
 * to the training job"), the job Produced its outputs ("a training job produced a model artifact").
 */

export const ARTIFACT_TYPES = { dataSet: 'DataSet', image: 'Image', model: 'Model', checkpoint: 'Checkpoint' } as const;

function contributes(state: RegionState, uri: string | undefined, type: string, componentArn: string, now: number): void {
  if (!uri) return;
  associate(state, artifactFor(state, uri, type, now).arn, componentArn, 'ContributedTo', now);
}

function produces(state: RegionState, componentArn: string, uri: string | undefined, type: string, now: number): void {
  if (!uri) return;
  associate(state, componentArn, artifactFor(state, uri, type, now).arn, 'Produced', now);
}

/** At creation: the image, every channel and the checkpoint location contributed to the job. */
export function trackTrainingInputs(state: RegionState, job: TrainingJobRecord, componentArn: string, now: number): void {
  const r = job.request;
  contributes(state, r.AlgorithmSpecification?.TrainingImage, ARTIFACT_TYPES.image, componentArn, now);
  for (const channel of r.InputDataConfig ?? []) contributes(state, channel.DataSource?.S3DataSource?.S3Uri, ARTIFACT_TYPES.dataSet, componentArn, now);
  contributes(state, r.CheckpointConfig?.S3Uri, ARTIFACT_TYPES.checkpoint, componentArn, now);
}

/**
 * Once the model is uploaded: the job produced `model.tar.gz`. The doc also lists S3OutputPath;
 * the sandbox tracks the model file under it instead, the URI models and packages name.
 */
export function trackTrainingModel(state: RegionState, job: TrainingJobRecord, componentArn: string, now: number): void {
  produces(state, componentArn, job.modelArtifacts, ARTIFACT_TYPES.model, now);
}

export function trackProcessingInputs(state: RegionState, job: ProcessingJobRecord, componentArn: string, now: number): void {
  contributes(state, job.request.AppSpecification?.ImageUri, ARTIFACT_TYPES.image, componentArn, now);
  for (const input of job.request.ProcessingInputs ?? []) contributes(state, input.S3Input?.S3Uri, ARTIFACT_TYPES.dataSet, componentArn, now);
}

/** Outputs once the job completed: the doc is silent on when; a failed job uploaded nothing to trace. */
export function trackProcessingOutputs(state: RegionState, job: ProcessingJobRecord, componentArn: string, now: number): void {
  if (job.status !== 'Completed') return;
  for (const output of job.request.ProcessingOutputConfig?.Outputs ?? []) produces(state, componentArn, output.S3Output?.S3Uri, ARTIFACT_TYPES.dataSet, now);
}
