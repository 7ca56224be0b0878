import { EventStreamOutput, type HttpAnswer, type ProtocolAdapter, type RestRoute } from '../types';
import { encodeError, toAwsError, unknownOperationError } from './errors';
import { eventStreamAnswer } from './event-stream';
import { parseJsonObject, toJsonBody } from './json-body';
import { lookupOperation, withHttp } from './operation-lookup';
import { matchRoute } from './rest-routes';

function decodeInput(
  route: RestRoute,
  labels: Record<string, string>,
  exchange: { query: URLSearchParams; headers: Record<string, string>; body: Buffer },
) {
  const input: Record<string, unknown> = route.payload
    ? { [route.payload]: exchange.body }
    : parseJsonObject(exchange.body);
  Object.assign(input, labels);
  for (const [member, name] of Object.entries(route.query ?? {})) {
    const values = exchange.query.getAll(name);
    if (values.length === 1) input[member] = values[0];
    else if (values.length > 1) input[member] = values;
  }
  for (const [member, name] of Object.entries(route.headers ?? {})) {
    const value = exchange.headers[name.toLowerCase()];
    if (value !== undefined) input[member] = value;
  }
  return input;
}

function headerValue(value: unknown): string {
  if (value instanceof Date) return value.toUTCString();
  return String(value);
}

function encodeOutput(route: RestRoute, output: unknown): HttpAnswer {
  const fields: Record<string, unknown> =
    typeof output === 'object' && output !== null ? { ...(output as Record<string, unknown>) } : {};
  const headers: Record<string, string> = {};
  for (const [member, name] of Object.entries(route.responseHeaders ?? {})) {
    const value = fields[member];
    delete fields[member];
    if (value !== undefined && value !== null) headers[name.toLowerCase()] = headerValue(value);
  }
  const status = route.status ?? 200;
  if (route.responsePayload) {
    const payload = fields[route.responsePayload];
    headers['content-type'] ??= 'application/octet-stream';
    const body =
      payload instanceof Uint8Array
        ? Buffer.from(payload.buffer, payload.byteOffset, payload.byteLength)
        : payload === undefined || payload === null
          ? ''
          : String(payload);
    return { status, headers, body };
  }
  headers['content-type'] ??= 'application/json';
  return { status, headers, body: toJsonBody(fields) };
}

/** restJson1 (SageMaker Runtime): operation chosen by method + path template, members bound per route. */
export const restJsonAdapter: ProtocolAdapter = async (service, exchange, ctx) => {
  const match = matchRoute(service, exchange.method, exchange.rawPath, exchange.query);
  const handler = match ? lookupOperation(service, match.compiled.route.operation) : undefined;
  if (!match || !handler)
    return encodeError(
      service,
      unknownOperationError('restJson1', `${exchange.method} ${exchange.rawPath}`),
      ctx.requestId,
    );
  const route = match.compiled.route;
  try {
    const input = decodeInput(route, match.labels, exchange);
    const output = await handler(input, withHttp(ctx, exchange));
    if (output instanceof EventStreamOutput) return eventStreamAnswer(output, ctx.signal);
    return encodeOutput(route, output);
  } catch (error) {
    return encodeError(service, toAwsError(error, service.protocol), ctx.requestId);
  }
};
