import type { Expression, Node, Reference } from './ast';
import { errorAt } from './errors';
import { parseTemplate } from './template-parser';
import { MISSING, callMethod, getProperty, isRecord, isTruthy, toText, velocityEquals } from './values';

/** API Gateway's quota: "Number of iterations in a #foreach ... #end loop in mapping templates: 1,000". */
export const MAX_FOREACH_ITERATIONS = 1000;

class BreakSignal {}
class StopSignal {}

/**
 * Renders parsed nodes against a context. Velocity 1.7 semantics, which API Gateway runs: one
 * global context (a #foreach variable outlives its loop), #set of a null value leaves the target
 * unchanged, a reference without a value is written as it was typed unless it is quiet (`$!x`).
 */
class Renderer {
  private readonly out: string[] = [];

  constructor(
    private readonly source: string,
    private readonly context: Map<string, unknown>,
  ) {}

  run(nodes: Node[]): string {
    try {
      this.nodes(nodes, this.out);
    } catch (signal) {
      if (!(signal instanceof StopSignal) && !(signal instanceof BreakSignal)) throw signal;
    }
    return this.out.join('');
  }

  private nodes(nodes: Node[], out: string[]): void {
    for (const node of nodes) this.node(node, out);
  }

  private node(node: Node, out: string[]): void {
    switch (node.kind) {
      case 'text':
        out.push(node.text);
        return;
      case 'output': {
        const value = this.reference(node.reference);
        if (value === null || value === undefined) out.push(node.reference.quiet ? '' : node.reference.source);
        else out.push(toText(value));
        return;
      }
      case 'set':
        this.assign(node.target, this.expression(node.value));
        return;
      case 'if': {
        const branch = node.branches.find((candidate) => isTruthy(this.expression(candidate.condition)));
        this.nodes(branch ? branch.body : node.otherwise, out);
        return;
      }
      case 'foreach':
        this.loop(node, out);
        return;
      case 'break':
        throw new BreakSignal();
      case 'stop':
        throw new StopSignal();
    }
  }

  private loop(node: Extract<Node, { kind: 'foreach' }>, out: string[]): void {
    const collection = this.expression(node.items);
    const items: unknown[] = Array.isArray(collection) ? collection : isRecord(collection) ? Object.values(collection) : collection === null || collection === undefined ? [] : [collection];
    const outer = this.context.get('foreach');
    try {
      for (let index = 0; index < items.length; index++) {
        if (index >= MAX_FOREACH_ITERATIONS) throw errorAt(this.source, node.at, `#foreach ran more than ${MAX_FOREACH_ITERATIONS} iterations, API Gateway's limit`);
        const hasNext = index < items.length - 1;
        this.context.set(node.variable, items[index]);
        this.context.set('foreach', { index, count: index + 1, hasNext, first: index === 0, last: !hasNext });
        this.context.set('velocityCount', index + 1);
        this.context.set('velocityHasNext', hasNext);
        this.nodes(node.body, out);
      }
    } catch (signal) {
      if (!(signal instanceof BreakSignal)) throw signal;
    } finally {
      if (outer === undefined) this.context.delete('foreach');
      else this.context.set('foreach', outer);
    }
  }

  private assign(target: Reference, value: unknown): void {
    if (value === null || value === undefined) return;
    if (target.segments.length === 0) {
      this.context.set(target.name, value);
      return;
    }
    const owner = this.resolve({ ...target, segments: target.segments.slice(0, -1) });
    const last = target.segments[target.segments.length - 1];
    if (last?.kind === 'property' && isRecord(owner)) owner[last.name] = value;
    else if (last?.kind === 'index' && Array.isArray(owner)) owner[Number(this.expression(last.index))] = value;
    else if (last?.kind === 'index' && isRecord(owner)) owner[toText(this.expression(last.index))] = value;
    else throw errorAt(this.source, target.at, `Cannot assign to ${target.source}`);
  }

  /** The value of a reference, or undefined when any step has none. */
  private reference(reference: Reference): unknown {
    return this.resolve(reference);
  }

