import { GetCallerIdentityCommand } from '@aws-sdk/client-sts';
import type { SessionIdentity } from '../../../shared/domain/session';
import type { SessionClients } from './session-clients';

/**
 * Who the session really is, as STS says: the account and ARN shown in the top bar, and when its
 * temporary credentials expire (the credentials that signed this very call).
 */
export async function sessionIdentity(clients: SessionClients, signal: AbortSignal): Promise<SessionIdentity> {
  const { clients: aws, target } = await clients.active();
  const answer = await aws.get('sts').send(new GetCallerIdentityCommand({}), { abortSignal: signal });
  const identity: SessionIdentity = { account: answer.Account ?? '', arn: answer.Arn ?? '', userId: answer.UserId ?? '' };
  const credentials = await target.credentials();
  if (credentials.expiration) identity.expiresAt = credentials.expiration.toISOString();
  return identity;
}
