import type { AssumeRoleWithWebIdentityResponse } from '@aws-sdk/client-sts';
import { AwsError, type CredentialIssuer, type OperationContext } from '../../types';
import { parseRoleArn, principalId } from './identities';
import { ROLE_ARN, SESSION_NAME, Violations } from './validation';

const WEB_IDENTITY_TOKEN = { min: 4, max: 20000 };

interface TokenClaims {
  sub?: unknown;
  aud?: unknown;
  iss?: unknown;
  exp?: unknown;
}

/** The claims of a JWT (header.payload.signature). Signatures are not checked: there is no IdP. */
function claimsOf(token: string): TokenClaims {
  const parts = token.split('.');
  if (parts.length !== 3) throw new AwsError('InvalidIdentityToken', 'The web identity token that was passed could not be validated by AWS. Get a new identity token from the identity provider and then retry the request.', 400);
  try {
    return JSON.parse(Buffer.from(parts[1] as string, 'base64url').toString('utf8')) as TokenClaims;
  } catch {
    throw new AwsError('InvalidIdentityToken', 'The web identity token that was passed could not be validated by AWS. Get a new identity token from the identity provider and then retry the request.', 400);
  }
}

/**
 * AssumeRoleWithWebIdentity: unsigned (the token is the proof). The token must be a JWT; an `exp`
 * claim in the past on the sandbox clock is ExpiredTokenException, as STS answers.
 */
export function assumeRoleWithWebIdentity(input: Record<string, unknown>, ctx: OperationContext, issuer: CredentialIssuer): AssumeRoleWithWebIdentityResponse {
  const check = new Violations();
  const roleArn = check.string(input, 'RoleArn', ROLE_ARN, true);
  const sessionName = check.string(input, 'RoleSessionName', SESSION_NAME, true);
  const token = check.string(input, 'WebIdentityToken', WEB_IDENTITY_TOKEN, true);
  const duration = check.integer(input, 'DurationSeconds', 900, 43200);
  check.throwIfAny();
  const role = parseRoleArn(roleArn ?? '');
  if (!role || sessionName === undefined || token === undefined) throw new AwsError('ValidationError', `${roleArn ?? ''} is invalid`, 400);
  const claims = claimsOf(token);
  if (typeof claims.exp === 'number' && claims.exp * 1000 <= ctx.clock.now()) {
    throw new AwsError('ExpiredTokenException', 'Token expired: current date/time must be before the expiration date/time.', 400);
  }
  const assumedRoleId = `${principalId('AROA', role.arn)}:${sessionName}`;
  const arn = `arn:aws:sts::${role.accountId}:assumed-role/${role.name}/${sessionName}`;
  const issued = issuer.issue({ accountId: role.accountId, arn, userId: assumedRoleId, expiresAt: ctx.clock.now() + (duration ?? 3600) * 1000 });
  return {
    Credentials: { AccessKeyId: issued.accessKeyId, SecretAccessKey: issued.secretAccessKey, SessionToken: issued.sessionToken, Expiration: issued.expiration },
    SubjectFromWebIdentityToken: typeof claims.sub === 'string' ? claims.sub : 'anonymous',
    AssumedRoleUser: { AssumedRoleId: assumedRoleId, Arn: arn },
    ...(typeof claims.aud === 'string' ? { Audience: claims.aud } : {}),
    ...(typeof claims.iss === 'string' ? { Provider: claims.iss } : {}),
  };
}
