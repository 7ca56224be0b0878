import { InvokeEndpointCommand, type SageMakerRuntimeClient } from '@aws-sdk/client-sagemaker-runtime';
import type { z } from 'zod';
import type { InvocationResult } from '../../../../shared/domain/endpoints';
import type { invokeSchema } from '../../../../shared/validation/endpoints';

/** Real elapsed time: a round trip is measured on the monotonic clock, never the (injectable, maybe simulated) wall clock. */
const elapsedMs = (started: number) => Math.round((performance.now() - started) * 10) / 10;

/**
 * One InvokeEndpoint: the body as text, the latency as SageDeck measured it (round trip, what a
 * caller sees), and the variant AWS says answered. A model's refusal (ModelError 424) is an answer
 * to show, not a failure of the request.
 */
export async function invokeEndpoint(client: SageMakerRuntimeClient, input: z.output<typeof invokeSchema>, signal: AbortSignal): Promise<InvocationResult> {
  const started = performance.now();
  try {
    const answer = await client.send(
      new InvokeEndpointCommand({
        EndpointName: input.endpointName,
        ContentType: input.contentType,
        Accept: input.accept ?? input.contentType,
        Body: new TextEncoder().encode(input.body),
        ...(input.targetVariant ? { TargetVariant: input.targetVariant } : {}),
      }),
      { abortSignal: signal },
    );
    return {
      statusCode: answer.$metadata.httpStatusCode ?? 200,
      ...(answer.ContentType ? { contentType: answer.ContentType } : {}),
      body: answer.Body ? new TextDecoder().decode(answer.Body) : '',
      latencyMs: elapsedMs(started),
      ...(answer.InvokedProductionVariant ? { invokedVariant: answer.InvokedProductionVariant } : {}),
    };
  } catch (error) {
    const status = (error as { $metadata?: { httpStatusCode?: number } }).$metadata?.httpStatusCode;
    if (error instanceof Error && error.name === 'ModelError') {
      return { statusCode: status ?? 424, body: (error as { OriginalMessage?: string }).OriginalMessage ?? '', latencyMs: elapsedMs(started), error: { code: error.name, message: error.message } };
    }
    throw error;
  }
}
