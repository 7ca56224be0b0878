import { SANDBOX_PROFILE } from '../../../shared/domain/profiles';
import type { SessionInfo } from '../../../shared/domain/session';
import type { ClientTarget } from '../aws/clients';
import { endpointOverride } from '../aws/endpoints';
import { networkSettings } from '../aws/network/network-settings';
import { planFor } from '../credentials/credential-plan';
import type { CredentialResolver } from '../credentials/credential-resolver';
import type { ManagedProfiles } from '../keychain/managed-profiles';
import { loadSharedConfig, sharedFilePaths } from '../profiles/shared-files';
import type { EmbeddedSandbox } from '../sandbox/embedded-sandbox';

/** A client target plus what the session needs to recover from expired credentials. */
export interface SessionTarget extends ClientTarget {
  profile: string;
  /** Whether getting new credentials may ask the user (an MFA code). */
  interactive: boolean;
  /** Forget the session's cached credentials (the service said they expired). */
  invalidateCredentials(): void;
}

export interface TargetDeps {
  env: NodeJS.ProcessEnv;
  sandbox: EmbeddedSandbox;
  resolver: CredentialResolver;
  managed: ManagedProfiles;
}

/**
 * Where and as whom the session's SDK clients call. The sandbox profile points every service at
 * the embedded emulator; an app-managed profile uses its keychain keys; any other profile resolves
 * credentials the way the AWS CLI does for it, with the profile's endpoints for STS too. The embedded
 * sandbox is reached directly; other profiles honour the proxy variables and AWS_CA_BUNDLE / ca_bundle.
 * `signal` is the session's: a switch withdraws prompts the old session opened.
 */
export async function targetForSession(session: SessionInfo, deps: TargetDeps, signal: AbortSignal): Promise<SessionTarget> {
  const { env } = deps;
  if (session.profile === SANDBOX_PROFILE) {
    const access = await deps.sandbox.ensure();
    return {
      profile: session.profile,
      region: session.region,
      credentials: async () => access.credentials,
      endpointFor: () => access.endpoint,
      interactive: false,
      invalidateCredentials: () => undefined,
    };
  }
  const managed = deps.managed.get(session.profile);
  if (managed) {
    const config: Record<string, string> = managed.endpointUrl ? { endpoint_url: managed.endpointUrl } : {};
    const record = { name: managed.name, config };
    const resolved = deps.resolver.resolve({ kind: 'app-managed', profile: managed.name }, signal);
    return {
      profile: session.profile,
      region: session.region,
      credentials: resolved.provider,
      endpointFor: (service) => endpointOverride(service, env, record, undefined),
      network: await networkSettings(env, undefined),
      interactive: false,
      invalidateCredentials: () => {
        resolved.invalidate();
        deps.managed.forgetKeys();
      },
    };
  }
  const shared = await loadSharedConfig(env);
  const record = shared.profiles.get(session.profile);
  const sessionStsEndpoint = endpointOverride('sts', env, record, shared);
  const plan = planFor(session.profile, {
    shared,
    env,
    region: session.region,
    files: sharedFilePaths(env),
    ...(sessionStsEndpoint ? { sessionStsEndpoint } : {}),
  });
  const resolved = deps.resolver.resolve(plan, signal);
  return {
    profile: session.profile,
    region: session.region,
    credentials: resolved.provider,
    endpointFor: (service) => endpointOverride(service, env, record, shared),
    network: await networkSettings(env, record?.config?.ca_bundle),
    interactive: resolved.interactive,
    invalidateCredentials: resolved.invalidate,
  };
}
