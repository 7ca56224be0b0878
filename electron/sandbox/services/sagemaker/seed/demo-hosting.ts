import type { ModelMetrics } from '@aws-sdk/client-sagemaker';
import type { SageMakerDeps } from '../base/deps';
import type { TrainingJobRecord } from '../base/records';
import { key, type RegionState } from '../base/state';
import { createEndpointConfigRecord } from '../endpoints/endpoint-config-operations';
import { admitEndpoint } from '../endpoints/endpoint-operations';
import { modelImage } from '../endpoints/lookup';
import { createModelRecord } from '../endpoints/model-operations';
import { hexFrom } from '../base/hash';
import { createGroupRecord } from '../registry/group-operations';
import { createPackageRecord } from '../registry/package-operations';
import { DEMO_BUCKET, demoRole, xgboostImage } from './demo-constants';
import { trackEndpoint } from '../lineage/hosting-tracking';
import { ARTIFACT_TYPES } from '../lineage/job-tracking';
import { artifactFor, associate, lineageOf } from '../lineage/store';
import { replayFrom } from './replay';
import { DEMO_KEYS } from '../../kms/demo-seed';
import { keyArn } from '../../kms/model';

export interface RegistryVersion {
  job: TrainingJobRecord;
  status: 'Approved' | 'Rejected' | 'PendingManualApproval';
  note?: string;
  /** Registered this long after its training job ended. */
  afterMs: number;
}

function metricOf(job: TrainingJobRecord, name: string): string {
  return String(job.finalMetrics.find((m) => m.name === name)?.value ?? '');
}

function modelMetrics(job: TrainingJobRecord): ModelMetrics {
  return {
    ModelQuality: { Statistics: { ContentType: 'application/json', S3Uri: `${DEMO_BUCKET}/models/${job.name}/evaluation/evaluation.json` } },
  };
}

/** Model package group `churn-prediction` with one version per entry, in order. */
export function seedRegistry(state: RegionState, versions: RegistryVersion[], groupCreatedMs: number): void {
  createGroupRecord(state, { ModelPackageGroupName: 'churn-prediction', ModelPackageGroupDescription: 'Customer churn classifier (XGBoost) for the retention campaign' }, groupCreatedMs);
  for (const v of versions) {
    const at = (v.job.trainingEndMs ?? v.job.createdMs) + v.afterMs;
    const pkg = createPackageRecord(
      state,
      {
        ModelPackageGroupName: 'churn-prediction',
        ModelPackageDescription: `XGBoost churn model trained by ${v.job.name}`,
        ModelApprovalStatus: v.status,
        InferenceSpecification: {
          Containers: [{ Image: xgboostImage(state.where), ModelDataUrl: v.job.modelArtifacts ?? '' }],
          SupportedContentTypes: ['text/csv', 'application/json'],
          SupportedResponseMIMETypes: ['text/csv', 'application/json'],
          SupportedRealtimeInferenceInstanceTypes: ['ml.m5.large', 'ml.m5.xlarge'],
          SupportedTransformInstanceTypes: ['ml.m5.large'],
        },
        ModelMetrics: modelMetrics(v.job),
        MetadataProperties: { GeneratedBy: v.job.arn },
        CustomerMetadataProperties: {
          training_job: v.job.name,
          'validation:auc': metricOf(v.job, 'validation:auc'),
          'train:logloss': metricOf(v.job, 'train:logloss'),
        },
      },
      at,
    );
    if (v.note) pkg.approvalDescription = v.note;
    pkg.lastModifiedMs = at + 3_600_000;
  }
}

/**
 * The demo's pipeline deploys registered versions, and records which one each deployment served:
 * the version's package artifact ContributedTo the endpoint's ModelDeployment action, as SageMaker
 * records it for a model created from the package. The demo's models name the model data itself,
 * so without this the registry would be a side branch of the endpoint's lineage.
 */
function recordDeployedVersion(state: RegionState, endpointArn: string, job: TrainingJobRecord): void {
  const deployment = lineageOf(state).endpoints[endpointArn];
  const pkg = Object.values(state.modelPackages).find((p) => p.inferenceSpecification?.Containers?.[0]?.ModelDataUrl === job.modelArtifacts);
  const action = deployment ? Object.values(lineageOf(state).actions).find((a) => a.arn === deployment.actionArn) : undefined;
  if (!pkg || !action) return;
  associate(state, artifactFor(state, pkg.arn, ARTIFACT_TYPES.model, action.createdMs).arn, action.arn, 'ContributedTo', action.createdMs);
}

function createDemoModel(state: RegionState, name: string, job: TrainingJobRecord, at: number): void {
  createModelRecord(state, { ModelName: name, ExecutionRoleArn: demoRole(state.where), PrimaryContainer: { Image: xgboostImage(state.where), ModelDataUrl: job.modelArtifacts ?? '', Environment: { SAGEMAKER_PROGRAM: 'inference.py' } } }, at);
}

function createDemoConfig(state: RegionState, name: string, model: string, at: number): void {
  // Storage of churn-prod's instances is encrypted with the demo's endpoint key (KMS demo seed).
  createEndpointConfigRecord(state, { EndpointConfigName: name, KmsKeyId: keyArn(state.where, DEMO_KEYS.endpoint.id), ProductionVariants: [{ VariantName: 'AllTraffic', ModelName: model, InstanceType: 'ml.m5.large', InitialInstanceCount: 2, InitialVariantWeight: 1 }] }, at);
}

/**
 * Models for versions 1 and 3, their endpoint configs, and `churn-prod`: created on v1, then moved
 * to v3 (the older config is kept, as a rollback target).
 */
export function seedHosting(deps: SageMakerDeps, state: RegionState, v1: TrainingJobRecord, v1At: number, v3: TrainingJobRecord, v3At: number): void {
  createDemoModel(state, 'churn-xgb-v1', v1, v1At);
  createDemoConfig(state, 'churn-prod-config-v1', 'churn-xgb-v1', v1At + 60_000);
  const replay = replayFrom(deps, v1At + 120_000);
  const endpoint = admitEndpoint(replay.deps, replay.lifecycles.endpoints, state, { EndpointName: 'churn-prod', EndpointConfigName: 'churn-prod-config-v1', Tags: [{ Key: 'project', Value: 'churn' }, { Key: 'stage', Value: 'prod' }] });
  recordDeployedVersion(state, endpoint.arn, v1);
  replay.clock.advance(3_600_000);
  replay.end();

  createDemoModel(state, 'churn-xgb-v3', v3, v3At);
  createDemoConfig(state, 'churn-prod-config-v3', 'churn-xgb-v3', v3At + 60_000);
  const moved = v3At + 600_000;
  const model = state.models[key('churn-xgb-v3')];
  const image = model ? modelImage(model) : '';
  endpoint.configName = 'churn-prod-config-v3';
  endpoint.lastModifiedMs = moved;
  for (const variant of endpoint.variants) {
    variant.modelName = 'churn-xgb-v3';
    variant.deployedImages = [{ specified: image, resolved: `${image.split(':')[0] ?? image}@sha256:${hexFrom(image, 64)}`, resolvedMs: moved }];
  }
  // The move to v3 bypasses UpdateEndpoint, so its deployment is tracked here.
  trackEndpoint(state, endpoint);
  recordDeployedVersion(state, endpoint.arn, v3);
}
