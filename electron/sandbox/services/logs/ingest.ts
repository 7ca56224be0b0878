import type { PutLogEventsResponse, RejectedLogEventsInfo } from '@aws-sdk/client-cloudwatch-logs';
import type { LogWriter, OperationContext } from '../../types';
import { encodeKey } from './event-keys';
import { invalidParameter } from './errors';
import type { Where } from './model';
import { whereOf } from './resolve';
import { DAY_MS } from './retention';
import { utf8Length, type LogsStore } from './store';
import { InputReader, LOG_GROUP_NAME, LOG_STREAM_NAME } from './validate';

type Input = Record<string, unknown>;

const MAX_BATCH_BYTES = 1_048_576;
const EVENT_OVERHEAD_BYTES = 26;
const MAX_BATCH_EVENTS = 10_000;
const MAX_FUTURE_MS = 2 * 60 * 60 * 1000;
const MAX_AGE_MS = 14 * DAY_MS;
const MAX_SPAN_MS = DAY_MS;

interface InputEvent {
  timestamp: number;
  message: string;
}

function readEvents(reader: InputReader): InputEvent[] {
  const raw = reader.raw('logEvents');
  if (raw === undefined || raw === null) {
    reader.problem(undefined, 'logEvents', 'not be null');
    return [];
  }
  if (!Array.isArray(raw)) {
    reader.problem('[object]', 'logEvents', 'be a list');
    return [];
  }
  if (raw.length < 1) reader.problem('[]', 'logEvents', 'have length greater than or equal to 1');
  if (raw.length > MAX_BATCH_EVENTS) reader.problem(`[${raw.length} events]`, 'logEvents', `have length less than or equal to ${MAX_BATCH_EVENTS}`);
  const events: InputEvent[] = [];
  raw.forEach((item: unknown, index) => {
    const at = `logEvents.${index + 1}.member`;
    const event = (item ?? {}) as Record<string, unknown>;
    const { timestamp, message } = event;
    if (typeof timestamp !== 'number' || !Number.isInteger(timestamp)) reader.problem(timestamp, `${at}.timestamp`, 'not be null');
    else if (timestamp < 0) reader.problem(timestamp, `${at}.timestamp`, 'have value greater than or equal to 0');
    if (typeof message !== 'string') reader.problem(message, `${at}.message`, 'not be null');
    else if (message.length < 1) reader.problem(message, `${at}.message`, 'have length greater than or equal to 1');
    events.push({ timestamp: timestamp as number, message: message as string });
  });
  return events;
}

/**
 * Splits a chronological batch into the events AWS keeps and the rejected edges: too old
 * (14 days), expired (older than the group's retention) and too new (over 2 hours ahead).
 */
function classify(events: InputEvent[], now: number, retentionInDays: number | undefined) {
  const info: RejectedLogEventsInfo = {};
  const expiredBefore = retentionInDays === undefined ? -Infinity : now - retentionInDays * DAY_MS;
  for (let i = 0; i < events.length; i++) {
    const timestamp = (events[i] as InputEvent).timestamp;
    if (timestamp < now - MAX_AGE_MS) info.tooOldLogEventEndIndex = i + 1;
    if (timestamp < expiredBefore) info.expiredLogEventEndIndex = i + 1;
    if (timestamp > now + MAX_FUTURE_MS && info.tooNewLogEventStartIndex === undefined) info.tooNewLogEventStartIndex = i;
  }
  const start = Math.max(info.tooOldLogEventEndIndex ?? 0, info.expiredLogEventEndIndex ?? 0);
  const end = info.tooNewLogEventStartIndex ?? events.length;
  return { accepted: events.slice(start, Math.max(start, end)), info };
}

export function ingestOperations(store: LogsStore) {
  return {
    PutLogEvents(input: Input, ctx: OperationContext): PutLogEventsResponse {
      const reader = new InputReader(input);
      const groupName = reader.string('logGroupName', { required: true, ...LOG_GROUP_NAME }) as string;
      const streamName = reader.string('logStreamName', { required: true, ...LOG_STREAM_NAME }) as string;
      // Sequence tokens are read for shape only: AWS has ignored their value since 2023.
      reader.string('sequenceToken', { min: 1 });
      const events = readEvents(reader);
      reader.done();

      const where = whereOf(ctx);
      const group = store.group(where, groupName);
      const stream = store.stream(group, streamName);

      for (let i = 1; i < events.length; i++) {
        if ((events[i] as InputEvent).timestamp < (events[i - 1] as InputEvent).timestamp) {
          throw invalidParameter('Log events in a single PutLogEvents request must be in chronological order.');
        }
      }
      const bytes = events.reduce((sum, event) => sum + utf8Length(event.message) + EVENT_OVERHEAD_BYTES, 0);
      if (bytes > MAX_BATCH_BYTES) throw invalidParameter(`Upload too large: ${bytes} bytes exceeds limit of ${MAX_BATCH_BYTES}`);

      const now = ctx.clock.now();
      const { accepted, info } = classify(events, now, group.retentionInDays);
      if (accepted.length > 1 && (accepted[accepted.length - 1] as InputEvent).timestamp - (accepted[0] as InputEvent).timestamp > MAX_SPAN_MS) {
        throw invalidParameter('The batch of log events in a single PutLogEvents request cannot span more than 24 hours.');
      }
      const stored = store.append(where, group, stream, accepted, now);
      const last = stored[stored.length - 1];
      const response: PutLogEventsResponse = { nextSequenceToken: encodeKey({ timestamp: now, seq: last?.seq ?? 0 }) };
      if (Object.keys(info).length > 0) response.rejectedLogEventsInfo = info;
      return response;
    },
  };
}

/**
 * How other sandbox services (SageMaker jobs and endpoints) write logs: groups and streams appear
 * on first use and no age rules apply, so seeded history from weeks ago is kept.
 */
export function createLogWriter(store: LogsStore, now: () => number): LogWriter {
  return {
    put(where: Where, groupName: string, streamName: string, events: { timestamp: number; message: string }[]) {
      const time = now();
      const group = store.findGroup(where, groupName) ?? store.createGroup(where, groupName, time);
      const stream = group.streams.get(streamName) ?? store.createStream(group, streamName, time);
      const usable = events.filter((event) => event.message.length > 0);
      store.append(where, group, stream, usable, time);
    },
  };
}
