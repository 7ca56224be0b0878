/*
 * IAM roles as the Roles section shows them: who in the pipeline uses each role, its policies,
 * what is too broad about them (findings), the simulator's answers and a least-privilege suggestion.
 */

export type FindingSeverity = 'high' | 'medium' | 'low';

export type RoleFindingKind = 'wildcard-action' | 'wildcard-resource' | 'passrole-any' | 'no-boundary' | 'root-trust-without-mfa' | 'unused-permissions';

export type PolicyKind = 'managed' | 'aws-managed' | 'inline' | 'trust';

/** The statement a finding comes from: the policy (name, ARN, version) and the statement's place in it (0-based; shown 1-based). */
export interface StatementRef {
  policyKind: PolicyKind;
  policyName: string;
  policyArn?: string | undefined;
  versionId?: string | undefined;
  statementIndex: number;
  sid?: string | undefined;
}

export interface RoleFinding {
  kind: RoleFindingKind;
  severity: FindingSeverity;
  /** One line: "s3:* allows every S3 action". */
  title: string;
  /** What to do about it, in words. */
  fix: string;
  source?: StatementRef | undefined;
}

export type RoleUseKind = 'training-job' | 'processing-job' | 'model' | 'schedule' | 'api';

/** A pipeline resource that names the role (its execution role, a schedule's target role, an integration's credentials). */
export interface RoleUse {
  kind: RoleUseKind;
  name: string;
  /** What the console's address uses when it is not the name: an API's id, a schedule's group. */
  key?: string | undefined;
}

export type SeverityCounts = Record<FindingSeverity, number>;

export interface RoleSummary {
  name: string;
  arn: string;
  path: string;
  /** Resources of the pipeline that use the role; empty for roles of the account the pipeline does not reference. */
  usedBy: RoleUse[];
  findingCounts: SeverityCounts;
  boundaryArn?: string | undefined;
}

export interface RolesPage {
  items: RoleSummary[];
  /** What could not be read or checked (an endpoint without GetAccountAuthorizationDetails, a resource kind it refused). */
  notice?: string | undefined;
}

export interface PolicyView {
  kind: Exclude<PolicyKind, 'trust'>;
  name: string;
  arn?: string | undefined;
  /** A managed policy's default version. */
  versionId?: string | undefined;
  /** Pretty-printed JSON. */
  document: string;
}

export interface RoleDetail {
  summary: RoleSummary;
  /** The trust policy, pretty-printed JSON. */
  trustPolicy: string;
  policies: PolicyView[];
  findings: RoleFinding[];
  notice?: string | undefined;
}

export type SimulationDecision = 'allowed' | 'explicitDeny' | 'implicitDeny';

export interface MatchedStatement {
  policyName: string;
  policyType?: string | undefined;
  /** 0-based; undefined when the simulator's position could not be mapped to a statement. */
  statementIndex?: number | undefined;
}

export interface SimulationResult {
  action: string;
  resource: string;
  decision: SimulationDecision;
  matched: MatchedStatement[];
  /** Condition keys the simulator needed but was not given. */
  missingContext: string[];
  /** "Allowed by SageDeckDemoSageMakerAccess statement 1", "Implicitly denied: no statement allows it". */
  explanation: string;
}

export type SimulationAnswer = { available: true; results: SimulationResult[] } | { available: false; message: string };

export interface DiffLine {
  op: 'same' | 'added' | 'removed';
  text: string;
}

/** Which of the role's policies a suggestion replaces. */
export type SuggestionTarget =
  | { kind: 'managed'; policyArn: string; policyName: string; defaultVersionId?: string | undefined; versionCount: number; deletesVersionId?: string | undefined }
  | { kind: 'inline'; policyName: string };

export interface PolicySuggestion {
  roleName: string;
  /** Undefined when nothing SageDeck may change holds the permissions (only AWS managed policies): `refusal` says why. */
  target?: SuggestionTarget | undefined;
  refusal?: string | undefined;
  /** The target policy's document now (pretty JSON; empty for a new inline policy). */
  current: string;
  suggested: string;
  diff: DiffLine[];
  /** What each suggested statement is for, in the document's order. */
  reasons: string[];
  notice?: string | undefined;
}

export interface ApplySuggestionResult {
  policyName: string;
  /** The new default version (managed policies). */
  versionId?: string | undefined;
  /** The old version deleted to make room (AWS keeps at most five). */
  deletedVersionId?: string | undefined;
}

export const NO_COUNTS: SeverityCounts = { high: 0, medium: 0, low: 0 };

export const statementLabel = (ref: Pick<StatementRef, 'policyName' | 'statementIndex'>) => `${ref.policyName} statement ${ref.statementIndex + 1}`;
