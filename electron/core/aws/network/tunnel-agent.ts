import { request as httpRequest, type ClientRequest, type IncomingMessage } from 'node:http';
import { Agent, request as httpsRequest, type AgentOptions, type RequestOptions } from 'node:https';
import type { Socket } from 'node:net';
import type { Duplex } from 'node:stream';
import { connect as tlsConnect, type ConnectionOptions } from 'node:tls';
import { ProxyFailure } from './proxy-failure';
import { proxyAuthorization, proxyLabel } from './proxy-env';

function defaultPort(url: URL): number {
  return Number(url.port || (url.protocol === 'https:' ? 443 : 80));
}

/**
 * An https.Agent whose sockets are TLS sessions with the AWS endpoint inside an HTTP CONNECT tunnel
 * through the proxy: the proxy sees only `host:port`, the request and its signature stay end to end.
 */
export class TunnelingAgent extends Agent {
  constructor(
    private readonly proxy: URL,
    options: AgentOptions,
  ) {
    super(options);
  }

  override createConnection(options: RequestOptions, callback?: (err: Error | null, stream: Duplex) => void): Duplex | null | undefined {
    const done = callback ?? (() => undefined);
    const target = `${options.host ?? options.hostname ?? 'localhost'}:${options.port ?? 443}`;
    const authorization = proxyAuthorization(this.proxy);
    const label = proxyLabel(this.proxy);
    const open = this.proxy.protocol === 'https:' ? httpsRequest : httpRequest;
    const connect: ClientRequest = open({
      host: this.proxy.hostname.replace(/^\[|\]$/g, ''),
      port: defaultPort(this.proxy),
      method: 'CONNECT',
      path: target,
      agent: false,
      headers: { host: target, ...(authorization ? { 'proxy-authorization': authorization } : {}) },
      ...(this.proxy.protocol === 'https:' && this.options.ca ? { ca: this.options.ca } : {}),
    });
    connect.once('connect', (response: IncomingMessage, socket: Socket) => {
      if (response.statusCode !== 200) {
        socket.destroy();
        done(new ProxyFailure(label, response.statusCode, undefined), undefined as unknown as Duplex);
        return;
      }
      // The agent has set servername (empty for IP hosts) and merged its own options (ca) into these.
      const secure = tlsConnect({ ...(options as ConnectionOptions), socket });
      done(null, secure);
    });
    connect.once('error', (error: NodeJS.ErrnoException) => {
      done(new ProxyFailure(label, undefined, error.code), undefined as unknown as Duplex);
    });
    connect.end();
    // The socket arrives through the callback once the proxy has opened the tunnel.
    return undefined;
  }
}
