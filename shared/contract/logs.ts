import { z } from 'zod';
import type {
  LogGroupPage,
  LogSearchPage,
  LogStreamPage,
  OlderEvents,
  QueryResults,
  SavedQuery,
  TailMessage,
} from '../domain/logs';
import { RETENTION_DAYS } from '../domain/logs';
import { jobNameSchema } from '../validation/sagemaker';
import type { LOGS_REQUESTS, LOGS_STREAMS } from './logs.channels';
import { empty, request, returns, stream, type AnyRequestSpec, type AnyStreamSpec, type SameKeys } from './spec';

// Limits are CloudWatch Logs' own (API reference: CreateLogGroup, CreateLogStream, FilterLogEvents, StartQuery).
const groupName = z
  .string()
  .min(1, 'Enter a log group name.')
  .max(512)
  .regex(/^[.\-_/#A-Za-z0-9]+$/, 'Log group names hold letters, digits and . - _ / # only.');
const streamName = z
  .string()
  .min(1)
  .max(512)
  .regex(/^[^:*]+$/, 'Log stream names cannot contain : or *.');
const endpointName = z
  .string()
  .min(1)
  .max(63)
  .regex(/^[a-zA-Z0-9](-*[a-zA-Z0-9])*$/, 'Endpoint names hold letters, digits and hyphens.');
const filterPattern = z.string().max(1024, 'A filter pattern is at most 1,024 characters.');
const epochMs = z.number().int().min(0);

export const tailTargetSchema = z.discriminatedUnion('kind', [
  z
    .object({
      kind: z.literal('group'),
      group: groupName,
      streams: z.array(streamName).min(1).max(100).optional(),
      streamPrefix: streamName.optional(),
    })
    .strict()
    .refine((target) => !(target.streams && target.streamPrefix), {
      message: 'Choose streams or a stream prefix, not both.',
      path: ['streamPrefix'],
    }),
  z.object({ kind: z.literal('job'), jobKind: z.enum(['training', 'processing']), name: jobNameSchema }).strict(),
  z.object({ kind: z.literal('endpoint'), name: endpointName }).strict(),
]);

const timeRange = {
  startTime: epochMs,
  endTime: epochMs,
};

export const logsRequests = {
  /** One page of log groups, by name prefix or (exclusive) substring pattern, with retention and stored bytes. */
  'logs.groups': request({
    input: z
      .object({
        prefix: groupName.optional(),
        pattern: z.string().max(512).optional(),
        nextToken: z.string().max(8192).optional(),
        limit: z.number().int().min(1).max(50).default(50),
      })
      .strict(),
    output: returns<LogGroupPage>(),
  }),
  /** One page of a group's streams, most recently written first unless a prefix is given. */
  'logs.streams': request({
    input: z
      .object({
        group: groupName,
        prefix: streamName.optional(),
        nextToken: z.string().max(8192).optional(),
        limit: z.number().int().min(1).max(50).default(50),
      })
      .strict(),
    output: returns<LogStreamPage>(),
  }),
  /** Sets (days) or removes (`null`: keep forever) a group's retention. Shorter retention deletes older events. */
  'logs.setRetention': request({
    input: z
      .object({
        group: groupName,
        days: z
          .number()
          .int()
          .refine((days) => (RETENTION_DAYS as readonly number[]).includes(days), {
            message: `Retention is one of ${RETENTION_DAYS.join(', ')} days.`,
          })
          .nullable(),
      })
      .strict(),
    output: returns<{ retentionInDays?: number }>(),
    mutation: { action: 'Set log retention', target: (input) => input.group, destructive: true },
  }),
  /** The viewer has stored batch `seq` of tail `tailId`: the host may send more (flow control). */
  'logs.ack': request({
    input: z.object({ tailId: z.string().min(1).max(100), seq: z.number().int().min(0) }).strict(),
    output: returns<{ ok: true }>(),
  }),
  /** A past time range of the target, oldest first, one page (FilterLogEvents). */
  'logs.search': request({
    input: z
      .object({
        target: tailTargetSchema,
        ...timeRange,
        filterPattern: filterPattern.optional(),
        nextToken: z.string().max(8192).optional(),
        limit: z.number().int().min(1).max(10_000).default(1000),
      })
      .strict()
      .refine((input) => input.startTime <= input.endTime, { message: 'The start is after the end.', path: ['startTime'] }),
    output: returns<LogSearchPage>(),
  }),
  /** Up to `limit` events just before `before` (epoch ms), oldest first: "load older". */
  'logs.older': request({
    input: z
      .object({
        target: tailTargetSchema,
        before: epochMs,
        filterPattern: filterPattern.optional(),
        limit: z.number().int().min(1).max(10_000).default(1000),
      })
      .strict(),
    output: returns<OlderEvents>(),
  }),
  /** Starts a Logs Insights query over up to 50 groups. */
  'logs.startQuery': request({
    input: z
      .object({
        groups: z.array(groupName).min(1, 'Choose at least one log group.').max(50),
        query: z.string().trim().min(1, 'Write a query.').max(10_000),
        ...timeRange,
        limit: z.number().int().min(1).max(10_000).optional(),
      })
      .strict()
      .refine((input) => input.startTime <= input.endTime, { message: 'The start is after the end.', path: ['startTime'] }),
    output: returns<{ queryId: string }>(),
  }),
  'logs.queryResults': request({
    input: z.object({ queryId: z.string().min(1).max(256) }).strict(),
    output: returns<QueryResults>(),
  }),
  'logs.stopQuery': request({
    input: z.object({ queryId: z.string().min(1).max(256) }).strict(),
    output: returns<{ stopped: boolean }>(),
  }),
  /** Saved Insights queries of the current profile (kept on this machine). */
  'logs.listSavedQueries': request({ input: empty, output: returns<SavedQuery[]>() }),
  'logs.saveQuery': request({
    input: z
      .object({
        name: z.string().trim().min(1, 'Name the query.').max(100),
        query: z.string().trim().min(1, 'Write a query.').max(10_000),
        groups: z.array(groupName).max(50),
      })
      .strict(),
    output: returns<SavedQuery>(),
    mutation: { action: 'Save Logs Insights query', target: (input) => input.name, destructive: false },
  }),
  'logs.deleteSavedQuery': request({
    input: z.object({ id: z.string().min(1).max(100), name: z.string().max(100) }).strict(),
    output: returns<{ deleted: true }>(),
    mutation: { action: 'Delete saved query', target: (input) => input.name, destructive: true },
  }),
} satisfies Record<(typeof LOGS_REQUESTS)[number], AnyRequestSpec>;

export const logsStreams = {
  /**
   * Follows the target live from `since` (default: now − 1 minute): `started`, then batches of
   * events in time order, each event exactly once. Live Tail first, polling when it is refused or
   * `source: 'polling'` is asked for. Acknowledge batches with `logs.ack`.
   */
  'logs.tail': stream({
    input: z
      .object({
        target: tailTargetSchema,
        since: epochMs.optional(),
        filterPattern: filterPattern.optional(),
        source: z.enum(['auto', 'polling']).default('auto'),
      })
      .strict(),
    event: returns<TailMessage>(),
    sessionScoped: true,
  }),
} satisfies Record<(typeof LOGS_STREAMS)[number], AnyStreamSpec>;

export const logsChannelsMatch: [
  SameKeys<keyof typeof logsRequests, (typeof LOGS_REQUESTS)[number]>,
  SameKeys<keyof typeof logsStreams, (typeof LOGS_STREAMS)[number]>,
] = [true, true];
