import { TagResourcesCommand, type ResourceGroupsTaggingAPIClient } from '@aws-sdk/client-resource-groups-tagging-api';
import type { TagFailure, TagResourcesResult } from '../../../../shared/domain/cost';
import { ErrorCodes, SageDeckError } from '../../../../shared/errors';
import type { TagResourcesInput } from '../../../../shared/validation/cost';
import { searchIsMissing } from '../jobs/job-listing';

/** TagResources takes at most 20 ARNs a call. */
export const ARNS_PER_CALL = 20;

/**
 * TagResources in chunks of 20, one after another (a chunk that fails never stops the next). AWS answers per ARN in FailedResourcesMap: those are reported, the rest keep the tags.
 */
export async function tagResources(client: ResourceGroupsTaggingAPIClient, input: TagResourcesInput, signal: AbortSignal): Promise<TagResourcesResult> {
  const tagged: string[] = [];
  const failed: TagFailure[] = [];
  for (let start = 0; start < input.arns.length; start += ARNS_PER_CALL) {
    const chunk = input.arns.slice(start, start + ARNS_PER_CALL);
    let answer;
    try {
      answer = await client.send(new TagResourcesCommand({ ResourceARNList: chunk, Tags: input.tags }), { abortSignal: signal });
    } catch (error) {
      if (error instanceof Error && error.name === 'AbortError') throw error;
      // Refusals that hold for every chunk are the answer to the whole request.
      if (searchIsMissing(error)) {
        throw new SageDeckError({
          code: 'OperationUnavailable',
          message: `This endpoint (or this profile) does not answer the Resource Groups Tagging API (tag:TagResources), so ${tagged.length === 0 ? 'nothing was' : `only ${tagged.length} resources were`} tagged. Tag the resources in their own areas instead.`,
          retryable: false,
        });
      }
      if (error instanceof Error && error.name === 'InvalidParameterException' && tagged.length === 0) {
        throw new SageDeckError({ code: ErrorCodes.InvalidInput, message: error.message, fields: { tags: error.message }, retryable: false });
      }
      // This chunk failed as a whole (throttled past the retries…): reported, the next chunk is still sent.
      const code = error instanceof Error ? error.name : 'Error';
      const message = error instanceof Error ? error.message : String(error);
      failed.push(...chunk.map((arn) => ({ arn, code, message })));
      continue;
    }
    const refused = answer.FailedResourcesMap ?? {};
    for (const arn of chunk) {
      const failure = refused[arn];
      if (failure) failed.push({ arn, code: failure.ErrorCode ?? 'Failed', message: failure.ErrorMessage ?? `Status ${failure.StatusCode ?? 'unknown'}` });
      else tagged.push(arn);
    }
  }
  return { tagged, failed };
}
