import type { TagSource } from '../../../types';
import type { SageMakerDeps } from '../base/deps';
import { validationException } from '../base/errors';
import type { RegionState } from '../base/state';

/** Jobs, experiments, registry and hosting resources: what AddTags accepts, as `sagemaker:<type>` (the ARN's resource type). */
function records(state: RegionState): { arn: string }[] {
  const groups = [state.trainingJobs, state.processingJobs, state.experiments, state.trials, state.trialComponents, state.packageGroups, state.modelPackages, state.models, state.endpointConfigs, state.endpoints];
  return groups.flatMap((group) => Object.values(group));
}

/** SageMaker resources in bus.tags; tags stay in `state.tags` under the lower-cased ARN, where AddTags keeps them. */
export function sageMakerTagSource(deps: SageMakerDeps): TagSource {
  const known = (state: RegionState, arn: string) => {
    const wanted = arn.toLowerCase();
    if (!records(state).some((record) => record.arn.toLowerCase() === wanted)) throw validationException(`Resource ${arn} does not exist.`);
    return wanted;
  };
  const tagsAt = (state: RegionState, key: string) => Object.fromEntries((state.tags[key] ?? []).map((tag) => [tag.Key, tag.Value]));
  return {
    service: 'sagemaker',
    list: (where) => {
      const state = deps.store.region(where);
      return records(state).map((record) => ({
        arn: record.arn,
        resourceType: `sagemaker:${record.arn.split(':')[5]?.split('/')[0] ?? ''}`,
        tags: tagsAt(state, record.arn.toLowerCase()),
      }));
    },
    read: (where, arn) => {
      const state = deps.store.region(where);
      return tagsAt(state, known(state, arn));
    },
    write: (where, arn, tags) => {
      const state = deps.store.region(where);
      state.tags[known(state, arn)] = Object.entries(tags).map(([Key, Value]) => ({ Key, Value }));
    },
  };
}
