import { ListModelPackageGroupsCommand, type SageMakerClient } from '@aws-sdk/client-sagemaker';
import type { ModelGroupPage, ModelGroupSummary } from '../../../../shared/domain/registry';
import { assignDefined, iso } from '../jobs/job-fields';

/** One page of model package groups, newest first, AWS filtering on the name fragment. */
export async function listGroups(
  client: SageMakerClient,
  query: { nameContains?: string | undefined; nextToken?: string | undefined },
  signal: AbortSignal,
): Promise<ModelGroupPage> {
  const answer = await client.send(
    new ListModelPackageGroupsCommand({
      SortBy: 'CreationTime',
      SortOrder: 'Descending',
      MaxResults: 100,
      ...(query.nameContains ? { NameContains: query.nameContains } : {}),
      ...(query.nextToken ? { NextToken: query.nextToken } : {}),
    }),
    { abortSignal: signal },
  );
  const items = (answer.ModelPackageGroupSummaryList ?? []).map((group) =>
    assignDefined<ModelGroupSummary>(
      {
        name: group.ModelPackageGroupName ?? '',
        arn: group.ModelPackageGroupArn ?? '',
        createdAt: iso(group.CreationTime) ?? '',
        status: group.ModelPackageGroupStatus ?? 'Completed',
      },
      { description: group.ModelPackageGroupDescription },
    ),
  );
  return answer.NextToken ? { items, nextToken: answer.NextToken } : { items };
}
