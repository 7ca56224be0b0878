import { DescribeLogGroupsCommand, type CloudWatchLogsClient } from '@aws-sdk/client-cloudwatch-logs';

export interface GroupInfo {
  /** The group's ARN without the `:*` suffix, as StartLiveTail wants it. */
  arn?: string;
  creationTime?: number;
}

/** The group's ARN and creation time, or undefined when no group has that exact name. */
export async function describeGroup(logs: CloudWatchLogsClient, name: string, signal: AbortSignal): Promise<GroupInfo | undefined> {
  let nextToken: string | undefined;
  // A prefix lists the group itself first (ASCII order) unless many share its name as a prefix.
  for (let page = 0; page < 10; page++) {
    const answer = await logs.send(new DescribeLogGroupsCommand({ logGroupNamePrefix: name, limit: 50, ...(nextToken ? { nextToken } : {}) }), {
      abortSignal: signal,
    });
    const found = answer.logGroups?.find((group) => group.logGroupName === name);
    if (found) {
      const arn = found.logGroupArn ?? found.arn?.replace(/:\*$/, '');
      return { ...(arn ? { arn } : {}), ...(found.creationTime !== undefined ? { creationTime: found.creationTime } : {}) };
    }
    nextToken = answer.nextToken;
    if (!nextToken) return undefined;
  }
  return undefined;
}
