import { GetCallerIdentityCommand } from '@aws-sdk/client-sts';
import type { SessionIdentity } from '../../../shared/domain/session';
import type { SessionClients } from './session-clients';

/** Who the session really is, as STS says: the account and ARN shown in the top bar. */
export async function sessionIdentity(clients: SessionClients, signal: AbortSignal): Promise<SessionIdentity> {
  const sts = (await clients.current()).get('sts');
  const answer = await sts.send(new GetCallerIdentityCommand({}), { abortSignal: signal });
  return { account: answer.Account ?? '', arn: answer.Arn ?? '', userId: answer.UserId ?? '' };
}
