/** A policy statement as the evaluator reads it: every element normalised to a list. */
export interface Statement {
  sid?: string;
  effect: 'Allow' | 'Deny';
  action?: string[];
  notAction?: string[];
  resource?: string[];
  notResource?: string[];
  /** Operator (as written, e.g. `ForAnyValue:StringLikeIfExists`) → condition key → values. */
  condition?: Record<string, Record<string, string[]>>;
}

export interface Policy {
  /** How the simulator names the policy (`SourcePolicyId`). */
  id: string;
  /** PolicySourceType: role (inline), user-managed, aws-managed, none (an input document). */
  type: string;
  statements: Statement[];
}

/** The request being decided. Context keys are matched case-insensitively, as IAM does. */
export interface RequestContext {
  action: string;
  resource: string;
  context: Record<string, string[]>;
}

export type Decision = 'allowed' | 'explicitDeny' | 'implicitDeny';

export interface MatchedStatement {
  policyId: string;
  policyType: string;
  /** Index of the statement in its policy (0-based). */
  index: number;
}

export interface PolicySetResult {
  decision: Decision;
  /** The statements that decided: the denying ones on a deny, else the allowing ones. */
  matched: MatchedStatement[];
  /** Condition keys a relevant statement needed and the context did not carry. */
  missingContextValues: string[];
}

export interface EvaluationResult extends PolicySetResult {
  /** Present when a permissions boundary took part: whether it allows the request. */
  allowedByBoundary?: boolean;
}
