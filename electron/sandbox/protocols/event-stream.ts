import { EventStreamCodec, type MessageHeaders } from '@smithy/eventstream-codec';
import { AwsError, type EventStreamOutput, type HttpAnswer, type StreamEvent } from '../types';
import { toJsonBody } from './json-body';

const codec = new EventStreamCodec(
  (bytes: Uint8Array) => Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('utf8'),
  (text: string) => Buffer.from(text, 'utf8'),
);

function str(value: string): MessageHeaders[string] {
  return { type: 'string', value };
}

function payloadBytes(payload: unknown): { body: Uint8Array; contentType: string } {
  if (payload instanceof Uint8Array) return { body: payload, contentType: 'application/octet-stream' };
  if (typeof payload === 'string') return { body: Buffer.from(payload, 'utf8'), contentType: 'text/plain' };
  return { body: Buffer.from(toJsonBody(payload), 'utf8'), contentType: 'application/json' };
}

/** One `event` message: prelude, `:message-type`/`:event-type`/`:content-type` headers, payload, CRCs. */
export function encodeEventMessage(event: StreamEvent): Uint8Array {
  const { body, contentType } = payloadBytes(event.payload);
  return codec.encode({
    headers: { ':message-type': str('event'), ':event-type': str(event.eventType), ':content-type': str(contentType) },
    body,
  });
}

/** A modelled error ends the stream as an `exception` message; anything else as an `error` message. */
export function encodeStreamError(error: unknown): Uint8Array {
  if (error instanceof AwsError) {
    return codec.encode({
      headers: {
        ':message-type': str('exception'),
        ':exception-type': str(error.code),
        ':content-type': str('application/json'),
      },
      body: Buffer.from(JSON.stringify({ message: error.message, ...error.extra }), 'utf8'),
    });
  }
  console.error('[sandbox] event stream producer failed:', error);
  return codec.encode({
    headers: {
      ':message-type': str('error'),
      ':error-code': str('InternalFailure'),
      ':error-message': str('The event stream failed.'),
    },
    body: new Uint8Array(0),
  });
}

/**
 * Frames the handler's events as they are produced. Stops as soon as `signal` aborts (the client
 * went away), and then tells the producer to stop too, so no timer keeps generating for nobody.
 */
export async function* frameEventStream(output: EventStreamOutput, signal: AbortSignal): AsyncGenerator<Uint8Array> {
  if (Object.keys(output.initial).length > 0) {
    yield encodeEventMessage({ eventType: 'initial-response', payload: output.initial });
  }
  const iterator = output.events[Symbol.asyncIterator]();
  let abortWait: (() => void) | undefined;
  const aborted = new Promise<'aborted'>((resolve) => {
    abortWait = () => resolve('aborted');
    if (signal.aborted) resolve('aborted');
    else signal.addEventListener('abort', abortWait, { once: true });
  });
  try {
    for (;;) {
      let next: IteratorResult<StreamEvent> | 'aborted';
      try {
        const pending = iterator.next();
        // If the client left first, a later rejection of this call must not go unhandled.
        pending.catch(() => undefined);
        next = await Promise.race([pending, aborted]);
      } catch (error) {
        yield encodeStreamError(error);
        return;
      }
      if (next === 'aborted' || next.done) return;
      yield encodeEventMessage(next.value);
    }
  } finally {
    if (abortWait) signal.removeEventListener('abort', abortWait);
    void Promise.resolve(iterator.return?.()).catch(() => undefined);
  }
}

export function eventStreamAnswer(
  output: EventStreamOutput,
  signal: AbortSignal,
  headers: Record<string, string> = {},
): HttpAnswer {
  return {
    status: 200,
    headers: { ...headers, 'content-type': 'application/vnd.amazon.eventstream' },
    body: frameEventStream(output, signal),
  };
}
