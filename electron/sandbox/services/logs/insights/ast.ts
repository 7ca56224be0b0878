/** The parsed form of a Logs Insights query. Expression nodes keep their source text for column names. */
export type Expr =
  | { kind: 'field'; name: string }
  | { kind: 'literal'; value: string | number | boolean | null }
  | { kind: 'duration'; ms: number }
  | { kind: 'regex'; regex: RegExp }
  | { kind: 'compare'; op: '=' | '!=' | '<' | '<=' | '>' | '>='; left: Expr; right: Expr }
  | { kind: 'match'; negated: boolean; left: Expr; pattern: Expr }
  | { kind: 'in'; negated: boolean; left: Expr; values: Expr[] }
  | { kind: 'and' | 'or'; left: Expr; right: Expr }
  | { kind: 'not'; operand: Expr }
  | { kind: 'arith'; op: '+' | '-' | '*'; left: Expr; right: Expr }
  | { kind: 'neg'; operand: Expr }
  | { kind: 'call'; name: string; args: Expr[] };

/** An expression with the column name it produces (`as` alias, or its own text). */
export interface Named {
  expr: Expr;
  name: string;
}

export type AggregateName = 'count' | 'count_distinct' | 'sum' | 'avg' | 'min' | 'max' | 'pct';

export interface Aggregate {
  fn: AggregateName;
  /** Undefined for `count(*)` / `count()`. */
  arg?: Expr;
  percentile?: number;
  name: string;
}

export type SortKey = Named & { descending: boolean };

export type Command =
  | { kind: 'fields'; items: Named[] }
  | { kind: 'display'; items: Named[] }
  | { kind: 'filter'; expr: Expr }
  | { kind: 'parse'; source: Expr; regex: RegExp; names: string[] }
  | { kind: 'stats'; aggregates: Aggregate[]; groups: Named[] }
  | { kind: 'sort'; keys: SortKey[] }
  | { kind: 'limit'; count: number }
  | { kind: 'dedup'; fields: string[] };

export interface Query {
  commands: Command[];
}
