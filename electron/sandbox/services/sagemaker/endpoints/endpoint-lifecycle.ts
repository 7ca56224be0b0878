import type { SageMakerDeps } from '../base/deps';
import { hexFrom } from '../base/hash';
import { ENDPOINT_LOG_GROUP_PREFIX, containerStamp, writeLog } from '../base/logs';
import type { EndpointRecord, VariantState } from '../base/records';
import { key, type RegionState } from '../base/state';
import { modelImage } from './lookup';
import { modelProblem } from './model-check';

export const ENDPOINT_TIMINGS = {
  creatingMs: 45_000,
  deletingMs: 10_000,
} as const;

/** Creating → InService (or Failed), Deleting → gone. Part 2 adds Updating and RollingBack here. */
export class EndpointLifecycle {
  constructor(private readonly deps: SageMakerDeps) {}

  resume(state: RegionState, endpoint: EndpointRecord): void {
    if (endpoint.status === 'Creating') {
      this.deps.timers.after(endpoint.arn, ENDPOINT_TIMINGS.creatingMs, () => this.settle(state, endpoint));
    } else if (endpoint.status === 'Deleting') {
      this.deps.timers.after(endpoint.arn, ENDPOINT_TIMINGS.deletingMs, () => this.remove(state, endpoint));
    }
  }

  delete(state: RegionState, endpoint: EndpointRecord): void {
    this.deps.timers.cancel(endpoint.arn);
    endpoint.status = 'Deleting';
    endpoint.lastModifiedMs = this.deps.env.clock.now();
    this.resume(state, endpoint);
  }

  private settle(state: RegionState, endpoint: EndpointRecord): void {
    const now = this.deps.env.clock.now();
    endpoint.lastModifiedMs = now;
    for (const variant of endpoint.variants) {
      const problem = modelProblem(state.models[key(variant.modelName)], variant.modelName);
      if (problem) {
        endpoint.status = 'Failed';
        endpoint.failureReason = problem;
        return;
      }
    }
    for (const variant of endpoint.variants) this.bringUp(state, endpoint, variant, now);
    endpoint.status = 'InService';
  }

  private bringUp(state: RegionState, endpoint: EndpointRecord, variant: VariantState, now: number): void {
    const model = state.models[key(variant.modelName)];
    const image = model ? modelImage(model) : '';
    variant.currentInstanceCount = variant.desiredInstanceCount;
    variant.currentWeight = variant.desiredWeight;
    variant.deployedImages = [{ specified: image, resolved: `${image.split(':')[0] ?? image}@sha256:${hexFrom(image, 64)}`, resolvedMs: now }];
    for (let i = 0; i < variant.desiredInstanceCount; i++) {
      const stream = `${variant.variantName}/i-${hexFrom(`${endpoint.arn}:${variant.variantName}:${i}`, 17)}`;
      writeLog(this.deps.env, state.where, `${ENDPOINT_LOG_GROUP_PREFIX}${endpoint.name}`, stream, [
        { timestamp: now, message: `[${containerStamp(now)}:INFO] Starting the inference server with 2 workers.` },
        { timestamp: now, message: `[${containerStamp(now)}:INFO] Loading the model from /opt/ml/model/xgboost-model` },
        { timestamp: now, message: `[${containerStamp(now)}:INFO] Listening at: unix:/tmp/gunicorn.sock` },
        { timestamp: now, message: `[${containerStamp(now)}:INFO] Model loaded; responding to /ping with 200` },
      ]);
    }
  }

  private remove(state: RegionState, endpoint: EndpointRecord): void {
    delete state.endpoints[key(endpoint.name)];
    delete state.tags[endpoint.arn];
  }
}
