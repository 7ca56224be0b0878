import type { OperationHandler, ServiceDefinition, ServiceModuleFactory } from '../../types';
import { authorizationDetailsOperation } from './authorization-details';
import { seedDemoIam } from './demo-seed';
import type { IamHandler } from './model';
import { policyOperations } from './policy-operations';
import { policyVersionOperations } from './policy-versions';
import { roleOperations } from './role-operations';
import { rolePolicyOperations } from './role-policies';
import { simulateOperations } from './simulate';
import { IamStore } from './store';

const XML_NAMESPACE = 'https://iam.amazonaws.com/doc/2010-05-08/';

/** awsQuery sends an empty list as `Member=` (no `.member.N`): it arrives as '' and means []. */
const LIST_MEMBERS = ['PolicyInputList', 'PermissionsBoundaryPolicyInputList', 'ResourceArns', 'ActionNames', 'ContextEntries', 'Filter', 'Tags', 'TagKeys'];
const withEmptyLists = (input: Record<string, unknown>) =>
  Object.fromEntries(Object.entries(input).map(([key, value]) => [key, value === '' && LIST_MEMBERS.includes(key) ? [] : value]));

/**
 * IAM (awsQuery `2010-05-08`, signing name `iam`): roles with trust policies, tags and permissions
 * boundaries; customer managed policies with versions and a few AWS managed ones; inline and
 * attached role policies; GetAccountAuthorizationDetails; the policy simulator on a real evaluator
 * (`./evaluator`). IAM is global: state is per account, whatever region the client signs for.
 */
export const createIamModule: ServiceModuleFactory = (env) => {
  const store = new IamStore();
  const operations: Record<string, IamHandler> = {
    ...roleOperations(store),
    ...policyOperations(store),
    ...policyVersionOperations(store),
    ...rolePolicyOperations(store),
    GetAccountAuthorizationDetails: authorizationDetailsOperation(store),
    ...simulateOperations(store),
  };
  const served: Record<string, OperationHandler> = Object.fromEntries(
    Object.entries(operations).map(([name, handler]): [string, OperationHandler] => [
      name,
      (input, ctx) => handler(withEmptyLists(input), { accountId: ctx.accountId, now: env.clock.now(), callerArn: ctx.caller.arn }),
    ]),
  );

  const service: ServiceDefinition = {
    signingName: 'iam',
    protocol: 'awsQuery',
    apiVersion: '2010-05-08',
    xmlNamespace: XML_NAMESPACE,
    operations: served,
    snapshot: () => store.snapshot(),
    restore: (state) => store.restore(state),
    reset: () => store.reset(),
  };

  return {
    services: [service],
    seed: (kind, where) => {
      if (kind === 'demo') seedDemoIam(store, operations, where.accountId, env.clock.now());
    },
  };
};
