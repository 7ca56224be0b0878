/** The parsed template: text, references and directives, each remembering where it started. */

export type Segment =
  | { kind: 'property'; name: string }
  | { kind: 'call'; name: string; args: Expression[] }
  | { kind: 'index'; index: Expression };

export interface Reference {
  kind: 'reference';
  at: number;
  name: string;
  segments: Segment[];
  /** `$!name`: renders nothing instead of its own text when it has no value. */
  quiet: boolean;
  /** The reference as written, which Velocity prints when it has no value. */
  source: string;
}

export type Expression =
  | Reference
  | { kind: 'literal'; at: number; value: string | number | boolean | null }
  /** A double-quoted string: references and directives inside it are rendered. */
  | { kind: 'interpolated'; at: number; parts: Node[] }
  | { kind: 'list'; at: number; items: Expression[] }
  | { kind: 'range'; at: number; from: Expression; to: Expression }
  | { kind: 'map'; at: number; entries: { key: Expression; value: Expression }[] }
  | { kind: 'unary'; at: number; op: '!' | '-'; operand: Expression }
  | { kind: 'binary'; at: number; op: BinaryOp; left: Expression; right: Expression };

export type BinaryOp = '||' | '&&' | '==' | '!=' | '<' | '<=' | '>' | '>=' | '+' | '-' | '*' | '/' | '%';

export type Node =
  | { kind: 'text'; text: string }
  | { kind: 'output'; reference: Reference }
  | { kind: 'set'; at: number; target: Reference; value: Expression }
  | { kind: 'if'; at: number; branches: { condition: Expression; body: Node[] }[]; otherwise: Node[] }
  | { kind: 'foreach'; at: number; variable: string; items: Expression; body: Node[] }
  | { kind: 'break'; at: number }
  | { kind: 'stop'; at: number };
