import type { OperationContext } from '../../types';
import { parseGroupIdentifier } from './arns';
import { groupNotFound, invalidParameter } from './errors';
import type { GroupState, Where } from './model';
import type { LogsStore } from './store';

export const whereOf = (ctx: OperationContext): Where => ({ accountId: ctx.accountId, region: ctx.region });

/**
 * Operations that read a group accept `logGroupName` or `logGroupIdentifier` (name or ARN),
 * exactly one of them.
 */
export function resolveGroup(store: LogsStore, ctx: OperationContext, name: string | undefined, identifier: string | undefined): { where: Where; group: GroupState } {
  if (name !== undefined && identifier !== undefined) {
    throw invalidParameter('LogGroupName and LogGroupIdentifier are mutually exclusive parameters.');
  }
  if (name === undefined && identifier === undefined) {
    throw invalidParameter('Either LogGroupName or LogGroupIdentifier must be specified.');
  }
  if (name !== undefined) return { where: whereOf(ctx), group: store.group(whereOf(ctx), name) };
  const reference = parseGroupIdentifier(identifier as string, whereOf(ctx));
  if (!reference) throw invalidParameter(`Invalid log group identifier: ${identifier}`);
  const group = store.findGroup(reference.where, reference.name);
  if (!group) throw groupNotFound();
  return { where: reference.where, group };
}