  private resolve(reference: Reference): unknown {
    let value: unknown = this.context.has(reference.name) ? this.context.get(reference.name) : undefined;
    for (const segment of reference.segments) {
      if (value === null || value === undefined) return undefined;
      let next: unknown;
      if (segment.kind === 'property') next = getProperty(value, segment.name);
      else if (segment.kind === 'call') next = this.call(reference, value, segment.name, segment.args.map((arg) => this.expression(arg)));
      else {
        const key = this.expression(segment.index);
        next = Array.isArray(value) ? value[Number(key)] : isRecord(value) ? value[toText(key)] : MISSING;
      }
      value = next === MISSING ? undefined : next;
    }
    return value;
  }

  private call(reference: Reference, target: unknown, name: string, args: unknown[]): unknown {
    try {
      return callMethod(target, name, args);
    } catch (error) {
      // A method that fails (bad JSON for parseJson, a bad JSONPath) is the template's error.
      const reason = error instanceof Error ? error.message : String(error);
      throw errorAt(this.source, reference.at, `${reference.source} failed: ${reason}`);
    }
  }

  private expression(expression: Expression): unknown {
    switch (expression.kind) {
      case 'reference':
        return this.resolve(expression);
      case 'literal':
        return expression.value;
      case 'interpolated': {
        const out: string[] = [];
        this.nodes(expression.parts, out);
        return out.join('');
      }
      case 'list':
        return expression.items.map((item) => this.expression(item));
      case 'range': {
        const from = Math.trunc(Number(this.expression(expression.from)));
        const to = Math.trunc(Number(this.expression(expression.to)));
        if (!Number.isFinite(from) || !Number.isFinite(to)) throw errorAt(this.source, expression.at, 'A range needs whole numbers, as in [1..5]');
        const step = from <= to ? 1 : -1;
        return Array.from({ length: Math.abs(to - from) + 1 }, (_, i) => from + i * step);
      }
      case 'map': {
        const map: Record<string, unknown> = {};
        for (const entry of expression.entries) map[toText(this.expression(entry.key))] = this.expression(entry.value);
        return map;
      }
      case 'unary': {
        const operand = this.expression(expression.operand);
        if (expression.op === '!') return !isTruthy(operand);
        return typeof operand === 'number' ? -operand : null;
      }
      case 'binary':
        return this.binary(expression);
    }
  }

  private binary(expression: Extract<Expression, { kind: 'binary' }>): unknown {
    const { op } = expression;
    if (op === '||') return isTruthy(this.expression(expression.left)) || isTruthy(this.expression(expression.right));
    if (op === '&&') return isTruthy(this.expression(expression.left)) && isTruthy(this.expression(expression.right));
    const left = this.expression(expression.left);
    const right = this.expression(expression.right);
    if (op === '==') return velocityEquals(left, right);
    if (op === '!=') return !velocityEquals(left, right);
    if (typeof left !== 'number' || typeof right !== 'number') {
      // Velocity 1.7 compares and adds numbers only: anything else compares false and adds up to null.
      return op === '<' || op === '<=' || op === '>' || op === '>=' ? false : null;
    }
    switch (op) {
      case '<':
        return left < right;
      case '<=':
        return left <= right;
      case '>':
        return left > right;
      case '>=':
        return left >= right;
      case '+':
        return left + right;
      case '-':
        return left - right;
      case '*':
        return left * right;
      case '/':
        if (right === 0) return null;
        return Number.isInteger(left) && Number.isInteger(right) ? Math.trunc(left / right) : left / right;
      case '%':
        return right === 0 ? null : left % right;
    }
  }
}

/** A parsed template, reusable across requests (API Gateway parses a mapping template once per deployment). */
export class CompiledTemplate {
  private readonly nodes: Node[];

  constructor(readonly source: string) {
    this.nodes = parseTemplate(source);
  }

  render(variables: Record<string, unknown>): string {
    return new Renderer(this.source, new Map(Object.entries(variables))).run(this.nodes);
  }
}

export function renderTemplate(source: string, variables: Record<string, unknown>): string {
  return new CompiledTemplate(source).render(variables);
}
