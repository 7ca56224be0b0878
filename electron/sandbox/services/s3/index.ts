import type { ServiceDefinition, ServiceModuleFactory } from '../../types';
import type { S3Env } from './context';
import { createObjectStore } from './object-store';
import { bindOperations } from './operations';
import { seedDemo } from './seed';
import { createState, restoreState, snapshotState } from './state';

/** S3 (restXml, path-style): buckets and their configuration, versioned objects, multipart uploads. */
export const createS3Module: ServiceModuleFactory = (serviceEnv) => {
  const env: S3Env = { state: createState() };
  const service: ServiceDefinition = {
    signingName: 's3',
    protocol: 'restXml',
    xmlNamespace: 'http://s3.amazonaws.com/doc/2006-03-01/',
    operations: bindOperations(env),
    snapshot: () => snapshotState(env.state),
    restore: (state) => {
      env.state = restoreState(state);
    },
    reset: () => {
      env.state = createState();
    },
  };
  // Other modules reach S3's objects through the bus, never through its state.
  serviceEnv.bus.objects = createObjectStore(env, () => serviceEnv.clock.now());
  return {
    services: [service],
    seed(kind, where) {
      if (kind === 'demo' && where.region === 'us-east-1') seedDemo(env.state, { ...where, now: serviceEnv.clock.now() });
    },
  };
};
