import { fromIni } from '@aws-sdk/credential-providers';
import { SANDBOX_PROFILE } from '../../../shared/domain/profiles';
import type { SessionInfo } from '../../../shared/domain/session';
import type { ClientTarget } from '../aws/clients';
import { endpointOverride } from '../aws/endpoints';
import type { EmbeddedSandbox } from '../sandbox/embedded-sandbox';
import { loadSharedConfig, sharedFilePaths } from '../profiles/shared-files';

/**
 * Where and as whom the session's SDK clients call. The sandbox profile points every service at
 * the embedded emulator; any other profile resolves credentials the way the AWS CLI does for it.
 */
export async function targetForSession(session: SessionInfo, env: NodeJS.ProcessEnv, sandbox: EmbeddedSandbox): Promise<ClientTarget> {
  if (session.profile === SANDBOX_PROFILE) {
    const access = await sandbox.ensure();
    return {
      region: session.region,
      credentials: async () => access.credentials,
      endpointFor: () => access.endpoint,
    };
  }
  const shared = await loadSharedConfig(env);
  const record = shared.profiles.get(session.profile);
  const paths = sharedFilePaths(env);
  return {
    region: session.region,
    credentials: fromIni({ profile: session.profile, filepath: paths.credentials, configFilepath: paths.config }),
    endpointFor: (service) => endpointOverride(service, env, record, shared),
  };
}
