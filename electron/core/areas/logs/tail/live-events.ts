import type { LiveTailSessionLogEvent, StartLiveTailCommandInput } from '@aws-sdk/client-cloudwatch-logs';
import type { LogEvent, ResolvedTarget } from '../../../../../shared/domain/logs';

/** `<account-id>:<group>` (what Live Tail names a group in results), a group ARN, or a bare name → the name. */
export function groupNameOf(identifier: string): string {
  const arn = /^arn:[^:]+:logs:[^:]*:\d*:log-group:(.+?)(:\*)?$/.exec(identifier);
  if (arn) return arn[1] as string;
  const accountPrefixed = /^\d{12}:(.+)$/.exec(identifier);
  return accountPrefixed ? (accountPrefixed[1] as string) : identifier;
}

/** A Live Tail result as a LogEvent. Its id is left empty: the deduper derives one (Live Tail has no eventId). */
export function fromLiveTail(target: ResolvedTarget, event: LiveTailSessionLogEvent): LogEvent {
  return {
    id: '',
    timestamp: event.timestamp ?? 0,
    ...(event.ingestionTime !== undefined ? { ingestionTime: event.ingestionTime } : {}),
    // One group (every target kind the contract has): name it as FilterLogEvents reads it, so both sources' events compare equal.
    group: target.groups.length === 1 ? (target.groups[0] as string) : groupNameOf(event.logGroupIdentifier ?? ''),
    stream: event.logStreamName ?? '',
    message: event.message ?? '',
  };
}

/**
 * AWS's rules for a session: 1..10 groups given by ARN, stream names or prefixes only with a
 * single group (resolveTarget gives streams only to single-group targets).
 */
export function liveTailRequest(target: ResolvedTarget, identifiers: string[], filterPattern: string | undefined): StartLiveTailCommandInput {
  return {
    logGroupIdentifiers: identifiers.slice(0, 10),
    ...(target.streams ? { logStreamNames: target.streams } : {}),
    ...(target.streamPrefix ? { logStreamNamePrefixes: [target.streamPrefix] } : {}),
    ...(filterPattern ? { logEventFilterPattern: filterPattern } : {}),
  };
}
