import type { RequestChannel, StreamChannel } from '../../../shared/channels';
import type { ParsedInput, ParsedStreamInput, RequestOutput, StreamEvent } from '../../../shared/contract';

/** What every handler knows about the call beyond its input. */
export interface CallContext {
  /** Aborted when the session switches or the caller goes away. */
  signal: AbortSignal;
}

export type RequestHandlers = {
  [C in RequestChannel]: (input: ParsedInput<C>, ctx: CallContext) => Promise<RequestOutput<C>>;
};

/**
 * A stream handler starts producing events and returns the function that stops it. Streams that
 * belong to the session (log tails, watchers) end themselves when `ctx.signal` aborts: the session
 * was switched. App-wide streams (session changes, prompts) ignore it.
 */
export type StreamHandlers = {
  [C in StreamChannel]: (
    input: ParsedStreamInput<C>,
    emit: (event: StreamEvent<C>) => void,
    end: (error?: unknown) => void,
    ctx: CallContext,
  ) => () => void;
};
