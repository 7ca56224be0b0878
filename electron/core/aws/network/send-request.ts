import type { Readable } from 'node:stream';
import { requestHandlerFor, type NetworkRequestHandler, type NetworkSettings } from './request-handler';

/** The most of a response body kept (an invoke panel, a release feed): the rest is read and dropped. */
export const MAX_BODY_BYTES = 1024 * 1024;

export interface PlainRequest {
  url: string;
  method: string;
  headers: Record<string, string>;
  /** Empty: no body sent. */
  body: string;
}

export interface PlainResponse {
  status: number;
  /** Lower-case names. */
  headers: Record<string, string>;
  body: string;
}

type HandlerRequest = Parameters<NetworkRequestHandler['handle']>[0];

/** The body as text, cut at 1 MB (the rest is read and dropped so the connection ends cleanly). */
async function boundedText(body: Readable | undefined): Promise<string> {
  if (!body) return '';
  const chunks: Buffer[] = [];
  let kept = 0;
  for await (const chunk of body as AsyncIterable<Buffer | string>) {
    const bytes = typeof chunk === 'string' ? Buffer.from(chunk) : chunk;
    if (kept < MAX_BODY_BYTES) {
      const part = bytes.subarray(0, MAX_BODY_BYTES - kept);
      chunks.push(part);
      kept += part.length;
    }
  }
  return Buffer.concat(chunks).toString('utf8');
}

/**
 * One HTTP call outside the SDK (an API's invoke URL, the release feed) through the core's network
 * request handler, so it takes the route every AWS call takes: HTTPS_PROXY / HTTP_PROXY unless
 * NO_PROXY, AWS_CA_BUNDLE / ca_bundle trusted (Node's fetch would read neither). Proxy and
 * certificate failures come back as the handler's ProxyUnreachable, ProxyRefused and
 * CertificateUntrusted errors.
 */
export async function sendThroughNetwork(network: NetworkSettings | undefined, request: PlainRequest, signal: AbortSignal): Promise<PlainResponse> {
  const url = new URL(request.url);
  const handler = requestHandlerFor(network);
  try {
    const { response } = await handler.handle(
      {
        protocol: url.protocol,
        hostname: url.hostname,
        ...(url.port ? { port: Number(url.port) } : {}),
        // The query as written: the signature covers it byte for byte.
        path: `${url.pathname}${url.search}`,
        query: {},
        method: request.method,
        headers: request.headers,
        ...(request.body === '' ? {} : { body: request.body }),
      } as HandlerRequest,
      { abortSignal: signal },
    );
    return { status: response.statusCode, headers: response.headers, body: await boundedText(response.body as Readable | undefined) };
  } finally {
    handler.destroy();
  }
}
