import { Agent as HttpAgent } from 'node:http';
import { Agent as HttpsAgent, type AgentOptions } from 'node:https';
import { NodeHttpHandler } from '@smithy/node-http-handler';
import { explainNetworkError } from './network-errors';
import { ProxyFailure } from './proxy-failure';
import { proxyAuthorization, proxyFor, proxyLabel, type ProxyEnv } from './proxy-env';
import { TunnelingAgent } from './tunnel-agent';

/** How the core's AWS calls reach the network: proxies from the environment, extra trusted CAs. */
export interface NetworkSettings {
  proxies: ProxyEnv;
  /** Node's roots plus AWS_CA_BUNDLE / ca_bundle certificates; undefined keeps Node's default trust. */
  ca?: string[];
}

export const DIRECT: NetworkSettings = { proxies: {} };

type HandlerRequest = Parameters<NodeHttpHandler['handle']>[0];
type HandlerOptions = Parameters<NodeHttpHandler['handle']>[1];
type HandlerConfigKey = Parameters<NodeHttpHandler['updateHttpClientConfig']>[0];

function portOf(request: HandlerRequest): string {
  return String(request.port ?? (request.protocol === 'https:' ? 443 : 80));
}

function endpointOf(request: HandlerRequest): URL {
  return new URL(`${request.protocol}//${request.hostname}:${portOf(request)}`);
}

/**
 * A plain-HTTP request for a proxy: sent to the proxy with the target in absolute-form
 * (`GET http://host:port/path`), the signed Host header unchanged.
 */
function absoluteForm(request: HandlerRequest, proxy: URL): HandlerRequest {
  const authorization = proxyAuthorization(proxy);
  return {
    ...request,
    hostname: proxy.hostname.replace(/^\[|\]$/g, ''),
    port: Number(proxy.port || 80),
    path: `http://${request.hostname}:${portOf(request)}${request.path}`,
    headers: { ...request.headers, ...(authorization ? { 'proxy-authorization': authorization } : {}) },
  } as HandlerRequest;
}

/**
 * The SDK request handler every core client is built with: a direct connection, a CONNECT tunnel for
 * HTTPS through HTTPS_PROXY, or absolute-form requests for plain HTTP through HTTP_PROXY, chosen per
 * request against NO_PROXY; AWS_CA_BUNDLE / ca_bundle trusted on every TLS connection.
 */
export class NetworkRequestHandler {
  readonly metadata = { handlerProtocol: 'http/1.1' };
  private readonly direct: NodeHttpHandler;
  private readonly tunnels = new Map<string, NodeHttpHandler>();

  constructor(private readonly settings: NetworkSettings) {
    this.direct = new NodeHttpHandler({ httpAgent: new HttpAgent({ keepAlive: true }), httpsAgent: new HttpsAgent(this.tlsOptions()) });
  }

  private tlsOptions(): AgentOptions {
    return { keepAlive: true, ...(this.settings.ca ? { ca: this.settings.ca } : {}) };
  }

  private tunnelThrough(proxy: URL): NodeHttpHandler {
    let handler = this.tunnels.get(proxy.href);
    if (!handler) {
      handler = new NodeHttpHandler({ httpsAgent: new TunnelingAgent(proxy, this.tlsOptions()) });
      this.tunnels.set(proxy.href, handler);
    }
    return handler;
  }

  async handle(request: HandlerRequest, options?: HandlerOptions): ReturnType<NodeHttpHandler['handle']> {
    const endpoint = endpointOf(request);
    const proxy = proxyFor(this.settings.proxies, request.protocol, request.hostname, portOf(request));
    try {
      if (!proxy) return await this.direct.handle(request, options);
      if (request.protocol === 'https:') return await this.tunnelThrough(proxy).handle(request, options);
      const answer = await this.direct.handle(absoluteForm(request, proxy), options);
      if (answer.response.statusCode === 407) throw new ProxyFailure(proxyLabel(proxy), 407, undefined);
      return answer;
    } catch (error) {
      if (proxy && request.protocol === 'http:' && !(error instanceof ProxyFailure)) {
        // In absolute-form the socket is the proxy's: a connection error is the proxy's too.
        const code = (error as { code?: unknown }).code;
        if (typeof code === 'string' && code.startsWith('E')) throw explainNetworkError(new ProxyFailure(proxyLabel(proxy), undefined, code), endpoint);
      }
      throw explainNetworkError(error, endpoint);
    }
  }

  updateHttpClientConfig(key: HandlerConfigKey, value: never): void {
    this.direct.updateHttpClientConfig(key, value);
    for (const handler of this.tunnels.values()) handler.updateHttpClientConfig(key, value);
  }

  httpHandlerConfigs(): ReturnType<NodeHttpHandler['httpHandlerConfigs']> {
    return this.direct.httpHandlerConfigs();
  }

  destroy(): void {
    this.direct.destroy();
    for (const handler of this.tunnels.values()) handler.destroy();
    this.tunnels.clear();
  }
}

export function requestHandlerFor(settings: NetworkSettings | undefined): NetworkRequestHandler {
  return new NetworkRequestHandler(settings ?? DIRECT);
}
