import { bypassesProxy } from './no-proxy';

/** The proxy variables as curl reads them, lower case first; empty means none. */
export interface ProxyEnv {
  https?: string;
  http?: string;
  noProxy?: string;
}

function first(env: NodeJS.ProcessEnv, ...names: string[]): string | undefined {
  for (const name of names) {
    const value = env[name]?.trim();
    if (value) return value;
  }
  return undefined;
}

export function proxyEnv(env: NodeJS.ProcessEnv): ProxyEnv {
  const https = first(env, 'https_proxy', 'HTTPS_PROXY', 'all_proxy', 'ALL_PROXY');
  const http = first(env, 'http_proxy', 'HTTP_PROXY', 'all_proxy', 'ALL_PROXY');
  const noProxy = first(env, 'no_proxy', 'NO_PROXY');
  return { ...(https ? { https } : {}), ...(http ? { http } : {}), ...(noProxy ? { noProxy } : {}) };
}

/** A proxy URL as written (`host:port` without a scheme means http://, as in curl). */
export function parseProxyUrl(value: string, variable: string): URL {
  try {
    const url = new URL(/^[a-z][a-z0-9+.-]*:\/\//i.test(value) ? value : `http://${value}`);
    if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new Error('scheme');
    return url;
  } catch {
    // The value may hold a password: the message names the variable only.
    throw new Error(`${variable} is not a valid http:// or https:// proxy URL.`);
  }
}

/** The proxy a request to `protocol//hostname:port` goes through, or undefined for a direct connection. */
export function proxyFor(settings: ProxyEnv, protocol: string, hostname: string, port: string): URL | undefined {
  const value = protocol === 'https:' ? settings.https : settings.http;
  if (!value || bypassesProxy(settings.noProxy, hostname, port)) return undefined;
  return parseProxyUrl(value, protocol === 'https:' ? 'HTTPS_PROXY' : 'HTTP_PROXY');
}

/** `host:port` of a proxy: what messages may show (never the user name or password). */
export function proxyLabel(proxy: URL): string {
  return `${proxy.protocol}//${proxy.host}`;
}

/** The Proxy-Authorization header for credentials in the proxy URL, if any. */
export function proxyAuthorization(proxy: URL): string | undefined {
  if (!proxy.username && !proxy.password) return undefined;
  const pair = `${decodeURIComponent(proxy.username)}:${decodeURIComponent(proxy.password)}`;
  return `Basic ${Buffer.from(pair).toString('base64')}`;
}
