import type {
  DescribeLogGroupsResponse,
  ListTagsForResourceResponse,
  ListTagsLogGroupResponse,
  LogGroup,
  LogGroupClass,
} from '@aws-sdk/client-cloudwatch-logs';
import { AwsError, type OperationContext } from '../../types';
import { logGroupArn, parseGroupIdentifier } from './arns';
import { invalidParameter } from './errors';
import type { GroupState, Where } from './model';
import { paginate } from './pagination';
import { whereOf } from './resolve';
import { RETENTION_DAYS } from './retention';
import type { LogsStore } from './store';
import { InputReader, LOG_GROUP_IDENTIFIER, LOG_GROUP_NAME, NEXT_TOKEN } from './validate';

type Input = Record<string, unknown>;

const GROUP_CLASSES = ['STANDARD', 'INFREQUENT_ACCESS', 'DELIVERY'] as const;
const TAG_KEY = { min: 1, max: 128, pattern: /^[\p{L}\p{Z}\p{N}_.:/=+\-@]+$/u, patternText: '^([\\p{L}\\p{Z}\\p{N}_.:/=+\\-@]+)$' } as const;
const TAG_VALUE = { max: 256, pattern: /^[\p{L}\p{Z}\p{N}_.:/=+\-@]*$/u, patternText: '^([\\p{L}\\p{Z}\\p{N}_.:/=+\\-@]*)$' } as const;


function readTags(reader: InputReader, member: string): Record<string, string> | undefined {
  const tags = reader.stringMap(member, { min: 1, max: 50 });
  if (!tags) return undefined;
  for (const [key, value] of Object.entries(tags)) {
    if (!TAG_KEY.pattern.test(key) || key.length > TAG_KEY.max) reader.problem(key, `${member}.key`, `satisfy regular expression pattern: ${TAG_KEY.patternText}`);
    if (!TAG_VALUE.pattern.test(value) || value.length > TAG_VALUE.max) reader.problem(value, `${member}.value`, `satisfy regular expression pattern: ${TAG_VALUE.patternText}`);
  }
  return tags;
}

function describeGroup(where: Where, group: GroupState): LogGroup {
  const arn = logGroupArn(where, group.name);
  const described: LogGroup = {
    logGroupName: group.name,
    creationTime: group.creationTime,
    metricFilterCount: 0,
    arn: `${arn}:*`,
    storedBytes: group.storedBytes,
    logGroupClass: group.logGroupClass,
    logGroupArn: arn,
    deletionProtectionEnabled: group.deletionProtectionEnabled,
  };
  if (group.retentionInDays !== undefined) described.retentionInDays = group.retentionInDays;
  if (group.kmsKeyId !== undefined) described.kmsKeyId = group.kmsKeyId;
  return described;
}

/** Tagging APIs take the ARN without `:*`, of a group in the caller's account and region. */
function groupFromArn(store: LogsStore, ctx: OperationContext, arn: string): GroupState {
  const reference = parseGroupIdentifier(arn, whereOf(ctx));
  if (!arn.startsWith('arn:') || !reference || reference.wildcardSuffix) throw invalidParameter(`Invalid resource ARN: ${arn}`);
  const group = store.findGroup(reference.where, reference.name);
  if (!group) throw new AwsError('ResourceNotFoundException', `The specified resource does not exist: ${arn}`);
  return group;
}

function applyTags(group: GroupState, tags: Record<string, string>): void {
  const merged = { ...group.tags, ...tags };
  if (Object.keys(merged).length > 50) throw new AwsError('TooManyTagsException', 'A resource can have no more than 50 tags.');
  group.tags = merged;
}

