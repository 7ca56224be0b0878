import { SageDeckError } from '../../../shared/errors';
import { endpointOverride } from '../aws/endpoints';
import type { ProfileRecord, SharedConfig } from '../profiles/shared-files';

/** Where STS calls made while resolving a profile go. */
export interface StsTarget {
  region: string;
  /** Custom endpoint (sandbox, LocalStack) or undefined for AWS's own. */
  endpoint?: string;
  /** Where proxies and the CA bundle are read from, so STS goes the way every other AWS call goes. */
  network?: { env: NodeJS.ProcessEnv; caBundle?: string };
}

export interface StaticKeys {
  accessKeyId: string;
  secretAccessKey: string;
  sessionToken?: string;
}

/**
 * How a profile's credentials are obtained, as a tree (a role's source is another plan). Built
 * fresh from the files on every session start; secrets inside never leave core.
 */
export type CredentialPlan =
  | { kind: 'static'; profile: string; keys: StaticKeys; file: string }
  | { kind: 'app-managed'; profile: string }
  | { kind: 'environment'; profile: string }
  | { kind: 'instance-metadata'; profile: string }
  | { kind: 'container-metadata'; profile: string }
  | { kind: 'process'; profile: string; command: string }
  | { kind: 'sso'; profile: string }
  | {
      kind: 'assume-role';
      profile: string;
      roleArn: string;
      source: CredentialPlan;
      mfaSerial?: string;
      externalId?: string;
      sessionName?: string;
      durationSeconds?: number;
      sts: StsTarget;
    }
  | { kind: 'web-identity'; profile: string; roleArn: string; tokenFile: string; sessionName?: string; sts: StsTarget };

export interface PlanContext {
  shared: SharedConfig;
  env: NodeJS.ProcessEnv;
  /** The session's region: used for STS calls when a profile names none. */
  region: string;
  /** Paths for messages that tell the user which file to fix. */
  files: { config: string; credentials: string };
  /** STS endpoint of the session's own profile, used when a profile in the chain names none. */
  sessionStsEndpoint?: string;
}

function problem(profile: string, what: string): SageDeckError {
  return new SageDeckError({
    code: 'ProfileMisconfigured',
    message: `Profile "${profile}" ${what}. Fix it in your AWS config file or switch to another profile.`,
    retryable: false,
  });
}

function staticKeysOf(values: Record<string, string> | undefined): StaticKeys | undefined {
  const id = values?.aws_access_key_id;
  const secret = values?.aws_secret_access_key;
  if (!id || !secret) return undefined;
  return values.aws_session_token ? { accessKeyId: id, secretAccessKey: secret, sessionToken: values.aws_session_token } : { accessKeyId: id, secretAccessKey: secret };
}

function stsFor(record: ProfileRecord, ctx: PlanContext): StsTarget {
  const endpoint = endpointOverride('sts', ctx.env, record, ctx.shared) ?? ctx.sessionStsEndpoint;
  const region = record.config?.region ?? ctx.region;
  const caBundle = record.config?.ca_bundle;
  const network = caBundle ? { env: ctx.env, caBundle } : { env: ctx.env };
  return endpoint ? { region, endpoint, network } : { region, network };
}

function durationOf(record: ProfileRecord): number | undefined {
  const raw = record.config?.duration_seconds;
  if (raw === undefined) return undefined;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 900 || value > 43200) throw problem(record.name, `has duration_seconds = ${raw} (use 900 to 43200)`);
  return value;
}

function credentialSourcePlan(record: ProfileRecord, source: string): CredentialPlan {
  switch (source) {
    case 'Environment':
      return { kind: 'environment', profile: record.name };
    case 'Ec2InstanceMetadata':
      return { kind: 'instance-metadata', profile: record.name };
    case 'EcsContainer':
      return { kind: 'container-metadata', profile: record.name };
    default:
      throw problem(record.name, `has credential_source = ${source} (use Environment, Ec2InstanceMetadata or EcsContainer)`);
  }
}

/**
 * The same precedence the AWS CLI uses for a named profile: a role (with source_profile or
 * credential_source), web identity, SSO, static keys (credentials file, then config file),
 * credential_process. `visited` stops source_profile loops.
 */
export function planFor(name: string, ctx: PlanContext, visited: readonly string[] = []): CredentialPlan {
  const record = ctx.shared.profiles.get(name);
  if (!record) {
    const via = visited.length ? ` (source_profile of "${visited[visited.length - 1]}")` : '';
    throw new SageDeckError({
      code: 'ProfileNotFound',
      message: `No profile named "${name}"${via} in ${ctx.files.config} or ${ctx.files.credentials}.`,
      retryable: false,
    });
  }
  const config = record.config ?? {};
  const fileKeys = staticKeysOf(record.credentials);
  const configKeys = staticKeysOf(config);
  const keysPlan = (): CredentialPlan | undefined => {
    if (fileKeys) return { kind: 'static', profile: name, keys: fileKeys, file: ctx.files.credentials };
    if (configKeys) return { kind: 'static', profile: name, keys: configKeys, file: ctx.files.config };
    return undefined;
  };

  if (config.role_arn && config.web_identity_token_file && !config.source_profile && !config.credential_source) {
    const plan: CredentialPlan = { kind: 'web-identity', profile: name, roleArn: config.role_arn, tokenFile: config.web_identity_token_file, sts: stsFor(record, ctx) };
    if (config.role_session_name) plan.sessionName = config.role_session_name;
    return plan;
  }
  if (config.role_arn) {
    let source: CredentialPlan;
    if (config.source_profile && config.credential_source) throw problem(name, 'has both source_profile and credential_source (keep one)');
    if (config.source_profile === name) {
      // A profile may source its own static keys (the CLI allows exactly this self-reference).
      const own = keysPlan();
      if (!own) throw problem(name, 'names itself as source_profile but has no aws_access_key_id / aws_secret_access_key');
      source = own;
    } else if (config.source_profile) {
      if (visited.includes(config.source_profile) || config.source_profile === name) {
        throw problem(name, `has a source_profile loop (${[...visited, name, config.source_profile].join(' -> ')})`);
      }
      source = planFor(config.source_profile, ctx, [...visited, name]);
    } else if (config.credential_source) {
      source = credentialSourcePlan(record, config.credential_source);
    } else {
      throw problem(name, 'has role_arn but neither source_profile nor credential_source');
    }
    const plan: CredentialPlan = { kind: 'assume-role', profile: name, roleArn: config.role_arn, source, sts: stsFor(record, ctx) };
    if (config.mfa_serial) plan.mfaSerial = config.mfa_serial;
    if (config.external_id) plan.externalId = config.external_id;
    if (config.role_session_name) plan.sessionName = config.role_session_name;
    const duration = durationOf(record);
    if (duration !== undefined) plan.durationSeconds = duration;
    return plan;
  }
  if (config.sso_session || config.sso_start_url) return { kind: 'sso', profile: name };
  const keys = keysPlan();
  if (keys) return keys;
  const command = config.credential_process ?? record.credentials?.credential_process;
  if (command) return { kind: 'process', profile: name, command };
  throw problem(name, 'has no credentials: add keys, a role, SSO settings or credential_process');
}

/** True when resolving the plan may need the user (an MFA code). */
export function needsPrompt(plan: CredentialPlan): boolean {
  if (plan.kind !== 'assume-role') return false;
  return plan.mfaSerial !== undefined || needsPrompt(plan.source);
}
