import type { InvokeEndpointInput, InvokeEndpointOutput } from '@aws-sdk/client-sagemaker-runtime';
import type { ServiceDefinition } from '../../../types';
import type { SageMakerDeps } from '../base/deps';
import { typed } from '../base/typed';
import { invokeEndpoint } from './invoke';

/** SageMaker Runtime: restJson1, signed as 'sagemaker', reading the endpoints SageMaker holds. */
export function createRuntimeService(deps: SageMakerDeps): ServiceDefinition {
  return {
    signingName: 'sagemaker',
    protocol: 'restJson1',
    operations: {
      InvokeEndpoint: typed<InvokeEndpointInput, InvokeEndpointOutput>((input, ctx) => invokeEndpoint(deps, input, ctx)),
    },
    routes: [
      {
        operation: 'InvokeEndpoint',
        method: 'POST',
        path: '/endpoints/{EndpointName}/invocations',
        headers: {
          ContentType: 'content-type',
          Accept: 'accept',
          CustomAttributes: 'x-amzn-sagemaker-custom-attributes',
          TargetModel: 'x-amzn-sagemaker-target-model',
          TargetVariant: 'x-amzn-sagemaker-target-variant',
          TargetContainerHostname: 'x-amzn-sagemaker-target-container-hostname',
          InferenceId: 'x-amzn-sagemaker-inference-id',
        },
        payload: 'Body',
        responsePayload: 'Body',
        responseHeaders: {
          ContentType: 'Content-Type',
          InvokedProductionVariant: 'x-Amzn-Invoked-Production-Variant',
          CustomAttributes: 'X-Amzn-SageMaker-Custom-Attributes',
        },
      },
    ],
  };
}
