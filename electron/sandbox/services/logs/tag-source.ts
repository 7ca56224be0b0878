import { AwsError, type TagSource, type Where } from '../../types';
import { logGroupArn, parseGroupIdentifier } from './arns';
import type { LogsStore } from './store';

/** Log groups as `logs:log-group`, by the ARN without `:*` that TagResource takes. */
export function logsTagSource(store: LogsStore): TagSource {
  const group = (where: Where, arn: string) => {
    const reference = parseGroupIdentifier(arn, where);
    const found = reference && !reference.wildcardSuffix && reference.where.region === where.region && reference.where.accountId === where.accountId ? store.findGroup(where, reference.name) : undefined;
    if (!found) throw new AwsError('ResourceNotFoundException', `The specified resource does not exist: ${arn}`);
    return found;
  };
  return {
    service: 'logs',
    list: (where) => [...store.region(where).groups.values()].map((found) => ({ arn: logGroupArn(where, found.name), resourceType: 'logs:log-group', tags: { ...found.tags } })),
    read: (where, arn) => ({ ...group(where, arn).tags }),
    write: (where, arn, tags) => {
      group(where, arn).tags = { ...tags };
    },
  };
}
