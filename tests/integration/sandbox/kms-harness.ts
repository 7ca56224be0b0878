import { KMSClient, KMSServiceException } from '@aws-sdk/client-kms';
import { ResourceGroupsTaggingAPIClient } from '@aws-sdk/client-resource-groups-tagging-api';
import { afterAll, beforeAll } from 'vitest';
import { startTestSandbox, type TestSandbox } from './support';

/** A whole sandbox (every module, manual clock) with KMS and Tagging API clients, per test file. */
export function useKmsSandbox(seed: 'demo' | 'empty'): () => TestSandbox & { kms: KMSClient; tagging: ResourceGroupsTaggingAPIClient } {
  let env: (TestSandbox & { kms: KMSClient; tagging: ResourceGroupsTaggingAPIClient }) | undefined;
  beforeAll(async () => {
    const started = await startTestSandbox({ seed });
    env = { ...started, kms: new KMSClient({ ...started.config, maxAttempts: 1 }), tagging: new ResourceGroupsTaggingAPIClient({ ...started.config, maxAttempts: 1 }) };
  });
  afterAll(async () => {
    env?.kms.destroy();
    env?.tagging.destroy();
    await env?.stop();
  });
  return () => {
    if (!env) throw new Error('the sandbox has not started');
    return env;
  };
}

/** The service error of that class a failed call threw. */
export async function thrown<E extends Error>(promise: Promise<unknown>, type: abstract new (...args: never[]) => E): Promise<E> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof type) return error;
    throw error;
  }
  throw new Error('expected the call to fail');
}

export const kmsError = (promise: Promise<unknown>) => thrown(promise, KMSServiceException);

export const DAY = 86_400_000;
export const DATA_KEY_ID = '8a4f6c2e-1b3d-4e5f-9a7b-0c1d2e3f4a51';
export const ENDPOINT_KEY_ID = '8a4f6c2e-1b3d-4e5f-9a7b-0c1d2e3f4a52';
export const KEY_ARN = (id: string) => `arn:aws:kms:us-east-1:111122223333:key/${id}`;
