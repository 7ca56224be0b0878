import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { fromContainerMetadata, fromInstanceMetadata } from '@aws-sdk/credential-providers';
import type { AwsCredentialIdentity, AwsCredentialIdentityProvider } from '@smithy/types';
import { SageDeckError } from '../../../shared/errors';
import type { CachedSource, CredentialCache } from './credential-cache';
import { credentialsUnavailable } from './credential-errors';
import { needsPrompt, type CredentialPlan, type StaticKeys } from './credential-plan';
import { environmentCredentials } from './environment-credentials';
import { processCredentials } from './process-credentials';
import type { PromptBroker } from './prompt-broker';
import { assumeRole, assumeRoleWithWebIdentity } from './sts-calls';

export interface ResolverDeps {
  cache: CredentialCache;
  prompts: PromptBroker;
  env: NodeJS.ProcessEnv;
  /** Keys of an app-managed profile, from the keychain (read once per session switch). */
  managedKeys: (profile: string) => Promise<StaticKeys>;
  /** Credentials of an SSO profile (the SSO service); without it SSO profiles ask for a sign-in. */
  ssoCredentials?: (profile: string) => (properties?: { forceRefresh?: boolean }) => Promise<AwsCredentialIdentity>;
  now?: () => number;
}

export interface ResolvedCredentials {
  /** Handed to SDK clients; marked memoized because the cache below already decides freshness. */
  provider: AwsCredentialIdentityProvider;
  /** Whether a refresh may ask the user (MFA). */
  interactive: boolean;
  /** Forget every cached credential this plan uses (the service said they expired). */
  invalidate(): void;
}

/** Tells the SDK not to wrap the provider in its own memo, whose clock would disagree with ours. */
function asMemoized(provider: AwsCredentialIdentityProvider): AwsCredentialIdentityProvider {
  return Object.assign(provider, { memoized: true });
}

function keyOf(plan: CredentialPlan): string {
  // A digest, so no secret of the plan is kept as a map key. The STS region is left out: role
  // credentials work in every region, so switching region must not ask for an MFA code again.
  const stable = JSON.stringify(plan, (key, value: unknown) => (key === 'region' ? undefined : value));
  return createHash('sha256').update(stable).digest('hex');
}

function sessionNameFor(now: number): string {
  return `sagedeck-${now}`;
}

/** Turns a credential plan into a provider: each temporary source cached in memory until it nears expiry. */
export function createCredentialResolver(deps: ResolverDeps) {
  const now = deps.now ?? Date.now;

  /** `keys`: cache entries the plan uses; `forgetters`: what else to drop when they are refused. */
  function build(plan: CredentialPlan, signal: AbortSignal, keys: string[], forgetters: (() => void)[]): AwsCredentialIdentityProvider {
    const cached = (fetch: CachedSource['fetch']): AwsCredentialIdentityProvider => {
      const source: CachedSource = { key: keyOf(plan), interactive: needsPrompt(plan), fetch };
      keys.push(source.key);
      return () => deps.cache.get(source, signal);
    };
    switch (plan.kind) {
      case 'static': {
        const identity: AwsCredentialIdentity = { ...plan.keys };
        return async () => identity;
      }
      case 'app-managed':
        return async () => ({ ...(await deps.managedKeys(plan.profile)) });
      case 'environment':
        return async () => environmentCredentials(plan.profile, deps.env);
      case 'instance-metadata': {
        const provider = fromInstanceMetadata({ maxRetries: 1 });
        return cached(() => provider());
      }
      case 'container-metadata': {
        const provider = fromContainerMetadata({ maxRetries: 1 });
        return cached(() => provider());
      }
      case 'process':
        return cached((fetchSignal) => processCredentials(plan.profile, plan.command, deps.env, fetchSignal));
      case 'sso': {
        const sso = deps.ssoCredentials;
        if (sso) {
          // Not in this cache: the SSO service keeps them, and forgets them on sign-out.
          let force = false;
          forgetters.push(() => (force = true));
          const provider = sso(plan.profile);
          return async () => {
            const forceRefresh = force;
            force = false;
            return provider({ forceRefresh });
          };
        }
        return async () => {
          throw new SageDeckError({ code: 'SsoSignInRequired', message: `Profile "${plan.profile}" uses IAM Identity Center. Sign in again.`, retryable: false });
        };
      }
      case 'web-identity':
        return cached(async (fetchSignal) => {
          let token: string;
          try {
            token = (await readFile(plan.tokenFile, 'utf8')).trim();
          } catch (error) {
            throw credentialsUnavailable(plan.profile, `cannot read web_identity_token_file ${plan.tokenFile} (${(error as NodeJS.ErrnoException).code ?? 'error'}).`);
          }
          return assumeRoleWithWebIdentity(plan.sts, { profile: plan.profile, roleArn: plan.roleArn, sessionName: plan.sessionName ?? sessionNameFor(now()), token }, fetchSignal);
        });
      case 'assume-role': {
        const source = asMemoized(build(plan.source, signal, keys, forgetters));
        return cached(async (fetchSignal) => {
          // Source first: no point asking for a code when the source cannot sign the call anyway.
          await source();
          const mfa = plan.mfaSerial
            ? { serial: plan.mfaSerial, code: await deps.prompts.askMfaCode({ profile: plan.profile, mfaSerial: plan.mfaSerial }, fetchSignal) }
            : undefined;
          return assumeRole(
            plan.sts,
            source,
            {
              profile: plan.profile,
              roleArn: plan.roleArn,
              sessionName: plan.sessionName ?? sessionNameFor(now()),
              ...(plan.durationSeconds ? { durationSeconds: plan.durationSeconds } : {}),
              ...(plan.externalId ? { externalId: plan.externalId } : {}),
              ...(mfa ? { mfa } : {}),
            },
            fetchSignal,
          );
        });
      }
    }
  }

  return {
    /** `signal` is the session's: switching sessions withdraws an open MFA prompt of the old one. */
    resolve(plan: CredentialPlan, signal: AbortSignal): ResolvedCredentials {
      const keys: string[] = [];
      const forgetters: (() => void)[] = [];
      const provider = asMemoized(build(plan, signal, keys, forgetters));
      return {
        provider,
        interactive: needsPrompt(plan),
        invalidate: () => {
          deps.cache.invalidate(keys);
          for (const forget of forgetters) forget();
        },
      };
    },
  };
}

export type CredentialResolver = ReturnType<typeof createCredentialResolver>;
