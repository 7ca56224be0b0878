import { evaluateConditions } from './conditions';
import type { EvaluationResult, MatchedStatement, Policy, PolicySetResult, RequestContext, Statement } from './types';
import { wildcardMatch } from './wildcard';

/** Action names compare case-insensitively; NotAction applies to every action it does not list. */
function actionApplies(statement: Statement, action: string): boolean {
  if (statement.notAction) return !statement.notAction.some((pattern) => wildcardMatch(pattern, action, true));
  return (statement.action ?? []).some((pattern) => wildcardMatch(pattern, action, true));
}

/** Resources compare case-sensitively; a statement without Resource (a trust policy's) applies to any. */
function resourceApplies(statement: Statement, resource: string): boolean {
  if (statement.notResource) return !statement.notResource.some((pattern) => wildcardMatch(pattern, resource));
  if (!statement.resource) return true;
  return statement.resource.some((pattern) => wildcardMatch(pattern, resource));
}

/**
 * One set of policies (the identity's, or a boundary's) on one request: an explicit deny wins over
 * any allow, and without an allow the request is implicitly denied (IAM User Guide, "Policy
 * evaluation logic").
 */
export function evaluatePolicySet(policies: Policy[], request: RequestContext): PolicySetResult {
  const allows: MatchedStatement[] = [];
  const denies: MatchedStatement[] = [];
  const missing = new Set<string>();
  for (const policy of policies) {
    policy.statements.forEach((statement, index) => {
      if (!actionApplies(statement, request.action) || !resourceApplies(statement, request.resource)) return;
      const conditions = evaluateConditions(statement.condition, request.context);
      for (const key of conditions.missing) missing.add(key);
      if (!conditions.holds) return;
      (statement.effect === 'Deny' ? denies : allows).push({ policyId: policy.id, policyType: policy.type, index });
    });
  }
  const missingContextValues = [...missing];
  if (denies.length > 0) return { decision: 'explicitDeny', matched: denies, missingContextValues };
  if (allows.length > 0) return { decision: 'allowed', matched: allows, missingContextValues };
  return { decision: 'implicitDeny', matched: [], missingContextValues };
}

/**
 * Identity policies limited by an optional permissions boundary: allowed only when both allow; an
 * explicit deny in either is final (IAM User Guide, "Permissions boundaries for IAM entities").
 */
export function evaluate(request: RequestContext, identity: Policy[], boundary?: Policy[]): EvaluationResult {
  const own = evaluatePolicySet(identity, request);
  if (!boundary) return own;
  const limit = evaluatePolicySet(boundary, request);
  const missingContextValues = [...new Set([...own.missingContextValues, ...limit.missingContextValues])];
  const allowedByBoundary = limit.decision === 'allowed';
  if (own.decision === 'explicitDeny') return { ...own, missingContextValues, allowedByBoundary };
  if (limit.decision === 'explicitDeny') return { ...limit, missingContextValues, allowedByBoundary };
  if (own.decision === 'allowed' && allowedByBoundary) return { ...own, missingContextValues, allowedByBoundary };
  return { decision: 'implicitDeny', matched: [], missingContextValues, allowedByBoundary };
}
