import type { DescribeLogStreamsResponse, LogStream } from '@aws-sdk/client-cloudwatch-logs';
import type { OperationContext } from '../../types';
import { logStreamArn } from './arns';
import { invalidParameter } from './errors';
import type { StreamState, Where } from './model';
import { paginate } from './pagination';
import { resolveGroup, whereOf } from './resolve';
import type { LogsStore } from './store';
import { InputReader, LOG_GROUP_IDENTIFIER, LOG_GROUP_NAME, LOG_STREAM_NAME, NEXT_TOKEN } from './validate';

type Input = Record<string, unknown>;

function describeStream(where: Where, group: string, stream: StreamState): LogStream {
  const described: LogStream = {
    logStreamName: stream.name,
    creationTime: stream.creationTime,
    arn: logStreamArn(where, group, stream.name),
    // Deprecated by AWS in 2019 and always reported as zero for streams.
    storedBytes: 0,
  };
  if (stream.firstEventTimestamp !== undefined) described.firstEventTimestamp = stream.firstEventTimestamp;
  if (stream.lastEventTimestamp !== undefined) described.lastEventTimestamp = stream.lastEventTimestamp;
  if (stream.lastIngestionTime !== undefined) described.lastIngestionTime = stream.lastIngestionTime;
  return described;
}

const byName = (a: StreamState, b: StreamState) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0);
// Streams without events sort as if their last event were at creation, which is where AWS puts them.
const lastEventOf = (stream: StreamState) => stream.lastEventTimestamp ?? stream.creationTime;

export function streamOperations(store: LogsStore) {
  return {
    CreateLogStream(input: Input, ctx: OperationContext): Record<string, never> {
      const reader = new InputReader(input);
      const groupName = reader.string('logGroupName', { required: true, ...LOG_GROUP_NAME }) as string;
      const streamName = reader.string('logStreamName', { required: true, ...LOG_STREAM_NAME }) as string;
      reader.done();
      store.createStream(store.group(whereOf(ctx), groupName), streamName, ctx.clock.now());
      return {};
    },

    DeleteLogStream(input: Input, ctx: OperationContext): Record<string, never> {
      const reader = new InputReader(input);
      const groupName = reader.string('logGroupName', { required: true, ...LOG_GROUP_NAME }) as string;
      const streamName = reader.string('logStreamName', { required: true, ...LOG_STREAM_NAME }) as string;
      reader.done();
      store.deleteStream(store.group(whereOf(ctx), groupName), streamName);
      return {};
    },

    DescribeLogStreams(input: Input, ctx: OperationContext): DescribeLogStreamsResponse {
      const reader = new InputReader(input);
      const groupName = reader.string('logGroupName', LOG_GROUP_NAME);
      const identifier = reader.string('logGroupIdentifier', LOG_GROUP_IDENTIFIER);
      const prefix = reader.string('logStreamNamePrefix', LOG_STREAM_NAME);
      const orderBy = reader.string('orderBy', { enum: ['LogStreamName', 'LastEventTime'] }) ?? 'LogStreamName';
      const descending = reader.boolean('descending') ?? false;
      const limit = reader.integer('limit', { min: 1, max: 50 }) ?? 50;
      const nextToken = reader.string('nextToken', NEXT_TOKEN);
      reader.done();
      if (orderBy === 'LastEventTime' && prefix !== undefined) {
        throw invalidParameter('Cannot order by LastEventTime with a logStreamNamePrefix.');
      }
      const { where, group } = resolveGroup(store, ctx, groupName, identifier);
      const streams = [...group.streams.values()].filter((stream) => prefix === undefined || stream.name.startsWith(prefix));
      streams.sort(orderBy === 'LogStreamName' ? byName : (a, b) => lastEventOf(a) - lastEventOf(b) || byName(a, b));
      if (descending) streams.reverse();
      const scope = `streams:${where.accountId}:${group.name}:${prefix ?? ''}:${orderBy}:${descending}`;
      const { page, nextToken: next } = paginate(streams, limit, nextToken, scope);
      const logStreams = page.map((stream) => describeStream(where, group.name, stream));
      return next ? { logStreams, nextToken: next } : { logStreams };
    },
  };
}
