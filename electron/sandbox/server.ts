import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { authError } from './auth/auth-errors';
import type { CredentialRegistry } from './auth/credential-registry';
import { signingNameOf } from './auth/sigv4-parse';
import { verifySigV4 } from './auth/verify';
import { BODY_LIMITS, bodyPolicy, protocolFromHeaders } from './body-limits';
import type { SandboxControl } from './control/controller';
import { CONTROL_PREFIX, handleControlRequest } from './control/http';
import { PROTOCOL_ADAPTERS } from './protocols';
import { encodeError } from './protocols/errors';
import { ClientAbortedError, readBody } from './read-body';
import { createInvokeUrlServer } from './services/apigateway/data-plane/serve';
import { isQueryCall, type ServiceRouter } from './router';
import { AwsError, type Clock, type HttpAnswer, type HttpExchange, type SandboxBus } from './types';

export interface RequestHandlerDeps {
  router: ServiceRouter;
  registry: CredentialRegistry;
  control: SandboxControl;
  clock: Clock;
  /** Request ids whose connection a `drop` fault asked to cut. */
  drops: Set<string>;
  /** With a bus, API Gateway's invoke URLs are served before the SigV4 service dispatch. */
  bus?: SandboxBus;
}

function plainHeaders(req: IncomingMessage): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [name, value] of Object.entries(req.headers)) {
    if (value !== undefined) out[name] = Array.isArray(value) ? value.join(', ') : value;
  }
  return out;
}

async function writeAnswer(res: ServerResponse, answer: HttpAnswer, requestId: string): Promise<void> {
  const headers = { 'x-amzn-requestid': requestId, ...answer.headers };
  res.writeHead(answer.status, headers);
  const body = answer.body;
  if (typeof body === 'string' || Buffer.isBuffer(body)) {
    res.end(body);
    return;
  }
  res.flushHeaders();
  for await (const chunk of body) {
    if (res.destroyed) break;
    if (!res.write(chunk)) {
      await new Promise<void>((resolve) => {
        res.once('drain', resolve);
        res.once('close', resolve);
      });
    }
  }
  if (!res.destroyed) res.end();
}

/** An unsigned request a service accepts without SigV4: nobody in particular, in the default region. */
function anonymousCall(headers: Record<string, string>, body: Buffer) {
  return { ok: true as const, caller: { accessKeyId: '', accountId: '', arn: 'anonymous', userId: 'anonymous' }, region: 'us-east-1', headers, body };
}

/** The one request listener behind the shared port: control API, routing, SigV4, protocol adapter. */
export function createRequestHandler(deps: RequestHandlerDeps) {
  const invokeUrls = deps.bus && createInvokeUrlServer({ router: deps.router, registry: deps.registry, clock: deps.clock, bus: deps.bus });
  return async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const requestId = randomUUID();
    const aborter = new AbortController();
    res.on('close', () => {
      if (!res.writableFinished) aborter.abort();
    });
    try {
      const url = req.url ?? '/';
      const q = url.indexOf('?');
      const rawPath = q < 0 ? url : url.slice(0, q);
      const rawQuery = q < 0 ? '' : url.slice(q + 1);
      const headers = plainHeaders(req);
      const method = req.method ?? 'GET';
      const query = new URLSearchParams(rawQuery);

      if (rawPath.startsWith(CONTROL_PREFIX)) {
        const read = await readBody(req, BODY_LIMITS.control);
        if (!read.ok) {
          res.setHeader('connection', 'close');
          await writeAnswer(res, { status: 413, headers: { 'content-type': 'application/json' }, body: JSON.stringify({ error: 'body too large' }) }, requestId);
          return;
        }
        const body = read.body;
        const answer = await handleControlRequest(deps.control, {
          method,
          path: rawPath,
          query: rawQuery,
          headers,
          body,
          remoteAddress: req.socket.remoteAddress,
        });
        await writeAnswer(res, answer, requestId);
        return;
      }

      if (invokeUrls?.serves(rawPath)) {
        await invokeUrls.serve(req, res, { requestId, method, rawPath, rawQuery, headers });
        return;
      }

      // Who is calling is settled from the headers first: an unknown caller never gets a large body read.
      const policy = bodyPolicy(deps.registry, headers, query);
      const read = await readBody(req, policy.maxBytes);
      if (!read.ok) {
        const protocol = protocolFromHeaders(headers, signingNameOf(headers, query));
        const error = policy.authFailure ? authError(policy.authFailure, protocol) : policy.tooLarge(read.size);
        res.setHeader('connection', 'close');
        await writeAnswer(res, encodeError({ protocol }, error, requestId), requestId);
        return;
      }
      const body = read.body;
      const exchange: HttpExchange = { method, rawPath, query, headers, body };
      const route = deps.router.resolve(exchange, signingNameOf(headers, query));
      if (route.kind === 'unknownTarget') {
        const error = new AwsError('UnknownOperationException', `No operation ${route.target} on this endpoint.`, 400);
        await writeAnswer(res, encodeError({ protocol: 'awsJson1_1' }, error, requestId), requestId);
        return;
      }
      if (route.kind === 'none') {
        // Answer in the caller's own protocol so its SDK can name the error (e.g. an IAM call).
        const name = signingNameOf(headers, query) ?? 'unknown';
        const error = new AwsError(
          'UnknownOperationException',
          `The sandbox does not emulate the service '${name}'.`,
          isQueryCall(exchange) ? 400 : 404,
        );
        await writeAnswer(
          res,
          encodeError({ protocol: isQueryCall(exchange) ? 'awsQuery' : 'restJson1' }, error, requestId),
          requestId,
        );
        return;
      }
      const service = route.service;
      const signed = verifySigV4(deps.registry, { method, rawPath, rawQuery, query, headers, body });
      const verified = !signed.ok && signed.failure === 'missing' && service.allowsUnsigned?.(exchange) ? anonymousCall(headers, body) : signed;
      if (!verified.ok) {
        await writeAnswer(
          res,
          encodeError(service, authError(verified.failure, service.protocol), requestId),
          requestId,
        );
        return;
      }
      const answer = await PROTOCOL_ADAPTERS[service.protocol](
        service,
        { method, rawPath, query, headers: verified.headers, body: verified.body },
        {
          region: verified.region,
          accountId: verified.caller.accountId,
          caller: verified.caller,
          requestId,
          clock: deps.clock,
          signal: aborter.signal,
        },
      );
      if (deps.drops.delete(requestId)) {
        req.socket.destroy();
        return;
      }
      await writeAnswer(res, answer, requestId);
    } catch (error) {
      if (error instanceof ClientAbortedError) {
        console.error(`[sandbox] ${req.method ?? 'GET'} ${(req.url ?? '/').split('?')[0] ?? '/'}: ${error.message}`);
        return;
      }
      console.error('[sandbox] request failed:', error);
      if (!res.headersSent) {
        res.writeHead(500, { 'content-type': 'application/json', 'x-amzn-requestid': requestId });
        res.end(JSON.stringify({ message: 'The sandbox failed to handle this request.' }));
      } else {
        res.destroy();
      }
    }
  };
}
