/*
 * IAM policy documents as the finding rules and the suggestion read them: Statement always an
 * array, Action/Resource always string arrays, and IAM's wildcard matching.
 */

export type Condition = Record<string, Record<string, unknown>>;

export interface Statement {
  Sid?: string;
  Effect: 'Allow' | 'Deny';
  Action?: string | string[];
  NotAction?: string | string[];
  Resource?: string | string[];
  NotResource?: string | string[];
  Principal?: '*' | Record<string, string | string[]>;
  Condition?: Condition;
}

export interface PolicyDocument {
  Version?: string;
  Statement: Statement[];
}

export const asList = (value: string | string[] | undefined): string[] => (value === undefined ? [] : Array.isArray(value) ? value : [value]);

/**
 * IAM answers documents URL-encoded (GetRolePolicy, GetPolicyVersion, GetAccountAuthorizationDetails,
 * the role's AssumeRolePolicyDocument); some emulators answer them plain. Either way: the JSON text.
 */
export function documentText(raw: string | undefined): string {
  if (!raw) return '';
  const trimmed = raw.trim();
  if (trimmed.startsWith('{')) return trimmed;
  try {
    return decodeURIComponent(trimmed.replace(/\+/g, ' '));
  } catch {
    return trimmed;
  }
}

/** The document with Statement as an array; an unreadable document has no statements. */
export function parsePolicy(text: string): PolicyDocument {
  try {
    const doc = JSON.parse(text) as { Version?: string; Statement?: Statement | Statement[] };
    const statements = doc.Statement === undefined ? [] : Array.isArray(doc.Statement) ? doc.Statement : [doc.Statement];
    return { ...(doc.Version ? { Version: doc.Version } : {}), Statement: statements };
  } catch {
    return { Statement: [] };
  }
}

export function prettyPolicy(text: string): string {
  try {
    return JSON.stringify(JSON.parse(text), null, 2);
  } catch {
    return text;
  }
}

/** IAM's `*` (any run) and `?` (one character) wildcards; actions compare case-insensitively. */
export function wildcardMatch(pattern: string, value: string, ignoreCase = false): boolean {
  const source = pattern.replace(/[.+^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*').replace(/\?/g, '.');
  return new RegExp(`^${source}$`, ignoreCase ? 'i' : '').test(value);
}

/** Whether the statement's Action (or NotAction) covers `action`. */
export function coversAction(statement: Statement, action: string): boolean {
  if (statement.NotAction !== undefined) return !asList(statement.NotAction).some((pattern) => wildcardMatch(pattern, action, true));
  return asList(statement.Action).some((pattern) => wildcardMatch(pattern, action, true));
}

/** The condition keys a statement tests, lower-cased (IAM's keys are case-insensitive). */
export function conditionKeys(statement: Statement): string[] {
  return Object.values(statement.Condition ?? {}).flatMap((byKey) => Object.keys(byKey).map((key) => key.toLowerCase()));
}

/** The service prefix of an action: `s3` of `s3:GetObject`, `*` of `*`. */
export const serviceOf = (action: string) => (action === '*' ? '*' : (action.split(':')[0] ?? '').toLowerCase());
