import { caBundleSource, trustedCertificates } from './ca-bundle';
import { proxyEnv } from './proxy-env';
import type { NetworkSettings } from './request-handler';

/** The network settings of a profile's session: proxy variables and the CA bundle (env first). */
export async function networkSettings(env: NodeJS.ProcessEnv, profileCaBundle: string | undefined): Promise<NetworkSettings> {
  const source = caBundleSource(env, profileCaBundle);
  return { proxies: proxyEnv(env), ...(source ? { ca: await trustedCertificates(source, env) } : {}) };
}
