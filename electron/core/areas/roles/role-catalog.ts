import type { IAMClient } from '@aws-sdk/client-iam';
import { mapLimited } from '../data/storage/limited';
import { readAuthorizationDetails, readRole, type RoleRead } from './iam-reads';
import { iamOperationMissing } from './iam-refusals';
import type { PipelineUsage } from './role-facts';

const isNoSuchEntity = (error: unknown) => error instanceof Error && /NoSuchEntity/i.test(error.name);

/**
 * The account's roles with their policies: GetAccountAuthorizationDetails where the endpoint has
 * it; else the roles the pipeline names, one by one (GetRole and friends), with a notice saying so.
 */
export async function readRoles(iam: IAMClient, usage: PipelineUsage, signal: AbortSignal): Promise<RoleRead> {
  try {
    return await readAuthorizationDetails(iam, signal);
  } catch (error) {
    if (!iamOperationMissing(error)) throw error;
  }
  const names = [...usage.byRole.keys()].sort();
  const missing: string[] = [];
  const read = await mapLimited(names, 4, async (name) => {
    try {
      return await readRole(iam, name, signal);
    } catch (error) {
      if (!isNoSuchEntity(error)) throw error;
      missing.push(name);
      return undefined;
    }
  });
  const notices = [
    'This endpoint has no IAM GetAccountAuthorizationDetails, so only the roles the pipeline names were read, one by one (GetRole, ListAttachedRolePolicies, ListRolePolicies); other roles of the account are not listed.',
    missing.length > 0 ? `Roles named by the pipeline that IAM does not have: ${missing.sort().join(', ')}.` : undefined,
  ];
  return { roles: read.filter((r) => r !== undefined), notice: notices.filter(Boolean).join(' ') };
}
