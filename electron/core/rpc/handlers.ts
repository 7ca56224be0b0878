import type { z } from 'zod';
import type { requests, streams } from '../../../shared/contract';
import type { AnyRequestSpec, AnyStreamSpec } from '../../../shared/contract/spec';

/** What every handler knows about the call beyond its input. */
export interface CallContext {
  /** Aborted when the session switches or the caller goes away. */
  signal: AbortSignal;
}

type OutputOf<S extends AnyRequestSpec> = NonNullable<S['output']['__returns']>;
type EventOf<S extends AnyStreamSpec> = NonNullable<S['event']['__returns']>;

/** The handlers of one area, typed from that area's specs: a missing or mistyped one fails the typecheck. */
export type RequestHandlersOf<R extends Record<string, AnyRequestSpec>> = {
  [C in keyof R]: (input: z.output<R[C]['input']>, ctx: CallContext) => Promise<OutputOf<R[C]>>;
};

/**
 * A stream handler starts producing events and returns the function that stops it. Session-scoped
 * streams (watchers, log tails) are ended by the dispatcher when the session switches; a handler
 * never has to remember to.
 */
export type StreamHandlersOf<S extends Record<string, AnyStreamSpec>> = {
  [C in keyof S]: (
    input: z.output<S[C]['input']>,
    emit: (event: EventOf<S[C]>) => void,
    end: (error?: unknown) => void,
    ctx: CallContext,
  ) => () => void;
};

export type RequestHandlers = RequestHandlersOf<typeof requests>;
export type StreamHandlers = StreamHandlersOf<typeof streams>;
