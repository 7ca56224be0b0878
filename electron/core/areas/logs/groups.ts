import {
  DeleteRetentionPolicyCommand,
  DescribeLogGroupsCommand,
  DescribeLogStreamsCommand,
  PutRetentionPolicyCommand,
  type CloudWatchLogsClient,
  type LogGroup,
  type LogStream,
} from '@aws-sdk/client-cloudwatch-logs';
import type { LogGroupSummary, LogStreamSummary } from '../../../../shared/domain/logs';
import { ErrorCodes, SageDeckError } from '../../../../shared/errors';
import { refusalsAsFields } from './aws-field-errors';
import type { LogsAreaDeps, LogsRequestHandlers } from './deps';

const GROUP_MEMBERS = { logGroupNamePrefix: 'prefix', logGroupNamePattern: 'pattern', limit: 'limit', nextToken: 'nextToken' };
const STREAM_MEMBERS = { logGroupName: 'group', logStreamNamePrefix: 'prefix', limit: 'limit', nextToken: 'nextToken' };
const RETENTION_MEMBERS = { logGroupName: 'group', retentionInDays: 'days' };

const iso = (epochMs: number | undefined) => (epochMs === undefined ? undefined : new Date(epochMs).toISOString());

function groupSummary(group: LogGroup): LogGroupSummary {
  const summary: LogGroupSummary = { name: group.logGroupName ?? '' };
  // `arn` ends in `:*` (the form IAM policies use); `logGroupArn` is the group's own ARN.
  const arn = group.logGroupArn ?? group.arn?.replace(/:\*$/, '');
  if (arn) summary.arn = arn;
  const createdAt = iso(group.creationTime);
  if (createdAt) summary.createdAt = createdAt;
  if (group.retentionInDays !== undefined) summary.retentionInDays = group.retentionInDays;
  if (group.storedBytes !== undefined) summary.storedBytes = group.storedBytes;
  if (group.logGroupClass) summary.logGroupClass = group.logGroupClass;
  return summary;
}

function streamSummary(stream: LogStream): LogStreamSummary {
  const summary: LogStreamSummary = { name: stream.logStreamName ?? '' };
  const first = iso(stream.firstEventTimestamp);
  const last = iso(stream.lastEventTimestamp);
  if (first) summary.firstEventAt = first;
  if (last) summary.lastEventAt = last;
  return summary;
}

/**
 * A pattern search answers only name, ARN and creation time (AWS trims it), which would read as
 * "keeps forever, 0 bytes": the page's groups are described again by name to get their retention.
 */
async function withDetails(client: CloudWatchLogsClient, groups: LogGroup[], signal: AbortSignal): Promise<LogGroup[]> {
  if (groups.length === 0) return groups;
  const names = groups.map((group) => group.logGroupName ?? '');
  const answer = await client.send(new DescribeLogGroupsCommand({ logGroupIdentifiers: names }), { abortSignal: signal });
  const byName = new Map((answer.logGroups ?? []).map((group) => [group.logGroupName, group]));
  return groups.map((group) => byName.get(group.logGroupName) ?? group);
}

/** Log groups, their streams and retention. */
export function groupHandlers(deps: LogsAreaDeps): Pick<LogsRequestHandlers, 'logs.groups' | 'logs.streams' | 'logs.setRetention'> {
  const logs = async () => (await deps.clients.current()).get('logs');
  return {
    'logs.groups': async (input, ctx) => {
      if (input.prefix !== undefined && input.pattern !== undefined) {
        throw new SageDeckError({
          code: ErrorCodes.InvalidInput,
          message: 'Search log groups by a name prefix or by a part of the name, not both.',
          fields: { pattern: 'Clear the prefix to search by a part of the name.' },
          retryable: false,
        });
      }
      const client = await logs();
      const pattern = input.pattern === '' ? undefined : input.pattern;
      const answer = await refusalsAsFields(
        () =>
          client.send(
            new DescribeLogGroupsCommand({
              logGroupNamePrefix: input.prefix,
              logGroupNamePattern: pattern,
              nextToken: input.nextToken,
              limit: input.limit,
            }),
            { abortSignal: ctx.signal },
          ),
        GROUP_MEMBERS,
      );
      const found = answer.logGroups ?? [];
      const groups = pattern === undefined ? found : await withDetails(client, found, ctx.signal);
      return { groups: groups.map(groupSummary), ...(answer.nextToken ? { nextToken: answer.nextToken } : {}) };
    },

    'logs.streams': async (input, ctx) => {
      const client = await logs();
      // LastEventTime cannot be combined with a prefix (AWS refuses it): a prefix lists by name.
      const byName = input.prefix !== undefined;
      const answer = await refusalsAsFields(
        () =>
          client.send(
            new DescribeLogStreamsCommand({
              logGroupName: input.group,
              logStreamNamePrefix: input.prefix,
              orderBy: byName ? 'LogStreamName' : 'LastEventTime',
              descending: !byName,
              nextToken: input.nextToken,
              limit: input.limit,
            }),
            { abortSignal: ctx.signal },
          ),
        STREAM_MEMBERS,
        'group',
      );
      const streams = (answer.logStreams ?? []).map(streamSummary);
      return { streams, ...(answer.nextToken ? { nextToken: answer.nextToken } : {}) };
    },

    'logs.setRetention': async (input, ctx) => {
      const client = await logs();
      const options = { abortSignal: ctx.signal };
      await refusalsAsFields(
        async () => {
          if (input.days === null) await client.send(new DeleteRetentionPolicyCommand({ logGroupName: input.group }), options);
          else await client.send(new PutRetentionPolicyCommand({ logGroupName: input.group, retentionInDays: input.days }), options);
        },
        RETENTION_MEMBERS,
        'group',
      );
      return input.days === null ? {} : { retentionInDays: input.days };
    },
  };
}
