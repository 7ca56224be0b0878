import { type AwsError, EventStreamOutput, type ProtocolAdapter } from '../types';
import { decodedBody } from './content-encoding';
import { encodeError, toAwsError, unknownOperationError } from './errors';
import { eventStreamAnswer } from './event-stream';
import { parseJsonObject, toJsonBody } from './json-body';
import { lookupOperation, withHttp } from './operation-lookup';

/** awsJson1_0 / awsJson1_1: POST /, operation in `X-Amz-Target: Prefix.Operation`, JSON both ways. */
export const awsJsonAdapter: ProtocolAdapter = async (service, exchange, ctx) => {
  const contentType = service.protocol === 'awsJson1_0' ? 'application/x-amz-json-1.0' : 'application/x-amz-json-1.1';
  const target = exchange.headers['x-amz-target'] ?? '';
  const dot = target.lastIndexOf('.');
  const operation = dot >= 0 ? target.slice(dot + 1) : target;
  const handler =
    dot > 0 && target.slice(0, dot) === service.targetPrefix ? lookupOperation(service, operation) : undefined;
  const queryCompatible = exchange.headers['x-amzn-query-mode'] === 'true';
  const fail = (error: AwsError) => {
    const answer = encodeError(service, error, ctx.requestId);
    // Services that moved from awsQuery (CloudWatch) still owe query-era clients the old code.
    // An error may carry its query-era code separately when its JSON name differs (CloudWatch's
    // InvalidParameterValueException is InvalidParameterValue to query clients).
    const queryCode = (error as AwsError & { queryCode?: unknown }).queryCode;
    if (queryCompatible)
      answer.headers['x-amzn-query-error'] = `${typeof queryCode === 'string' ? queryCode : error.code};${error.fault}`;
    return answer;
  };
  if (!handler) return fail(unknownOperationError(service.protocol, operation || target));

  try {
    const input = parseJsonObject(decodedBody(exchange));
    const output = await handler(input, withHttp(ctx, exchange));
    if (output instanceof EventStreamOutput) return eventStreamAnswer(output, ctx.signal);
    return { status: 200, headers: { 'content-type': contentType }, body: toJsonBody(output) };
  } catch (error) {
    return fail(toAwsError(error, service.protocol));
  }
};
