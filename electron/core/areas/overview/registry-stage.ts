import { ListModelPackageGroupsCommand, ListModelPackagesCommand, type SageMakerClient } from '@aws-sdk/client-sagemaker';
import type { RegistryStage, StageResult } from '../../../../shared/domain/overview';
import { collectPages } from './pages';

const PAGE = 100;
/** Counting stops at 1,000 groups and 1,000 pending versions. */
const MAX_PAGES = 10;

/**
 * Registry: versions waiting for a decision across every group (one ListModelPackages filtered by
 * PendingManualApproval over versioned packages, not one call per group) and the number of groups.
 */
export async function readRegistryStage(client: SageMakerClient, signal: AbortSignal): Promise<StageResult<RegistryStage>> {
  const [pending, groups] = await Promise.all([
    collectPages(async (token) => {
      const answer = await client.send(
        new ListModelPackagesCommand({ ModelApprovalStatus: 'PendingManualApproval', ModelPackageType: 'Versioned', MaxResults: PAGE, ...(token ? { NextToken: token } : {}) }),
        { abortSignal: signal },
      );
      return { items: answer.ModelPackageSummaryList ?? [], next: answer.NextToken };
    }, MAX_PAGES),
    collectPages(async (token) => {
      const answer = await client.send(new ListModelPackageGroupsCommand({ MaxResults: PAGE, ...(token ? { NextToken: token } : {}) }), { abortSignal: signal });
      return { items: answer.ModelPackageGroupSummaryList ?? [], next: answer.NextToken };
    }, MAX_PAGES),
  ]);
  const capped = pending.truncated || groups.truncated;
  return {
    ok: true,
    value: { pendingApproval: pending.items.length, groups: groups.items.length },
    ...(capped ? { notice: `Counted the first ${PAGE * MAX_PAGES}: there are more.` } : {}),
  };
}
