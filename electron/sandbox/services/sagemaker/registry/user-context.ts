import type { UserContext } from '@aws-sdk/client-sagemaker';
import type { Caller } from '../../../types';

/**
 * Who AWS says created or changed a model package or group. For IAM callers (users, roles,
 * federated sessions) AWS fills `IamIdentity` with the caller's ARN and principal id, and leaves
 * the Studio members (`UserProfileName`, `DomainId`) empty: the sandbox has no Studio users. No
 * SourceIdentity: the sandbox's STS never sets one on a session.
 */
export function userContextOf(caller: Caller): UserContext {
  return { IamIdentity: { Arn: caller.arn, PrincipalId: caller.userId } };
}
