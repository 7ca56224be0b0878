import type { ProfileKind, ProfileSource, ProfileSummary } from '../../../shared/domain/profiles';
import type { ProfileRecord, SharedConfig } from './shared-files';

const PRODUCTION_HINT = /(^|[^a-z])prod(uction)?([^a-z]|$)/i;

/** Same precedence as the AWS CLI (and SageDeck's credential resolver) for a named profile. */
export function kindOf(record: ProfileRecord): ProfileKind {
  const config = record.config ?? {};
  const creds = record.credentials ?? {};
  if (config.role_arn && config.web_identity_token_file && !config.source_profile && !config.credential_source) return 'web-identity';
  if (config.role_arn) return 'assume-role';
  if (config.sso_session || config.sso_start_url) return 'sso';
  if (creds.aws_access_key_id || config.aws_access_key_id) return 'static';
  if (config.credential_process || creds.credential_process) return 'credential-process';
  return 'unknown';
}

function sourceOf(record: ProfileRecord): ProfileSource {
  if (record.config && record.credentials) return 'config+credentials';
  return record.config ? 'config' : 'credentials';
}

/** What the renderer may see of a profile: no keys, tokens or secrets, by construction. */
export function summarize(record: ProfileRecord, shared: SharedConfig, productionProfiles: readonly string[]): ProfileSummary {
  const config = record.config ?? {};
  const production = productionProfiles.includes(record.name);
  const summary: ProfileSummary = {
    name: record.name,
    kind: kindOf(record),
    source: sourceOf(record),
    production,
    suggestProduction: !production && PRODUCTION_HINT.test(record.name),
  };
  const region = config.region ?? record.credentials?.region;
  if (region) summary.region = region;
  if (config.endpoint_url) summary.endpointUrl = config.endpoint_url;
  if (config.role_arn) summary.roleArn = config.role_arn;
  if (config.source_profile) summary.sourceProfile = config.source_profile;
  if (config.mfa_serial) summary.mfaSerial = config.mfa_serial;
  if (config.sso_session) {
    summary.ssoSession = config.sso_session;
    const session = shared.ssoSessions.get(config.sso_session);
    if (session?.sso_start_url) summary.ssoStartUrl = session.sso_start_url;
  } else if (config.sso_start_url) summary.ssoStartUrl = config.sso_start_url;
  return summary;
}
