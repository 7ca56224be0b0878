import type { FailureInfo, GetResourcesOutput, GetTagKeysOutput, GetTagValuesOutput } from '@aws-sdk/client-resource-groups-tagging-api';
import { asString, asStringList } from '../../protocols/values';
import { AwsError, type OperationContext, type OperationHandler, type SandboxBus, type Where } from '../../types';
import { matchesTags, matchesType, sourceFor, visibleResources } from './catalogue';
import { tagList } from './directory';
import { invalidParameter } from './errors';
import { LIMITS, arnList, parseArn, perPage, tagFilters, tagKeysInput, tagsInput } from './input';
import { offsetPage } from './offset-pages';
import type { UntaggedMemory } from './state';

const whereOf = (ctx: OperationContext): Where => ({ accountId: ctx.accountId, region: ctx.region });
const badToken = () => invalidParameter('The specified PaginationToken is not valid');
/** GetTagKeys / GetTagValues take no page size; this is how many they answer at a time. */
const KEYS_PER_PAGE = 100;

/** The service's own error for one ARN, as FailedResourcesMap carries it. */
function failure(error: unknown): FailureInfo {
  if (error instanceof AwsError) return { StatusCode: error.status, ErrorCode: error.code as FailureInfo['ErrorCode'], ErrorMessage: error.message };
  return { StatusCode: 500, ErrorCode: 'InternalServiceException', ErrorMessage: error instanceof Error ? error.message : String(error) };
}

export function taggingOperations(bus: SandboxBus, memory: UntaggedMemory): Record<string, OperationHandler> {
  /** Reads, changes and writes each resource's tags through its service; failures go to the map, as AWS answers them. */
  const change = (ctx: OperationContext, arns: string[], edit: (tags: Record<string, string>) => Record<string, string>) => {
    const where = whereOf(ctx);
    const failed: Record<string, FailureInfo> = {};
    for (const arn of arns) {
      const parsed = parseArn(arn);
      try {
        const source = sourceFor(bus, parsed.service);
        if (!source) throw new AwsError('InternalServiceException', `The resource type of ${arn} is not supported by the Resource Groups Tagging API`, 500);
        if ((parsed.region !== '' && parsed.region !== where.region) || (parsed.account !== '' && parsed.account !== where.accountId)) {
          throw invalidParameter(`${arn} is not in the account and Region of the request`);
        }
        const next = edit(source.read(where, arn));
        if (Object.keys(next).length > LIMITS.tagsPerResource) throw invalidParameter(`A resource can have at most ${LIMITS.tagsPerResource} tags`);
        source.write(where, arn, next);
        if (Object.keys(next).length === 0) memory.remember(where, arn);
      } catch (error) {
        failed[arn] = failure(error);
      }
    }
    return { FailedResourcesMap: failed };
  };

  return {
    GetResources(input, ctx): GetResourcesOutput {
      const arns = arnList(input, 'ResourceARNList', LIMITS.arnList, false);
      const size = perPage(input, 'ResourcesPerPage', LIMITS.perPage);
      perPage(input, 'TagsPerPage', 500);
      const token = asString(input.PaginationToken);
      if (arns && (size !== undefined || input.TagsPerPage !== undefined || (token !== undefined && token !== ''))) {
        throw invalidParameter('ResourceARNList cannot be used together with ResourcesPerPage, TagsPerPage or PaginationToken');
      }
      const filters = tagFilters(input);
      const types = asStringList(input.ResourceTypeFilters) ?? [];
      const wanted = arns ? new Set(arns) : undefined;
      const found = visibleResources(bus, memory, whereOf(ctx)).filter(
        (resource) => (!wanted || wanted.has(resource.arn)) && matchesType(resource, types) && matchesTags(resource, filters),
      );
      const page = offsetPage('GetResources', found, token, size ?? LIMITS.perPage, badToken);
      return {
        // AWS ends the pages with an empty token, not a missing one.
        PaginationToken: page.next ?? '',
        ResourceTagMappingList: page.items.map((resource) => ({ ResourceARN: resource.arn, Tags: tagList(resource.tags) })),
      };
    },

    GetTagKeys(input, ctx): GetTagKeysOutput {
      const keys = new Set(visibleResources(bus, memory, whereOf(ctx)).flatMap((resource) => Object.keys(resource.tags)));
      const page = offsetPage('GetTagKeys', [...keys].sort(), asString(input.PaginationToken), KEYS_PER_PAGE, badToken);
      return { PaginationToken: page.next ?? '', TagKeys: page.items };
    },

    GetTagValues(input, ctx): GetTagValuesOutput {
      const key = asString(input.Key);
      if (key === undefined || key.length < 1 || key.length > 128) throw invalidParameter('Key must be between 1 and 128 characters long');
      const values = new Set<string>();
      for (const resource of visibleResources(bus, memory, whereOf(ctx))) {
        const value = resource.tags[key];
        if (value !== undefined) values.add(value);
      }
      const page = offsetPage(`GetTagValues:${key}`, [...values].sort(), asString(input.PaginationToken), KEYS_PER_PAGE, badToken);
      return { PaginationToken: page.next ?? '', TagValues: page.items };
    },

    TagResources(input, ctx) {
      const arns = arnList(input, 'ResourceARNList', LIMITS.arnsPerCall, true) ?? [];
      const tags = tagsInput(input);
      return change(ctx, arns, (current) => ({ ...current, ...tags }));
    },

    UntagResources(input, ctx) {
      const arns = arnList(input, 'ResourceARNList', LIMITS.arnsPerCall, true) ?? [];
      const keys = new Set(tagKeysInput(input));
      return change(ctx, arns, (current) => Object.fromEntries(Object.entries(current).filter(([key]) => !keys.has(key))));
    },
  };
}