export function groupOperations(store: LogsStore) {
  return {
    CreateLogGroup(input: Input, ctx: OperationContext): Record<string, never> {
      const reader = new InputReader(input);
      const name = reader.string('logGroupName', { required: true, ...LOG_GROUP_NAME });
      const kmsKeyId = reader.string('kmsKeyId', { max: 256 });
      const tags = readTags(reader, 'tags');
      const logGroupClass = reader.string('logGroupClass', { enum: GROUP_CLASSES }) as LogGroupClass | undefined;
      const deletionProtectionEnabled = reader.boolean('deletionProtectionEnabled');
      reader.done();
      store.createGroup(whereOf(ctx), name as string, ctx.clock.now(), { kmsKeyId, tags, logGroupClass, deletionProtectionEnabled });
      return {};
    },

    DeleteLogGroup(input: Input, ctx: OperationContext): Record<string, never> {
      const reader = new InputReader(input);
      const name = reader.string('logGroupName', { required: true, ...LOG_GROUP_NAME }) as string;
      reader.done();
      const group = store.group(whereOf(ctx), name);
      if (group.deletionProtectionEnabled) {
        throw new AwsError('ValidationException', 'Log group deletion protection is enabled. Disable deletion protection before deleting the log group.');
      }
      store.deleteGroup(whereOf(ctx), name);
      return {};
    },

    DescribeLogGroups(input: Input, ctx: OperationContext): DescribeLogGroupsResponse {
      const reader = new InputReader(input);
      const prefix = reader.string('logGroupNamePrefix', LOG_GROUP_NAME);
      const pattern = reader.string('logGroupNamePattern', { max: 512, pattern: /^[.\-_/#A-Za-z0-9]*$/, patternText: '[\\.\\-_/#A-Za-z0-9]*' });
      const identifiers = reader.stringList('logGroupIdentifiers', { min: 1, max: 50, item: LOG_GROUP_IDENTIFIER });
      const logGroupClass = reader.string('logGroupClass', { enum: GROUP_CLASSES });
      const limit = reader.integer('limit', { min: 1, max: 50 }) ?? 50;
      const nextToken = reader.string('nextToken', NEXT_TOKEN);
      reader.done();
      if (prefix !== undefined && pattern !== undefined) {
        throw invalidParameter('LogGroup name prefix and LogGroup name pattern are mutually exclusive parameters.');
      }
      if (identifiers && (prefix !== undefined || pattern !== undefined)) {
        throw invalidParameter('logGroupIdentifiers cannot be combined with logGroupNamePrefix or logGroupNamePattern.');
      }
      const where = whereOf(ctx);
      const wanted = identifiers?.map((identifier) => parseGroupIdentifier(identifier, where)?.name);
      const groups = [...store.region(where).groups.values()]
        .filter((group) => prefix === undefined || group.name.startsWith(prefix))
        .filter((group) => pattern === undefined || group.name.includes(pattern))
        .filter((group) => !wanted || wanted.includes(group.name))
        .filter((group) => logGroupClass === undefined || group.logGroupClass === logGroupClass)
        .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
      const scope = `groups:${prefix ?? ''}:${pattern ?? ''}:${logGroupClass ?? ''}`;
      const { page, nextToken: next } = paginate(groups, limit, nextToken, scope);
      const logGroups = page.map((group) => {
        const described = describeGroup(where, group);
        // AWS trims the answer to three members when a pattern search is used.
        return pattern === undefined ? described : { arn: described.arn, creationTime: described.creationTime, logGroupName: described.logGroupName };
      });
      return next ? { logGroups, nextToken: next } : { logGroups };
    },

    PutRetentionPolicy(input: Input, ctx: OperationContext): Record<string, never> {
      const reader = new InputReader(input);
      const name = reader.string('logGroupName', { required: true, ...LOG_GROUP_NAME }) as string;
      const days = reader.integer('retentionInDays', { required: true, oneOf: RETENTION_DAYS }) as number;
      reader.done();
      store.group(whereOf(ctx), name).retentionInDays = days;
      return {};
    },

    DeleteRetentionPolicy(input: Input, ctx: OperationContext): Record<string, never> {
      const reader = new InputReader(input);
      const name = reader.string('logGroupName', { required: true, ...LOG_GROUP_NAME }) as string;
      reader.done();
      delete store.group(whereOf(ctx), name).retentionInDays;
      return {};
    },

    TagResource(input: Input, ctx: OperationContext): Record<string, never> {
      const reader = new InputReader(input);
      const arn = reader.string('resourceArn', { required: true, min: 1, max: 1011 }) as string;
      const tags = readTags(reader, 'tags');
      if (!tags) reader.problem(undefined, 'tags', 'not be null');
      reader.done();
      applyTags(groupFromArn(store, ctx, arn), tags as Record<string, string>);
      return {};
    },

    UntagResource(input: Input, ctx: OperationContext): Record<string, never> {
      const reader = new InputReader(input);
      const arn = reader.string('resourceArn', { required: true, min: 1, max: 1011 }) as string;
      const keys = reader.stringList('tagKeys', { required: true, max: 50 }) as string[];
      reader.done();
      const group = groupFromArn(store, ctx, arn);
      for (const key of keys) delete group.tags[key];
      return {};
    },

    ListTagsForResource(input: Input, ctx: OperationContext): ListTagsForResourceResponse {
      const reader = new InputReader(input);
      const arn = reader.string('resourceArn', { required: true, min: 1, max: 1011 }) as string;
      reader.done();
      return { tags: { ...groupFromArn(store, ctx, arn).tags } };
    },

    // The deprecated name-based tagging calls, still used by older tools.
    TagLogGroup(input: Input, ctx: OperationContext): Record<string, never> {
      const reader = new InputReader(input);
      const name = reader.string('logGroupName', { required: true, ...LOG_GROUP_NAME }) as string;
      const tags = readTags(reader, 'tags');
      if (!tags) reader.problem(undefined, 'tags', 'not be null');
      reader.done();
      applyTags(store.group(whereOf(ctx), name), tags as Record<string, string>);
      return {};
    },

    UntagLogGroup(input: Input, ctx: OperationContext): Record<string, never> {
      const reader = new InputReader(input);
      const name = reader.string('logGroupName', { required: true, ...LOG_GROUP_NAME }) as string;
      const keys = reader.stringList('tags', { required: true, min: 1, max: 50 }) as string[];
      reader.done();
      const group = store.group(whereOf(ctx), name);
      for (const key of keys) delete group.tags[key];
      return {};
    },

    ListTagsLogGroup(input: Input, ctx: OperationContext): ListTagsLogGroupResponse {
      const reader = new InputReader(input);
      const name = reader.string('logGroupName', { required: true, ...LOG_GROUP_NAME }) as string;
      reader.done();
      return { tags: { ...store.group(whereOf(ctx), name).tags } };
    },
  };
}
