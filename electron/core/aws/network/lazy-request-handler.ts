import { networkSettings } from './network-settings';
import { NetworkRequestHandler, type NetworkSettings } from './request-handler';

/** Where a client's network settings come from: the environment and the profile's `ca_bundle`. */
export interface NetworkSource {
  env: NodeJS.ProcessEnv;
  caBundle?: string | undefined;
}

type Handle = NetworkRequestHandler['handle'];

/**
 * The network request handler for clients made synchronously (SSO's OIDC and portal clients)
 * while the settings need an asynchronous CA bundle read: the settings are resolved on the first
 * request, once per handler (SSO makes a client per sign-in or credential fetch, so an edited
 * ca_bundle counts from the next one).
 */
export class LazyNetworkRequestHandler {
  readonly metadata = { handlerProtocol: 'http/1.1' };
  private resolved: Promise<NetworkRequestHandler> | undefined;
  private ready: NetworkRequestHandler | undefined;
  private destroyed = false;

  constructor(private readonly resolve: () => Promise<NetworkSettings>) {}

  private handler(): Promise<NetworkRequestHandler> {
    this.resolved ??= this.resolve().then((settings) => {
      this.ready = new NetworkRequestHandler(settings);
      // destroy() may have come while the settings were read: free the sockets the handler would keep.
      if (this.destroyed) this.ready.destroy();
      return this.ready;
    });
    return this.resolved;
  }

  async handle(...args: Parameters<Handle>): ReturnType<Handle> {
    return (await this.handler()).handle(...args);
  }

  updateHttpClientConfig(...args: Parameters<NetworkRequestHandler['updateHttpClientConfig']>): void {
    this.ready?.updateHttpClientConfig(...args);
  }

  httpHandlerConfigs(): ReturnType<NetworkRequestHandler['httpHandlerConfigs']> {
    return this.ready?.httpHandlerConfigs() ?? {};
  }

  destroy(): void {
    this.destroyed = true;
    this.ready?.destroy();
  }
}

/** The request handler of a client whose settings are read when it first calls out. */
export function lazyRequestHandlerFor(source: NetworkSource): LazyNetworkRequestHandler {
  return new LazyNetworkRequestHandler(() => networkSettings(source.env, source.caBundle));
}
