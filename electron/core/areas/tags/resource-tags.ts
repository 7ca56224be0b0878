import { AddTagsCommand, DeleteTagsCommand, ListTagsCommand, type SageMakerClient, type Tag } from '@aws-sdk/client-sagemaker';
import type { TagUpdateInput } from '../../../../shared/contract/tags';
import { ErrorCodes, SageDeckError } from '../../../../shared/errors';

/** AWS's tag list as the record the contract speaks. */
export function tagRecord(tags: readonly Tag[] | undefined): Record<string, string> {
  return Object.fromEntries((tags ?? []).map((tag) => [tag.Key ?? '', tag.Value ?? '']));
}

/** Every tag of a SageMaker resource, all pages of ListTags. */
export async function listTags(client: SageMakerClient, arn: string, signal: AbortSignal): Promise<Record<string, string>> {
  const tags: Tag[] = [];
  let token: string | undefined;
  do {
    const page = await client.send(new ListTagsCommand({ ResourceArn: arn, MaxResults: 100, ...(token ? { NextToken: token } : {}) }), {
      abortSignal: signal,
    });
    tags.push(...(page.Tags ?? []));
    token = page.NextToken;
  } while (token);
  return tagRecord(tags);
}

/** AddTags for `set`, DeleteTags for `remove`; the resource's tags as they are afterwards. */
export async function updateTags(client: SageMakerClient, input: TagUpdateInput, signal: AbortSignal): Promise<Record<string, string>> {
  const both = input.remove.filter((key) => key in input.set);
  if (both.length > 0) {
    throw new SageDeckError({
      code: ErrorCodes.InvalidInput,
      message: `Tag ${both.map((key) => `"${key}"`).join(', ')} is both set and removed; keep one.`,
      fields: { remove: 'A tag cannot be set and removed at once.' },
      retryable: false,
    });
  }
  const set = Object.entries(input.set).map(([Key, Value]) => ({ Key, Value }));
  if (input.remove.length > 0) await client.send(new DeleteTagsCommand({ ResourceArn: input.arn, TagKeys: input.remove }), { abortSignal: signal });
  if (set.length > 0) await client.send(new AddTagsCommand({ ResourceArn: input.arn, Tags: set }), { abortSignal: signal });
  return listTags(client, input.arn, signal);
}
