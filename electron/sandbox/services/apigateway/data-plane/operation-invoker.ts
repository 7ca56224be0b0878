import { encodeError, toAwsError } from '../../../protocols/errors';
import type { ServiceRouter } from '../../../router';
import type { Clock } from '../../../types';
import type { OperationInvoker } from '../execution/seams';

/**
 * In-process calls to another service's operation: routed as an HTTP request to that path would
 * be, into the instrumented handler (counted, subject to fault rules), and answered as that
 * service's protocol would answer on the wire, errors included.
 */
export function createOperationInvoker(router: ServiceRouter, clock: Clock): OperationInvoker {
  return async (call, ctx) => {
    const exchange = { method: call.method, rawPath: call.path, query: new URLSearchParams(), headers: {}, body: Buffer.alloc(0) };
    const route = router.resolve(exchange, call.signingName);
    const service = route.kind === 'service' ? route.service : undefined;
    const handler = service?.operations[call.operation];
    if (!service || !handler) {
      const body = JSON.stringify({ message: `The sandbox does not serve ${call.signingName}:${call.operation}.` });
      return { status: 404, headers: { 'content-type': 'application/json', 'x-amzn-errortype': 'UnknownOperationException' }, body: Buffer.from(body) };
    }
    const binding = service.routes?.find((candidate) => candidate.operation === call.operation);
    try {
      const output = ((await handler(call.input, {
        ...ctx,
        clock,
        http: { method: call.method, path: call.path, query: new URLSearchParams(), headers: {}, body: Buffer.alloc(0) },
        signal: new AbortController().signal,
      })) ?? {}) as Record<string, unknown>;
      const headers: Record<string, string> = {};
      for (const [member, header] of Object.entries(binding?.responseHeaders ?? {})) {
        const value = output[member];
        if (value !== undefined && value !== null) headers[header.toLowerCase()] = String(value);
      }
      const payload = binding?.responsePayload ? output[binding.responsePayload] : undefined;
      const body = payload === undefined ? Buffer.from(JSON.stringify(output)) : Buffer.from(payload as Uint8Array | string);
      return { status: binding?.status ?? 200, headers, body };
    } catch (error) {
      const answer = encodeError(service, toAwsError(error, service.protocol), ctx.requestId);
      return { status: answer.status, headers: answer.headers, body: Buffer.from(typeof answer.body === 'string' ? answer.body : Buffer.isBuffer(answer.body) ? answer.body : '') };
    }
  };
}
