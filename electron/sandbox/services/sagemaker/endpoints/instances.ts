import type { ServiceEnv } from '../../../types';
import type { Where } from '../base/arn';
import { hexFrom } from '../base/hash';
import { ENDPOINT_LOG_GROUP_PREFIX, containerStamp, writeLog } from '../base/logs';
import type { EndpointRecord, ModelRecord, VariantState } from '../base/records';
import { modelImage } from './lookup';

/** `i-` plus 17 hex digits, stable per endpoint, fleet, variant and slot. */
export function instanceId(endpoint: Pick<EndpointRecord, 'arn'>, variant: Pick<VariantState, 'variantName' | 'fleetId'>, slot: number): string {
  const fleet = variant.fleetId ? `${variant.fleetId}:` : '';
  return `i-${hexFrom(`${endpoint.arn}:${fleet}${variant.variantName}:${slot}`, 17)}`;
}

/** `<variant>/<instance-id>`, the stream each endpoint instance writes to. */
export function instanceStream(endpoint: Pick<EndpointRecord, 'arn'>, variant: Pick<VariantState, 'variantName' | 'fleetId'>, slot: number): string {
  return `${variant.variantName}/${instanceId(endpoint, variant, slot)}`;
}

export function endpointLogGroup(endpointName: string): string {
  return `${ENDPOINT_LOG_GROUP_PREFIX}${endpointName}`;
}

export function resolvedImages(model: ModelRecord | undefined, now: number): VariantState['deployedImages'] {
  const image = model ? modelImage(model) : '';
  return [{ specified: image, resolved: `${image.split(':')[0] ?? image}@sha256:${hexFrom(image, 64)}`, resolvedMs: now }];
}

/** The inference container's start-up lines on instances `fromSlot`..`toSlot - 1`. */
export function logInstanceStart(env: ServiceEnv, where: Where, endpoint: EndpointRecord, variant: VariantState, fromSlot: number, toSlot: number, now: number): void {
  const stamp = containerStamp(now);
  for (let slot = fromSlot; slot < toSlot; slot++) {
    writeLog(env, where, endpointLogGroup(endpoint.name), instanceStream(endpoint, variant, slot), [
      { timestamp: now, message: `[${stamp}:INFO] Starting the inference server with 2 workers.` },
      { timestamp: now, message: `[${stamp}:INFO] Loading the model from /opt/ml/model/xgboost-model` },
      { timestamp: now, message: `[${stamp}:INFO] Listening at: unix:/tmp/gunicorn.sock` },
      { timestamp: now, message: `[${stamp}:INFO] Model loaded; responding to /ping with 200` },
    ]);
  }
}

/** The endpoint's fleet that receives a request: the new one for its share during a deployment. */
export function servingVariants(endpoint: EndpointRecord, draw: number): VariantState[] {
  const deployment = endpoint.deployment;
  return deployment && deployment.newFraction > 0 && draw < deployment.newFraction ? deployment.newVariants : endpoint.variants;
}
