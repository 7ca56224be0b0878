import type { SessionClients } from '../../../session/session-clients';
import type { UploadClients } from './s3-requests';

/**
 * The S3 clients of the session an upload starts in, with its profile and region. They are read
 * through that session's client set on every call: a session switch closes its sockets, and the
 * set then makes a fresh client for the same profile, so the upload carries on as that profile
 * (an in-flight part cut by the switch is retried like any failed part).
 */
export async function sessionUploadClients(sessions: SessionClients): Promise<{ profile: string; region: string; clients: UploadClients }> {
  const { clients, target } = await sessions.active();
  return {
    profile: target.profile,
    region: target.region,
    clients: {
      // 'polling' tries once: parts are retried by the upload engine, which holds their bytes and counts retries.
      get parts() {
        return clients.get('s3', 'polling');
      },
      get calls() {
        return clients.get('s3');
      },
    },
  };
}
