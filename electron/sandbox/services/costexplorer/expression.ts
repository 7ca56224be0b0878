import { validation } from './errors';
import type { CostLine } from './lines';

/** The attributes an Expression or a GroupBy can read (a cost line, or a forecast's running resource). */
export type Attributes = Pick<CostLine, 'service' | 'usageType' | 'region' | 'accountId' | 'tags'>;

/** Dimensions the sandbox can tell apart; AWS's other dimensions are refused by name. */
const DIMENSIONS: Record<string, (a: Attributes) => string> = {
  SERVICE: (a) => a.service,
  USAGE_TYPE: (a) => a.usageType,
  REGION: (a) => a.region,
  LINKED_ACCOUNT: (a) => a.accountId,
  RECORD_TYPE: () => 'Usage',
};

interface ValuesClause {
  Key?: string;
  Values?: string[];
  MatchOptions?: string[];
}

export interface Expression {
  Or?: Expression[];
  And?: Expression[];
  Not?: Expression;
  Dimensions?: ValuesClause;
  Tags?: ValuesClause;
  CostCategories?: ValuesClause;
}

function dimension(key: string | undefined): (a: Attributes) => string {
  const read = key ? DIMENSIONS[key] : undefined;
  if (!read) throw validation(`Dimension ${String(key)} is not allowed. Allowed dimension(s): ${Object.keys(DIMENSIONS).join(', ')}`);
  return read;
}

function matches(value: string | undefined, clause: ValuesClause): boolean {
  const options = clause.MatchOptions ?? ['EQUALS'];
  if (options.includes('ABSENT')) return value === undefined || value === '';
  if (value === undefined) return false;
  const insensitive = options.includes('CASE_INSENSITIVE');
  const norm = (s: string) => (insensitive ? s.toLowerCase() : s);
  const v = norm(value);
  return (clause.Values ?? []).some((raw) => {
    const want = norm(raw);
    if (options.includes('STARTS_WITH')) return v.startsWith(want);
    if (options.includes('ENDS_WITH')) return v.endsWith(want);
    if (options.includes('CONTAINS')) return v.includes(want);
    return v === want;
  });
}

/** Checks the Expression's shape once (one root per node, as AWS requires) and returns its test. */
export function compileFilter(expression: Expression | undefined): (a: Attributes) => boolean {
  if (!expression) return () => true;
  const roots = (['Or', 'And', 'Not', 'Dimensions', 'Tags', 'CostCategories'] as const).filter((k) => expression[k] !== undefined);
  if (roots.length !== 1) throw validation('Expression has more than one roots. Only one root operator is allowed for each expression: And, Or, Not, Dimensions, Tags, CostCategories');
  if (expression.And || expression.Or) {
    const parts = (expression.And ?? expression.Or ?? []).map(compileFilter);
    if (parts.length < 2) throw validation(`${expression.And ? 'And' : 'Or'} expression must have at least 2 operands`);
    return expression.And ? (a) => parts.every((p) => p(a)) : (a) => parts.some((p) => p(a));
  }
  if (expression.Not) {
    const inner = compileFilter(expression.Not);
    return (a) => !inner(a);
  }
  if (expression.Dimensions) {
    const clause = expression.Dimensions;
    const read = dimension(clause.Key);
    return (a) => matches(read(a), clause);
  }
  if (expression.Tags) {
    const clause = expression.Tags;
    return (a) => matches(a.tags[clause.Key ?? ''], clause);
  }
  // No cost categories exist in the sandbox, so nothing belongs to one.
  return () => false;
}

export interface GroupDefinition {
  Type?: string;
  Key?: string;
}

/** GroupBy (at most two): each definition turns a line into one key, `project$churn` / `project$` for tags, as AWS spells them. */
export function compileGroupBy(groupBy: GroupDefinition[] | undefined): ((a: Attributes) => string)[] {
  const defs = groupBy ?? [];
  if (defs.length > 2) throw validation('GroupBy cannot contain more than 2 elements');
  return defs.map((def) => {
    if (def.Type === 'DIMENSION') return dimension(def.Key);
    if (def.Type === 'TAG') {
      const key = def.Key ?? '';
      return (a) => `${key}$${a.tags[key] ?? ''}`;
    }
    if (def.Type === 'COST_CATEGORY') throw validation(`Cost category ${String(def.Key)} does not exist`);
    throw validation(`Value '${String(def.Type)}' at 'groupBy.1.member.type' failed to satisfy constraint: Member must satisfy enum value set: [DIMENSION, TAG, COST_CATEGORY]`);
  });
}
