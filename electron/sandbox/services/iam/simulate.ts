import { asList, asRecord, asString } from '../../protocols/values';
import type { Checker } from '../cloudwatch/input';
import { isAwsManagedArn } from './aws-managed-policies';
import { noSuchEntity } from './errors';
import { evaluate, statementsOf, type Policy } from './evaluator';
import { ARN, checker } from './input';
import type { IamCall, IamHandler, RoleRecord } from './model';
import { markerPage } from './pages';
import { validatePolicyDocument } from './policy-document';
import type { IamStore } from './store';

const parsed = (text: string) => statementsOf(JSON.parse(text) as unknown);

/** Documents given with the call (`PolicyInputList`, `PermissionsBoundaryPolicyInputList`), named as AWS names them. */
function inputPolicies(check: Checker, value: unknown, member: string, required: boolean): Policy[] {
  const list = check.list(value, member, { required }) ?? [];
  return list.map((item, index) => {
    const text = check.string(asString(item), `${member}.${index + 1}.member`, { required: true, min: 1, max: 131072 }) ?? '';
    validatePolicyDocument(text, 'identity');
    const id = `${member.charAt(0).toUpperCase()}${member.slice(1)}.${index + 1}`;
    return { id, type: 'none', statements: parsed(text) };
  });
}

/** ContextEntries: every key the caller gives is honoured, its values as a list (IAM matches keys case-insensitively). */
function contextOf(value: unknown): Record<string, string[]> {
  const context: Record<string, string[]> = {};
  for (const item of asList(value) ?? []) {
    const entry = asRecord(item) ?? {};
    const name = asString(entry.ContextKeyName);
    if (name) context[name] = (asList(entry.ContextKeyValues) ?? []).map((v) => String(v));
  }
  return context;
}

function rolePolicies(store: IamStore, accountId: string, role: RoleRecord): { identity: Policy[]; boundary?: Policy[] } {
  const identity: Policy[] = role.inline.map((p) => ({ id: p.name, type: 'role', statements: parsed(p.document) }));
  for (const arn of role.attached) {
    const policy = store.findPolicy(accountId, arn);
    const version = policy?.versions.find((v) => v.id === policy.defaultVersionId);
    if (policy && version) identity.push({ id: policy.name, type: isAwsManagedArn(arn) ? 'aws-managed' : 'user-managed', statements: parsed(version.document) });
  }
  const boundaryPolicy = role.boundaryArn ? store.findPolicy(accountId, role.boundaryArn) : undefined;
  const boundaryVersion = boundaryPolicy?.versions.find((v) => v.id === boundaryPolicy.defaultVersionId);
  const boundary = boundaryPolicy && boundaryVersion
    ? [{ id: boundaryPolicy.name, type: isAwsManagedArn(boundaryPolicy.arn) ? 'aws-managed' : 'user-managed', statements: parsed(boundaryVersion.document) }]
    : undefined;
  return { identity, boundary };
}

/** Evaluates every action on every resource (`*` when none are given); one EvaluationResult per pair. */
function simulate(check: Checker, input: Record<string, unknown>, identity: Policy[], boundary: Policy[] | undefined, scope: string) {
  const actions = (check.list(input.ActionNames, 'actionNames', { required: true }) ?? []).map((a, i) => check.string(asString(a), `actionNames.${i + 1}.member`, { required: true, min: 3, max: 128 }) ?? '');
  const resources = (asList(input.ResourceArns) ?? ['*']).map((r) => String(r));
  const context = contextOf(input.ContextEntries);
  const results = actions.flatMap((action) =>
    resources.map((resource) => {
      const result = evaluate({ action, resource, context }, identity, boundary);
      return {
        EvalActionName: action,
        EvalResourceName: resource,
        EvalDecision: result.decision,
        MatchedStatements: result.matched.map((m) => ({ SourcePolicyId: m.policyId, SourcePolicyType: m.policyType })),
        MissingContextValues: result.missingContextValues,
        PermissionsBoundaryDecisionDetail: result.allowedByBoundary === undefined ? undefined : { AllowedByPermissionsBoundary: result.allowedByBoundary },
      };
    }),
  );
  const { page, ...paging } = markerPage(check, input, results, scope);
  return { EvaluationResults: page, ...paging };
}

/** SimulatePrincipalPolicy (a role's own policies and boundary, plus any given) and SimulateCustomPolicy. */
export function simulateOperations(store: IamStore): Record<string, IamHandler> {
  return {
    SimulatePrincipalPolicy(input, call: IamCall) {
      const check = checker();
      const source = check.string(input.PolicySourceArn, 'policySourceArn', { required: true, ...ARN }) ?? '';
      const extra = inputPolicies(check, input.PolicyInputList, 'policyInputList', false);
      const givenBoundary = inputPolicies(check, input.PermissionsBoundaryPolicyInputList, 'permissionsBoundaryPolicyInputList', false);
      check.done();
      const match = /^arn:aws:iam::(\d{12}):role\/(?:.*\/)?([^/]+)$/.exec(source);
      if (!match) throw noSuchEntity(`PolicySourceArn ${source} is not a role in this account.`);
      const role = store.findRole(match[1] ?? '', match[2] ?? '');
      if (!role || role.arn !== source) throw noSuchEntity(`The role with name ${match[2] ?? source} cannot be found.`);
      const own = rolePolicies(store, match[1] ?? call.accountId, role);
      const boundary = givenBoundary.length > 0 ? givenBoundary : own.boundary;
      return simulate(check, input, [...own.identity, ...extra], boundary, `simulate:${source}`);
    },

    SimulateCustomPolicy(input) {
      const check = checker();
      const policies = inputPolicies(check, input.PolicyInputList, 'policyInputList', true);
      const boundary = inputPolicies(check, input.PermissionsBoundaryPolicyInputList, 'permissionsBoundaryPolicyInputList', false);
      check.done();
      return simulate(check, input, policies, boundary.length > 0 ? boundary : undefined, 'simulate:custom');
    },
  };
}
