import type { AssumeRoleResponse, GetCallerIdentityResponse, GetSessionTokenResponse } from '@aws-sdk/client-sts';
import { asInt, asString } from '../../protocols/values';
import { AwsError, type CredentialIssuer, type OperationContext, type OperationHandler } from '../../types';
import { isAssumedRoleArn, parseRoleArn, principalId } from './identities';
import { assumeRoleWithWebIdentity } from './web-identity';
import {
  EXTERNAL_ID,
  POLICY,
  ROLE_ARN,
  SERIAL_NUMBER,
  SESSION_NAME,
  SOURCE_IDENTITY,
  TOKEN_CODE,
  Violations,
} from './validation';

/** The one-time pass code every sandbox MFA device accepts (documented in README.md). */
export const SANDBOX_MFA_CODE = '123456';

const ROLE_CHAINING_MAX_SECONDS = 3600;

function checkMfa(serialNumber: string | undefined, tokenCode: string | undefined): void {
  if (serialNumber === undefined && tokenCode === undefined) return;
  if (serialNumber === undefined || tokenCode === undefined) {
    throw new AwsError('AccessDenied', 'MultiFactorAuthentication failed, unable to validate MFA code.', 403);
  }
  if (tokenCode !== SANDBOX_MFA_CODE) {
    throw new AwsError('AccessDenied', 'MultiFactorAuthentication failed with invalid MFA one time pass code.', 403);
  }
}

function issuer(getIssuer: () => CredentialIssuer | undefined): CredentialIssuer {
  const found = getIssuer();
  if (!found) throw new AwsError('InternalFailure', 'The sandbox has no credential issuer.', 500);
  return found;
}

export function stsOperations(getIssuer: () => CredentialIssuer | undefined): Record<string, OperationHandler> {
  return {
    GetCallerIdentity(_input, ctx): GetCallerIdentityResponse {
      return { UserId: ctx.caller.userId, Account: ctx.caller.accountId, Arn: ctx.caller.arn };
    },

    AssumeRole(input, ctx: OperationContext): AssumeRoleResponse {
      const check = new Violations();
      const roleArn = check.string(input, 'RoleArn', ROLE_ARN, true);
      const sessionName = check.string(input, 'RoleSessionName', SESSION_NAME, true);
      const duration = check.integer(input, 'DurationSeconds', 900, 43200);
      const serialNumber = check.string(input, 'SerialNumber', SERIAL_NUMBER);
      const tokenCode = check.string(input, 'TokenCode', TOKEN_CODE);
      check.string(input, 'ExternalId', EXTERNAL_ID);
      const sourceIdentity = check.string(input, 'SourceIdentity', SOURCE_IDENTITY);
      check.string(input, 'Policy', POLICY);
      check.throwIfAny();

      const role = parseRoleArn(roleArn ?? '');
      if (!role || sessionName === undefined) throw new AwsError('ValidationError', `${roleArn ?? ''} is invalid`, 400);
      const seconds = duration ?? 3600;
      if (isAssumedRoleArn(ctx.caller.arn) && seconds > ROLE_CHAINING_MAX_SECONDS) {
        throw new AwsError(
          'ValidationError',
          'The requested DurationSeconds exceeds the 1 hour session limit for roles assumed by role chaining.',
          400,
        );
      }
      checkMfa(serialNumber, tokenCode);

      const assumedRoleId = `${principalId('AROA', role.arn)}:${sessionName}`;
      const arn = `arn:aws:sts::${role.accountId}:assumed-role/${role.name}/${sessionName}`;
      const issued = issuer(getIssuer).issue({
        accountId: role.accountId,
        arn,
        userId: assumedRoleId,
        expiresAt: ctx.clock.now() + seconds * 1000,
      });
      const out: AssumeRoleResponse = {
        Credentials: {
          AccessKeyId: issued.accessKeyId,
          SecretAccessKey: issued.secretAccessKey,
          SessionToken: issued.sessionToken,
          Expiration: issued.expiration,
        },
        AssumedRoleUser: { AssumedRoleId: assumedRoleId, Arn: arn },
      };
      if (sourceIdentity !== undefined) out.SourceIdentity = sourceIdentity;
      if (asString(input.Policy) !== undefined || input.Tags !== undefined) out.PackedPolicySize = 6;
      return out;
    },

    AssumeRoleWithWebIdentity(input, ctx) {
      return assumeRoleWithWebIdentity(input, ctx, issuer(getIssuer));
    },

    GetSessionToken(input, ctx): GetSessionTokenResponse {
      const check = new Violations();
      const duration = check.integer(input, 'DurationSeconds', 900, 129600);
      const serialNumber = check.string(input, 'SerialNumber', SERIAL_NUMBER);
      const tokenCode = check.string(input, 'TokenCode', TOKEN_CODE);
      check.throwIfAny();
      const credentials = issuer(getIssuer);
      if (credentials.isTemporary(ctx.caller.accessKeyId)) {
        throw new AwsError('AccessDenied', 'Cannot call GetSessionToken with session credentials', 403);
      }
      checkMfa(serialNumber, tokenCode);
      const seconds = asInt(duration) ?? 43200;
      const issued = credentials.issue({
        accountId: ctx.caller.accountId,
        arn: ctx.caller.arn,
        userId: ctx.caller.userId,
        expiresAt: ctx.clock.now() + seconds * 1000,
      });
      return {
        Credentials: {
          AccessKeyId: issued.accessKeyId,
          SecretAccessKey: issued.secretAccessKey,
          SessionToken: issued.sessionToken,
          Expiration: issued.expiration,
        },
      };
    },
  };
}
