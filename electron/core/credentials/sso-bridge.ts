import type { AwsCredentialIdentityProvider } from '@smithy/types';
import { ErrorCodes, SageDeckError } from '../../../shared/errors';
import { loadSharedConfig } from '../profiles/shared-files';
import type { SsoService } from '../sso/sso-service';

/**
 * SSO profiles get their credentials from the SSO service (token cache, portal, its own clock and
 * memory, which sign-out clears). `forceRefresh` skips that memory after a service refused them.
 */
export function ssoCredentialsVia(sso: Pick<SsoService, 'credentialProvider'>, env: NodeJS.ProcessEnv): (profile: string) => AwsCredentialIdentityProvider {
  return (profile) => async (properties?: { forceRefresh?: boolean }) => {
    const shared = await loadSharedConfig(env);
    const record = shared.profiles.get(profile);
    if (!record) throw new SageDeckError({ code: ErrorCodes.ProfileNotFound, message: `No profile named "${profile}" in the AWS config files.`, retryable: false });
    return sso.credentialProvider({ profile: record, shared })({ forceRefresh: properties?.forceRefresh === true });
  };
}
