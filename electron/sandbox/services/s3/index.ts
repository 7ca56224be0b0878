import type { OperationHandler, ServiceDefinition, ServiceModuleFactory } from '../../types';
import type { S3Env } from './context';
import { createObjectStore } from './object-store';
import { bindOperations } from './operations';
import { seedDemo } from './seed';
import { createState, restoreState, snapshotState } from './state';
import { s3TagSource } from './tag-source';
import { registerTagSource } from '../tagging/directory';
import { reportStorageHistory, storageReporter } from './usage-report';

/** S3 (restXml, path-style): buckets and their configuration, versioned objects, multipart uploads. */
export const createS3Module: ServiceModuleFactory = (serviceEnv) => {
  const env: S3Env = { state: createState() };
  const reportStorage = storageReporter(serviceEnv.bus, () => env.state, () => serviceEnv.clock.now());
  const reportingUsage = (handler: OperationHandler): OperationHandler => (input, ctx) => {
    const output = handler(input, ctx);
    if (output instanceof Promise) return output.finally(reportStorage);
    reportStorage();
    return output;
  };
  const service: ServiceDefinition = {
    signingName: 's3',
    protocol: 'restXml',
    xmlNamespace: 'http://s3.amazonaws.com/doc/2006-03-01/',
    operations: Object.fromEntries(Object.entries(bindOperations(env)).map(([name, handler]) => [name, reportingUsage(handler)])),
    snapshot: () => snapshotState(env.state),
    restore: (state) => {
      env.state = restoreState(state);
    },
    reset: () => {
      env.state = createState();
    },
  };
  registerTagSource(serviceEnv.bus, s3TagSource(env));
  // Other modules reach S3's objects through the bus, never through its state.
  serviceEnv.bus.objects = createObjectStore(env, () => serviceEnv.clock.now(), reportStorage);
  (serviceEnv.bus.resourceTags ??= {}).s3 = {
    tagsOf: (where, arn) => {
      const bucket = arn.startsWith('arn:aws:s3:::') ? env.state.buckets.get(arn.slice('arn:aws:s3:::'.length)) : undefined;
      if (!bucket || bucket.accountId !== where.accountId) return undefined;
      return Object.fromEntries((bucket.tags ?? []).map((t) => [t.Key ?? '', t.Value ?? '']));
    },
  };
  return {
    services: [service],
    seed(kind, where) {
      if (kind === 'demo' && where.region === 'us-east-1') {
        seedDemo(env.state, { ...where, now: serviceEnv.clock.now() });
        reportStorageHistory(serviceEnv.bus, env.state);
        reportStorage();
      }
    },
  };
};
