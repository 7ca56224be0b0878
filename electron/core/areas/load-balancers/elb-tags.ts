import { DescribeTagsCommand, type ElasticLoadBalancingV2Client, type Tag } from '@aws-sdk/client-elastic-load-balancing-v2';

/** SageDeck's documented convention: a load balancer or target group tagged so serves that SageMaker endpoint. */
export const SERVES_ENDPOINT_TAG = 'sagedeck:endpoint';

/** DescribeTags takes at most 20 resource ARNs a call. */
const TAGS_PER_CALL = 20;

export function tagRecord(tags: Tag[] | undefined): Record<string, string> {
  return Object.fromEntries((tags ?? []).flatMap((tag) => (tag.Key ? [[tag.Key, tag.Value ?? '']] : [])));
}

/** Tags of load balancers and target groups by ARN, 20 ARNs a call, the calls one after another. */
export async function readTags(elbv2: ElasticLoadBalancingV2Client, arns: readonly string[], signal: AbortSignal): Promise<Map<string, Record<string, string>>> {
  const byArn = new Map<string, Record<string, string>>();
  const unique = [...new Set(arns)];
  for (let start = 0; start < unique.length; start += TAGS_PER_CALL) {
    const answer = await elbv2.send(new DescribeTagsCommand({ ResourceArns: unique.slice(start, start + TAGS_PER_CALL) }), { abortSignal: signal });
    for (const description of answer.TagDescriptions ?? []) if (description.ResourceArn) byArn.set(description.ResourceArn, tagRecord(description.Tags));
  }
  return byArn;
}
