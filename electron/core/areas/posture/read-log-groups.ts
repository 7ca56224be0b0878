import { DescribeLogGroupsCommand, type LogGroup } from '@aws-sdk/client-cloudwatch-logs';
import { judged } from './checks';
import { probe } from './probe';
import type { ReadContext } from './report-sink';

/** Log groups read at most (50 a page): a notice says when there are more. */
export const LOG_GROUPS_READ = 500;

/** Every log group (up to 500): its KMS key and its retention. */
export async function readLogGroups(ctx: ReadContext): Promise<void> {
  const logs = ctx.clients.get('logs');
  const groups: LogGroup[] = [];
  let nextToken: string | undefined;
  do {
    const token = nextToken;
    const page = await probe('logs', 'DescribeLogGroups', () => ctx.run(() => logs.send(new DescribeLogGroupsCommand({ limit: 50, ...(token ? { nextToken: token } : {}) }), { abortSignal: ctx.signal })));
    if (!page.ok) return ctx.sink.notListed(page.notRun);
    groups.push(...(page.value.logGroups ?? []));
    nextToken = page.value.nextToken;
  } while (nextToken && groups.length < LOG_GROUPS_READ);
  if (nextToken) ctx.sink.notices.push(`The first ${LOG_GROUPS_READ} log groups are checked; there are more.`);
  for (const group of groups) {
    const name = group.logGroupName ?? '';
    const subject = { resourceKind: 'logGroup' as const, name, ...(group.arn ? { arn: group.arn.replace(/:\*$/, '') } : {}) };
    const link = { area: 'logGroup' as const, name };
    if (group.kmsKeyId) ctx.facts.keyRefs.add(group.kmsKeyId);
    ctx.sink.add(
      judged(subject, 'logGroup.kmsKey', Boolean(group.kmsKeyId), `DescribeLogGroups: kmsKeyId ${group.kmsKeyId ?? 'not set (CloudWatch Logs’ own encryption)'}`, {
        action: `aws logs associate-kms-key --log-group-name ${name} --kms-key-id <key ARN>`,
        link,
      }),
      judged(subject, 'logGroup.retention', group.retentionInDays !== undefined, `DescribeLogGroups: retentionInDays ${group.retentionInDays ?? 'not set (kept forever)'}`, {
        action: `aws logs put-retention-policy --log-group-name ${name} --retention-in-days 365`,
        link,
      }),
    );
  }
}
