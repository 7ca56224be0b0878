import type { ServiceDefinition, ServiceModuleFactory } from '../../types';
import { tagDirectory } from './directory';
import { taggingOperations } from './operations';
import { UntaggedMemory } from './state';

/**
 * Resource Groups Tagging API (awsJson1_1, `ResourceGroupsTaggingAPI_20170126`, signing name
 * `tagging`): GetResources, GetTagKeys, GetTagValues, TagResources and UntagResources over every
 * module's taggable resources, which each module registers in `bus.tags`. Tags live in the
 * services themselves, so a tag written here is what the service's own tag read returns.
 */
export const createTaggingModule: ServiceModuleFactory = (env) => {
  tagDirectory(env.bus);
  const memory = new UntaggedMemory();
  const service: ServiceDefinition = {
    signingName: 'tagging',
    protocol: 'awsJson1_1',
    targetPrefix: 'ResourceGroupsTaggingAPI_20170126',
    operations: taggingOperations(env.bus, memory),
    snapshot: () => memory.snapshot(),
    restore: (state) => memory.restore(state),
    reset: () => memory.reset(),
  };
  return { services: [service] };
};
