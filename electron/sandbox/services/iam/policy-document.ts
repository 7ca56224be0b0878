import { parseOperator } from './evaluator';
import { limitExceeded, malformedPolicyDocument } from './errors';

export type DocumentKind = 'identity' | 'trust';

/**
 * Checks a policy document as IAM does before storing it, with IAM's MalformedPolicyDocument
 * wording (as AWS answers it; the API reference does not list the messages).
 */
export function validatePolicyDocument(text: string, kind: DocumentKind): void {
  let document: unknown;
  try {
    document = JSON.parse(text);
  } catch {
    throw malformedPolicyDocument('This policy contains invalid Json');
  }
  if (typeof document !== 'object' || document === null || Array.isArray(document)) throw syntax();
  const top = document as Record<string, unknown>;
  if (Object.keys(top).some((key) => !['Version', 'Id', 'Statement'].includes(key))) throw syntax();
  if (top.Version !== undefined && top.Version !== '2012-10-17' && top.Version !== '2008-10-17')
    throw malformedPolicyDocument('The policy failed legacy parsing');
  const statements = Array.isArray(top.Statement) ? top.Statement : top.Statement === undefined ? undefined : [top.Statement];
  if (!statements) throw syntax();
  for (const statement of statements) validateStatement(statement, kind);
}

const syntax = () => malformedPolicyDocument('Syntax errors in policy.');
const STATEMENT_KEYS = ['Sid', 'Effect', 'Action', 'NotAction', 'Resource', 'NotResource', 'Principal', 'NotPrincipal', 'Condition'];

function validateStatement(value: unknown, kind: DocumentKind): void {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) throw syntax();
  const s = value as Record<string, unknown>;
  if (Object.keys(s).some((key) => !STATEMENT_KEYS.includes(key))) throw syntax();
  if (s.Effect === undefined) throw malformedPolicyDocument('Missing required field Effect');
  if (s.Effect !== 'Allow' && s.Effect !== 'Deny') throw malformedPolicyDocument('The policy failed legacy parsing');
  if (s.Action === undefined && s.NotAction === undefined) throw malformedPolicyDocument('Policy statement must contain actions.');
  if (s.Action !== undefined && s.NotAction !== undefined) throw syntax();
  for (const action of strings(s.Action ?? s.NotAction)) validateAction(action);
  const hasResource = s.Resource !== undefined || s.NotResource !== undefined;
  const hasPrincipal = s.Principal !== undefined || s.NotPrincipal !== undefined;
  if (kind === 'identity') {
    if (hasPrincipal) throw malformedPolicyDocument('Policy document should not specify a principal.');
    if (!hasResource) throw malformedPolicyDocument('Policy statement must contain resources.');
    if (s.Resource !== undefined && s.NotResource !== undefined) throw syntax();
    for (const resource of strings(s.Resource ?? s.NotResource)) validateResource(resource);
  } else {
    if (s.Resource !== undefined) throw malformedPolicyDocument('Has prohibited field Resource');
    if (!hasPrincipal) throw malformedPolicyDocument('Missing required field Principal');
  }
  if (s.Condition !== undefined) validateCondition(s.Condition);
}

function strings(value: unknown): string[] {
  const items = Array.isArray(value) ? value : [value];
  if (items.some((item) => typeof item !== 'string')) throw syntax();
  return items as string[];
}

function validateAction(action: string): void {
  if (action === '*') return;
  const colons = action.split(':').length - 1;
  if (colons > 1) throw malformedPolicyDocument('Actions/Condition can contain only one colon.');
  if (colons === 0 || !/^[a-zA-Z0-9-]+:/.test(action))
    throw malformedPolicyDocument('Actions/Conditions must be prefaced by a vendor, e.g., iam, sdb, ec2, etc.');
}

function validateResource(resource: string): void {
  if (resource === '*') return;
  if (!resource.startsWith('arn:') || resource.split(':').length < 6)
    throw malformedPolicyDocument(`Resource ${resource} must be in ARN format or "*".`);
}

function validateCondition(value: unknown): void {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) throw syntax();
  for (const [op, keys] of Object.entries(value as Record<string, unknown>)) {
    if (!parseOperator(op)) throw malformedPolicyDocument(`Invalid Condition type : ${op}.`);
    if (typeof keys !== 'object' || keys === null || Array.isArray(keys)) throw syntax();
    for (const values of Object.values(keys as Record<string, unknown>)) {
      const items = Array.isArray(values) ? values : [values];
      if (items.some((item) => !['string', 'boolean', 'number'].includes(typeof item))) throw syntax();
    }
  }
}

/**
 * IAM's size quotas count characters without whitespace (IAM User Guide, "IAM and AWS STS quotas":
 * managed policy 6,144; role trust policy 2,048; a role's inline policies together 10,240).
 */
export function policySize(text: string): number {
  return text.replace(/\s/g, '').length;
}

export const MANAGED_POLICY_MAX = 6144;
export const TRUST_POLICY_MAX = 2048;
export const ROLE_INLINE_MAX = 10240;

export function checkManagedPolicySize(text: string): void {
  if (policySize(text) > MANAGED_POLICY_MAX) throw limitExceeded(`Cannot exceed quota for PolicySize: ${MANAGED_POLICY_MAX}`);
}

export function checkTrustPolicySize(text: string): void {
  if (policySize(text) > TRUST_POLICY_MAX) throw limitExceeded(`Cannot exceed quota for ACLSizePerRole: ${TRUST_POLICY_MAX}`);
}

/** AWS returns every policy document URL-encoded (RFC 3986), as it was sent. */
export const encodeDocument = (text: string) => encodeURIComponent(text);
