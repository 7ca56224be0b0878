import type { SsoSettings } from './sso-config';

function hostOf(url: string | undefined): string | undefined {
  if (!url) return undefined;
  try {
    return new URL(url).host.toLowerCase();
  } catch {
    return undefined;
  }
}

/**
 * Whether SageDeck may hand this verification URL to the system browser: only the profile's own
 * start URL host, AWS's device page for the profile's SSO region, or the host of the profile's
 * custom OIDC endpoint (a sandbox or emulator) — never whatever URL a service happened to return.
 */
export function isAllowedVerificationUrl(url: string, settings: Pick<SsoSettings, 'startUrl' | 'region' | 'oidcEndpoint'>): boolean {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  if (parsed.username || parsed.password) return false;
  const host = parsed.host.toLowerCase();
  if (parsed.protocol === 'https:') {
    if (host === hostOf(settings.startUrl) || host === `device.sso.${settings.region.toLowerCase()}.amazonaws.com`) return true;
  }
  const custom = settings.oidcEndpoint ? new URL(settings.oidcEndpoint) : undefined;
  return Boolean(custom && (parsed.protocol === 'https:' || parsed.protocol === 'http:') && parsed.protocol === custom.protocol && host === custom.host.toLowerCase());
}
