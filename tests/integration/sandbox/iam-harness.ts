import { IAMClient, IAMServiceException } from '@aws-sdk/client-iam';
import type { RunningSandbox } from '../../../electron/sandbox/index';
import { createIamModule } from '../../../electron/sandbox/services/iam';
import type { SeedKind } from '../../../electron/sandbox/types';
import { startTestSandbox } from './support';

/** A sandbox serving IAM alone on a free port (manual clock), with a real SDK v3 client. */
export interface IamSandbox {
  sandbox: RunningSandbox;
  iam: IAMClient;
  stop(): Promise<void>;
}

export async function startIamSandbox(seed: SeedKind = 'empty', dataDir?: string): Promise<IamSandbox> {
  const env = await startTestSandbox({ modules: [createIamModule], seed, dataDir });
  const iam = new IAMClient({ ...env.config, maxAttempts: 1 });
  return {
    sandbox: env.sandbox,
    iam,
    async stop() {
      iam.destroy();
      await env.stop();
    },
  };
}

/** The service error a failed SDK call threw. */
export async function iamError(promise: Promise<unknown>): Promise<IAMServiceException> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof IAMServiceException) return error;
    throw error;
  }
  throw new Error('expected the call to fail');
}

export const doc = (...statements: unknown[]) => JSON.stringify({ Version: '2012-10-17', Statement: statements });
export const trustOf = (service: string) => doc({ Effect: 'Allow', Principal: { Service: service }, Action: 'sts:AssumeRole' });
