import { ListPolicyVersionsCommand, type IAMClient, type PolicyVersion } from '@aws-sdk/client-iam';

/** AWS keeps at most five versions of a managed policy (LimitExceeded beyond). */
export const MAX_POLICY_VERSIONS = 5;

export async function listPolicyVersions(iam: IAMClient, policyArn: string, signal: AbortSignal): Promise<PolicyVersion[]> {
  return (await iam.send(new ListPolicyVersionsCommand({ PolicyArn: policyArn, MaxItems: 100 }), { abortSignal: signal })).Versions ?? [];
}

/** The version a new one must replace when five exist: the oldest that is not the default. */
export function versionToDelete(versions: readonly PolicyVersion[]): string | undefined {
  if (versions.length < MAX_POLICY_VERSIONS) return undefined;
  return [...versions]
    .filter((v) => !v.IsDefaultVersion)
    .sort((a, b) => (a.CreateDate?.getTime() ?? 0) - (b.CreateDate?.getTime() ?? 0) || Number(a.VersionId?.slice(1)) - Number(b.VersionId?.slice(1)))[0]?.VersionId;
}
