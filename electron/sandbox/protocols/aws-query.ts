import { EventStreamOutput, type ProtocolAdapter } from '../types';
import { decodedBody } from './content-encoding';
import { encodeError, toAwsError, unknownOperationError } from './errors';
import { lookupOperation, withHttp } from './operation-lookup';
import { decodeQueryMembers } from './query-input';
import { escapeXml } from './xml';
import { xmlMembers } from './xml-writer';

/** The form body (or, for GET, the query string) that carries an awsQuery call. */
export function queryParameters(exchange: {
  method: string;
  query: URLSearchParams;
  headers?: Record<string, string>;
  body: Buffer;
}): URLSearchParams {
  if (exchange.body.length > 0) {
    let body = exchange.body;
    try {
      if (exchange.headers) body = decodedBody({ headers: exchange.headers, body });
    } catch {
      // Undecodable: read as sent, so the call fails on its missing Action rather than here.
    }
    return new URLSearchParams(body.toString('utf8'));
  }
  return exchange.query;
}

/**
 * awsQuery (STS, and in part 2 CloudWatch): form-encoded `Action`/`Version` plus flattened members
 * in; `<ActionResponse><ActionResult>…</ActionResult><ResponseMetadata>` out.
 */
export const awsQueryAdapter: ProtocolAdapter = async (service, exchange, ctx) => {
  const params = queryParameters(exchange);
  const action = params.get('Action') ?? '';
  const handler = action ? lookupOperation(service, action) : undefined;
  if (!handler)
    return encodeError(
      service,
      unknownOperationError('awsQuery', action, params.get('Version') ?? undefined),
      ctx.requestId,
    );

  try {
    const output = await handler(decodeQueryMembers(params), withHttp(ctx, exchange));
    if (output instanceof EventStreamOutput) throw new Error('awsQuery has no event streams');
    const ns = service.xmlNamespace ? ` xmlns="${escapeXml(service.xmlNamespace)}"` : '';
    const members = typeof output === 'object' && output !== null ? xmlMembers(output as Record<string, unknown>) : '';
    const body =
      `<${action}Response${ns}><${action}Result>${members}</${action}Result>` +
      `<ResponseMetadata><RequestId>${ctx.requestId}</RequestId></ResponseMetadata></${action}Response>`;
    return { status: 200, headers: { 'content-type': 'text/xml' }, body };
  } catch (error) {
    return encodeError(service, toAwsError(error, service.protocol), ctx.requestId);
  }
};
