import type { CreateProcessingJobRequest } from '@aws-sdk/client-sagemaker';
import type { EndpointFleet, ProcessingJobStarter, VariantCapacity } from '../../../types';
import type { SageMakerDeps } from '../base/deps';
import { validationException } from '../base/errors';
import { findEndpoint } from '../endpoints/lookup';
import { admitProcessingJob } from '../jobs/processing-operations';
import type { ProcessingLifecycle } from '../jobs/processing-lifecycle';
import { validateCreateProcessingJob } from '../jobs/processing-validate';
import type { CapacityChanges } from './capacity-change';
import { assertUpdatable } from './update-operations';

/** SageMaker endpoints as Application Auto Scaling sees and changes them (`bus.endpoints`). */
export function createEndpointFleet(deps: SageMakerDeps, capacity: CapacityChanges): EndpointFleet {
  return {
    variant(where, endpointName, variantName): VariantCapacity | undefined {
      const endpoint = deps.store.region(where).endpoints[endpointName.toLowerCase()];
      const variant = endpoint?.variants.find((v) => v.variantName === variantName);
      if (!endpoint || !variant) return undefined;
      return {
        endpointName: endpoint.name,
        variantName: variant.variantName,
        endpointStatus: endpoint.status,
        instanceType: variant.instanceType ?? '',
        currentInstanceCount: variant.currentInstanceCount,
        desiredInstanceCount: variant.desiredInstanceCount,
      };
    },
    setDesiredInstanceCount(where, endpointName, variantName, count) {
      const state = deps.store.region(where);
      const endpoint = findEndpoint(state, endpointName);
      assertUpdatable(endpoint);
      const variant = endpoint.variants.find((v) => v.variantName === variantName);
      if (!variant) throw validationException(`The variant name(s) [${variantName}] is/are not present in the endpoint "${endpoint.arn}".`);
      variant.desiredInstanceCount = count;
      capacity.begin(state, endpoint);
    },
    recentInvocationsPerInstance(where, endpointName, variantName, minutes) {
      const endpoint = deps.store.region(where).endpoints[endpointName.toLowerCase()];
      const now = deps.env.clock.now();
      const complete = (endpoint?.recentMinutes?.[variantName] ?? []).filter((m) => m.minuteMs + 60_000 <= now);
      return complete.slice(-minutes).map((m) => m.invocations / Math.max(1, m.instances));
    },
  };
}

/** EventBridge Scheduler's target: a processing job created exactly as CreateProcessingJob would. */
export function createProcessingStarter(deps: SageMakerDeps, lifecycle: ProcessingLifecycle): ProcessingJobStarter {
  return {
    start(where, input: CreateProcessingJobRequest) {
      validateCreateProcessingJob(input);
      return admitProcessingJob(deps, lifecycle, deps.store.region(where), input).arn;
    },
  };
}
