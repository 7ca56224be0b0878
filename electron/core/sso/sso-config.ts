import { SageDeckError } from '../../../shared/errors';
import { endpointOverride } from '../aws/endpoints';
import type { ProfileRecord, SharedConfig } from '../profiles/shared-files';

/** Which SSO endpoints a profile's calls go to: a custom one (sandbox) or AWS's own. */
export type SsoEndpointFor = (service: 'sso' | 'ssoOidc') => string | undefined;

/** A profile's IAM Identity Center settings, read the way the AWS CLI reads them. */
export interface SsoSettings {
  profile: string;
  /** The `[sso-session NAME]` the profile uses; undefined for the legacy form. */
  sessionName?: string;
  startUrl: string;
  region: string;
  /** `sso_registration_scopes` of the sso-session, as the CLI splits it. */
  registrationScopes?: string[];
  accountId?: string;
  roleName?: string;
  oidcEndpoint?: string;
  portalEndpoint?: string;
  /** The profile's `ca_bundle`: sign-in goes through the same proxy and CA bundle as every AWS call. */
  caBundle?: string;
}

function misconfigured(profile: string, what: string): SageDeckError {
  return new SageDeckError({
    code: 'ProfileMisconfigured',
    message: `Profile "${profile}" ${what}. Fix it in your AWS config file or switch to another profile.`,
    retryable: false,
  });
}

function scopesOf(raw: string | undefined): string[] | undefined {
  if (raw === undefined) return undefined;
  // An empty list still differs from none: the CLI hashes it into the registration cache key.
  return raw.split(',').map((scope) => scope.trim()).filter(Boolean);
}

export interface SsoSettingsInput {
  profile: ProfileRecord;
  shared: SharedConfig;
  env: NodeJS.ProcessEnv;
  endpointFor?: SsoEndpointFor;
}

/** Throws ProfileMisconfigured (naming the missing key) when the profile is not a usable SSO profile. */
export function ssoSettingsOf(input: SsoSettingsInput): SsoSettings {
  const { profile, shared, env } = input;
  const config = profile.config ?? {};
  const endpointFor: SsoEndpointFor =
    input.endpointFor ?? ((service) => endpointOverride(service, env, profile, shared));
  const settings: Partial<SsoSettings> = { profile: profile.name };
  if (config.sso_session) {
    const section = shared.ssoSessions.get(config.sso_session);
    if (!section) throw misconfigured(profile.name, `uses sso_session = ${config.sso_session}, but there is no [sso-session ${config.sso_session}] section`);
    settings.sessionName = config.sso_session;
    settings.startUrl = section.sso_start_url;
    settings.region = section.sso_region;
    const scopes = scopesOf(section.sso_registration_scopes);
    if (scopes) settings.registrationScopes = scopes;
    if (!settings.startUrl) throw misconfigured(profile.name, `uses [sso-session ${config.sso_session}], which has no sso_start_url`);
    if (!settings.region) throw misconfigured(profile.name, `uses [sso-session ${config.sso_session}], which has no sso_region`);
  } else {
    settings.startUrl = config.sso_start_url;
    settings.region = config.sso_region;
    if (!settings.startUrl) throw misconfigured(profile.name, 'has no sso_session or sso_start_url');
    if (!settings.region) throw misconfigured(profile.name, 'has sso_start_url but no sso_region');
  }
  if (config.sso_account_id) settings.accountId = config.sso_account_id;
  if (config.sso_role_name) settings.roleName = config.sso_role_name;
  if (config.ca_bundle) settings.caBundle = config.ca_bundle;
  const oidc = endpointFor('ssoOidc');
  const portal = endpointFor('sso');
  if (oidc) settings.oidcEndpoint = oidc;
  if (portal) settings.portalEndpoint = portal;
  return settings as SsoSettings;
}

/** The account and role a profile's credentials act as; both are needed for GetRoleCredentials. */
export function roleOf(settings: SsoSettings): { accountId: string; roleName: string } {
  if (!settings.accountId) throw misconfigured(settings.profile, 'has no sso_account_id');
  if (!settings.roleName) throw misconfigured(settings.profile, 'has no sso_role_name');
  return { accountId: settings.accountId, roleName: settings.roleName };
}
