import type { BackupSelection, ConditionParameter } from '@aws-sdk/client-backup';

/** AWS Backup's resource patterns and StringLike values: `*` matches any run of characters. */
export function wildcardMatch(pattern: string, value: string): boolean {
  const source = pattern
    .split('*')
    .map((part) => part.replace(/[.+?^${}()|[\]\\]/g, '\\$&'))
    .join('.*');
  return new RegExp(`^${source}$`).test(value);
}

/** `aws:ResourceTag/<key>` (Conditions) or a plain tag key (ListOfTags). */
const tagKeyOf = (conditionKey: string | undefined) => (conditionKey ?? '').replace(/^aws:ResourceTag\//, '');

function parameterHolds(parameter: ConditionParameter, tags: Record<string, string>, like: boolean): boolean {
  const value = tags[tagKeyOf(parameter.ConditionKey)];
  if (value === undefined) return false;
  return like ? wildcardMatch(parameter.ConditionValue ?? '', value) : value === parameter.ConditionValue;
}

/**
 * Whether a selection assigns the resource, as AWS Backup decides (Developer Guide, "Assigning
 * resources"): matched by Resources OR by any ListOfTags condition, then every Conditions entry must
 * hold (AND), and NotResources takes it out again.
 */
export function selectionCovers(selection: BackupSelection, arn: string, tags: Record<string, string>): boolean {
  const byResource = (selection.Resources ?? []).some((pattern) => wildcardMatch(pattern, arn));
  const byTag = (selection.ListOfTags ?? []).some((condition) => {
    const parameter = { ConditionKey: condition.ConditionKey, ConditionValue: condition.ConditionValue };
    return parameterHolds(parameter, tags, false);
  });
  if (!byResource && !byTag) return false;
  const conditions = selection.Conditions ?? {};
  const all =
    (conditions.StringEquals ?? []).every((p) => parameterHolds(p, tags, false)) &&
    (conditions.StringLike ?? []).every((p) => parameterHolds(p, tags, true)) &&
    (conditions.StringNotEquals ?? []).every((p) => !parameterHolds(p, tags, false)) &&
    (conditions.StringNotLike ?? []).every((p) => !parameterHolds(p, tags, true));
  if (!all) return false;
  return !(selection.NotResources ?? []).some((pattern) => wildcardMatch(pattern, arn));
}

/** Whether any selection matches on tags, so bucket tags must be read at all. */
export function needsTags(selections: BackupSelection[]): boolean {
  return selections.some((s) => (s.ListOfTags?.length ?? 0) > 0 || Object.values(s.Conditions ?? {}).some((list) => (list as unknown[] | undefined)?.length));
}
