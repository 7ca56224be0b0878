import { AssumeRoleCommand, AssumeRoleWithWebIdentityCommand, STSClient, type Credentials } from '@aws-sdk/client-sts';
import type { AwsCredentialIdentity, AwsCredentialIdentityProvider } from '@smithy/types';
import { SageDeckError } from '../../../shared/errors';
import { networkSettings } from '../aws/network/network-settings';
import { requestHandlerFor } from '../aws/network/request-handler';
import { credentialsExpired, endpointUnreachable, isExpiredCredentials, isUnreachable } from './credential-errors';
import type { StsTarget } from './credential-plan';

export interface AssumeRoleRequest {
  profile: string;
  roleArn: string;
  sessionName: string;
  durationSeconds?: number;
  externalId?: string;
  mfa?: { serial: string; code: string };
}

async function stsClient(target: StsTarget, credentials?: AwsCredentialIdentityProvider): Promise<STSClient> {
  const network = target.network ? await networkSettings(target.network.env, target.network.caBundle) : undefined;
  return new STSClient({
    region: target.region,
    maxAttempts: 2,
    ...(target.endpoint ? { endpoint: target.endpoint } : {}),
    ...(credentials ? { credentials } : {}),
    ...(network ? { requestHandler: requestHandlerFor(network) } : {}),
  });
}

function toIdentity(credentials: Credentials | undefined, profile: string): AwsCredentialIdentity {
  if (!credentials?.AccessKeyId || !credentials.SecretAccessKey) {
    throw new SageDeckError({ code: 'CredentialsUnavailable', message: `STS returned no credentials for profile "${profile}".`, retryable: true });
  }
  return {
    accessKeyId: credentials.AccessKeyId,
    secretAccessKey: credentials.SecretAccessKey,
    ...(credentials.SessionToken ? { sessionToken: credentials.SessionToken } : {}),
    ...(credentials.Expiration ? { expiration: new Date(credentials.Expiration) } : {}),
  };
}

function describe(target: StsTarget): string {
  return target.endpoint ?? `the AWS STS endpoint in ${target.region}`;
}

/** What went wrong, said so the user knows the next step; the STS message is kept word for word. */
function explain(error: unknown, request: { profile: string; mfa?: unknown }, target: StsTarget): unknown {
  if (error instanceof SageDeckError) return error;
  if (isUnreachable(error)) return endpointUnreachable(describe(target), request.profile, error);
  if (isExpiredCredentials(error)) {
    return credentialsExpired(request.profile, 'The source credentials used to assume the role expired: renew them (or sign in again) and retry.');
  }
  if (error instanceof Error && error.name === 'AccessDenied' && request.mfa) {
    const requestId = (error as { $metadata?: { requestId?: string } }).$metadata?.requestId;
    return new SageDeckError({
      code: 'AccessDenied',
      message: `STS refused the MFA code for profile "${request.profile}": ${error.message} Enter the current code from your MFA device and try again.`,
      retryable: true,
      ...(requestId ? { requestId } : {}),
    });
  }
  return error;
}

/** STS AssumeRole with the source credentials, against the profile's STS endpoint. */
export async function assumeRole(target: StsTarget, source: AwsCredentialIdentityProvider, request: AssumeRoleRequest, signal: AbortSignal): Promise<AwsCredentialIdentity> {
  const client = await stsClient(target, source);
  try {
    const answer = await client.send(
      new AssumeRoleCommand({
        RoleArn: request.roleArn,
        RoleSessionName: request.sessionName,
        ...(request.durationSeconds ? { DurationSeconds: request.durationSeconds } : {}),
        ...(request.externalId ? { ExternalId: request.externalId } : {}),
        ...(request.mfa ? { SerialNumber: request.mfa.serial, TokenCode: request.mfa.code } : {}),
      }),
      { abortSignal: signal },
    );
    return toIdentity(answer.Credentials, request.profile);
  } catch (error) {
    throw explain(error, request, target);
  } finally {
    client.destroy();
  }
}

/** STS AssumeRoleWithWebIdentity: an unsigned call that trades an OIDC token for role credentials. */
export async function assumeRoleWithWebIdentity(
  target: StsTarget,
  request: { profile: string; roleArn: string; sessionName: string; token: string },
  signal: AbortSignal,
): Promise<AwsCredentialIdentity> {
  // The operation is unsigned, but the client still wants a provider to exist.
  const client = await stsClient(target, async () => ({ accessKeyId: '', secretAccessKey: '' }));
  try {
    const answer = await client.send(
      new AssumeRoleWithWebIdentityCommand({ RoleArn: request.roleArn, RoleSessionName: request.sessionName, WebIdentityToken: request.token }),
      { abortSignal: signal },
    );
    return toIdentity(answer.Credentials, request.profile);
  } catch (error) {
    throw explain(error, request, target);
  } finally {
    client.destroy();
  }
}
