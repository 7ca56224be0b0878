import type { LiveTailSessionStart } from '@aws-sdk/client-cloudwatch-logs';
import { randomUUID } from 'node:crypto';
import { AwsError, EventStreamOutput, type OperationContext } from '../../types';
import { parseGroupIdentifier } from './arns';
import { groupNotFound, invalidParameter } from './errors';
import { LiveTailSession, type TailedGroup } from './live-tail-session';
import { compilePatternOrThrow } from './read';
import { whereOf } from './resolve';
import type { LogsStore } from './store';
import { FILTER_PATTERN, InputReader, LOG_GROUP_IDENTIFIER, LOG_STREAM_NAME } from './validate';

/** AWS's default quota of concurrent Live Tail sessions per account and region. */
export const MAX_CONCURRENT_SESSIONS = 15;

async function* noEvents(): AsyncGenerator<never> {}

/** Owns every open Live Tail session and feeds them what the store ingests. */
export class LiveTailHub {
  private readonly sessions = new Set<{ key: string; session: LiveTailSession }>();
  constructor(private readonly store: LogsStore) {
    store.onIngest((events) => {
      for (const { session } of this.sessions) session.offer(events);
    });
  }

  activeSessions(where: { accountId: string; region: string }): number {
    const key = `${where.accountId}/${where.region}`;
    return [...this.sessions].filter((entry) => entry.key === key).length;
  }

  StartLiveTail = (input: Record<string, unknown>, ctx: OperationContext): EventStreamOutput => {
    const reader = new InputReader(input);
    const identifiers = reader.stringList('logGroupIdentifiers', { required: true, min: 1, max: 10, item: LOG_GROUP_IDENTIFIER }) as string[];
    const streamNames = reader.stringList('logStreamNames', { min: 1, max: 100, item: LOG_STREAM_NAME });
    const streamNamePrefixes = reader.stringList('logStreamNamePrefixes', { min: 1, max: 100, item: LOG_STREAM_NAME });
    const pattern = reader.string('logEventFilterPattern', FILTER_PATTERN);
    reader.done();
    if (streamNames && streamNamePrefixes) {
      throw invalidParameter('logStreamNames and logStreamNamePrefixes are mutually exclusive parameters.');
    }
    if ((streamNames || streamNamePrefixes) && identifiers.length > 1) {
      throw invalidParameter('Log stream filters can be used only when a single log group is specified.');
    }
    const caller = whereOf(ctx);
    const groups: TailedGroup[] = identifiers.map((identifier) => {
      const reference = parseGroupIdentifier(identifier, caller);
      if (!reference) throw invalidParameter(`Invalid log group identifier: ${identifier}`);
      if (reference.wildcardSuffix) throw invalidParameter(`Log group ARN cannot end with '*': ${identifier}`);
      if (!this.store.findGroup(reference.where, reference.name)) throw groupNotFound();
      return { where: reference.where, name: reference.name };
    });
    const matcher = compilePatternOrThrow(pattern);
    if (this.activeSessions(caller) >= MAX_CONCURRENT_SESSIONS) {
      throw new AwsError('LimitExceededException', `You have reached the maximum number of concurrent Live Tail sessions (${MAX_CONCURRENT_SESSIONS}).`);
    }

    const start: LiveTailSessionStart = { requestId: ctx.requestId, sessionId: randomUUID(), logGroupIdentifiers: identifiers };
    if (streamNames) start.logStreamNames = streamNames;
    if (streamNamePrefixes) start.logStreamNamePrefixes = streamNamePrefixes;
    if (pattern !== undefined) start.logEventFilterPattern = pattern;

    // A client that is already gone gets nothing, and no session is counted against the quota.
    if (ctx.signal.aborted) return new EventStreamOutput(noEvents());
    const key = `${caller.accountId}/${caller.region}`;
    const session: LiveTailSession = new LiveTailSession({
      clock: ctx.clock,
      signal: ctx.signal,
      start,
      groups,
      streamNames,
      streamNamePrefixes,
      matcher,
      onClose: () => this.sessions.delete(entry),
    });
    const entry = { key, session };
    this.sessions.add(entry);
    return new EventStreamOutput(session.events());
  };

  /** Ends every session (sandbox stop or reset). */
  closeAll(): void {
    for (const { session } of [...this.sessions]) session.close();
  }
}
