import { SimulatePrincipalPolicyCommand, type ContextKeyTypeEnum, type EvaluationResult, type IAMClient } from '@aws-sdk/client-iam';
import type { MatchedStatement, SimulationAnswer, SimulationResult } from '../../../../shared/domain/roles';
import type { SimulateInput } from '../../../../shared/validation/roles';
import { iamOperationMissing } from './iam-refusals';
import { asList, coversAction, parsePolicy, wildcardMatch } from './policy-document';
import type { RoleRecord } from './role-facts';
import { statementIndexAt } from './statement-positions';

export const NO_SIMULATOR =
  "This endpoint has no IAM policy simulator (SimulatePrincipalPolicy), so SageDeck cannot answer \"can this role do X on Y?\" through it. Use AWS, or an emulator that implements the simulator; the role's policies and findings above are still read.";

/** The role's policies by the names and ARNs the simulator may give as SourcePolicyId. */
function policyTexts(role: RoleRecord): Map<string, { name: string; document: string }> {
  const byId = new Map<string, { name: string; document: string }>();
  for (const p of role.attached) {
    byId.set(p.name, { name: p.name, document: p.document });
    byId.set(p.arn, { name: p.name, document: p.document });
  }
  for (const p of role.inline) byId.set(p.name, { name: p.name, document: p.document });
  return byId;
}

/**
 * The statements of a policy that could have matched (effect, action and resource by IAM's
 * wildcards; conditions not judged): where the simulator gives no position, the n-th match of a
 * policy is taken to be its n-th candidate.
 */
function candidates(document: string, result: EvaluationResult): number[] {
  const effect = result.EvalDecision === 'allowed' ? 'Allow' : 'Deny';
  const action = result.EvalActionName ?? '';
  const resource = result.EvalResourceName ?? '*';
  return parsePolicy(document).Statement.flatMap((statement, index) => {
    if (statement.Effect !== effect || !coversAction(statement, action)) return [];
    const covers =
      statement.NotResource !== undefined
        ? !asList(statement.NotResource).some((p) => wildcardMatch(p, resource))
        : asList(statement.Resource).some((p) => wildcardMatch(p, resource) || p === '*');
    return covers ? [index] : [];
  });
}

function matchedOf(result: EvaluationResult, texts: ReadonlyMap<string, { name: string; document: string }>): MatchedStatement[] {
  const seen = new Map<string, number>();
  return (result.MatchedStatements ?? []).map((m) => {
    const id = m.SourcePolicyId ?? '';
    const policy = texts.get(id) ?? texts.get(id.split('/').pop() ?? id);
    const at = m.StartPosition;
    let index: number | undefined;
    if (policy && at?.Line !== undefined && at.Column !== undefined) index = statementIndexAt(policy.document, at.Line, at.Column);
    else if (policy) {
      const nth = seen.get(policy.name) ?? 0;
      seen.set(policy.name, nth + 1);
      index = candidates(policy.document, result)[nth];
    }
    return { policyName: policy?.name ?? id, policyType: m.SourcePolicyType, statementIndex: index };
  });
}

const statementWords = (m: MatchedStatement) => (m.statementIndex === undefined ? m.policyName : `${m.policyName} statement ${m.statementIndex + 1}`);

export function explain(decision: SimulationResult['decision'], matched: MatchedStatement[], missing: string[]): string {
  const by = matched.map(statementWords).join(', ');
  const missingWords = missing.length > 0 ? ` (the simulator lacked context values: ${missing.join(', ')})` : '';
  if (decision === 'allowed') return `Allowed by ${by || 'a policy statement'}${missingWords}`;
  if (decision === 'explicitDeny') return `Explicitly denied by ${by || 'a Deny statement'}${missingWords}`;
  return `Implicitly denied: no statement allows it${missingWords}`;
}

/** "Can this role do X on Y?": SimulatePrincipalPolicy on the role's ARN, each matched statement named by its policy and number. */
export async function simulate(iam: IAMClient, role: RoleRecord, input: SimulateInput, signal: AbortSignal): Promise<SimulationAnswer> {
  let results: EvaluationResult[];
  try {
    const answer = await iam.send(
      new SimulatePrincipalPolicyCommand({
        PolicySourceArn: role.arn,
        ActionNames: input.actions,
        ...(input.resources?.length ? { ResourceArns: input.resources } : {}),
        ...(input.context?.length
          ? { ContextEntries: input.context.map((c) => ({ ContextKeyName: c.key, ContextKeyType: c.type as ContextKeyTypeEnum, ContextKeyValues: c.values })) }
          : {}),
        MaxItems: 1000,
      }),
      { abortSignal: signal },
    );
    results = answer.EvaluationResults ?? [];
  } catch (error) {
    if (iamOperationMissing(error)) return { available: false, message: NO_SIMULATOR };
    throw error;
  }
  const texts = policyTexts(role);
  return {
    available: true,
    results: results.map((r) => {
      const decision = (r.EvalDecision ?? 'implicitDeny') as SimulationResult['decision'];
      const matched = matchedOf(r, texts);
      const missing = r.MissingContextValues ?? [];
      return { action: r.EvalActionName ?? '', resource: r.EvalResourceName ?? '*', decision, matched, missingContext: missing, explanation: explain(decision, matched, missing) };
    }),
  };
}
