import type { OperationContext, OperationHandler } from '../../../types';

/** A handler written against the SDK's own request and response shapes. */
export type TypedHandler<I, O> = (input: I, ctx: OperationContext) => O | Promise<O>;

/**
 * Adapts a typed handler to the untyped operations map. The cast is the single trust boundary:
 * the protocol layer decoded the body the SDK encoded from exactly this input type, and each
 * handler validates the members it relies on before using them.
 */
export function typed<I, O>(handler: TypedHandler<I, O>): OperationHandler {
  return (input, ctx) => handler(input as I, ctx);
}

/** Operations whose SDK output carries no members answer with an empty JSON object. */
export type EmptyOutput = Record<string, never>;
