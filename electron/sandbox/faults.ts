import { randomUUID } from 'node:crypto';

export type FaultKind = 'throttle' | 'error5xx' | 'latency' | 'drop' | 'accessDenied' | 'unknownOperation';

export interface FaultSpec {
  /** `service:Operation` (`sagemaker:ListTrainingJobs`), `service:*`, a bare `Operation`, or `*`. */
  operation: string;
  kind: FaultKind;
  /** Probability per matching request, 0..1 (default 1). */
  rate?: number;
  /** Apply this many times, then the rule retires (default: until cleared). */
  count?: number;
  /** For `latency`: real milliseconds added before the handler runs. */
  latencyMs?: number;
}

export interface FaultRule extends Required<Pick<FaultSpec, 'operation' | 'kind' | 'rate'>> {
  id: string;
  remaining?: number;
  latencyMs?: number;
}

export interface FaultDecision {
  latencyMs: number;
  failure?: Exclude<FaultKind, 'latency'>;
}

const KINDS: readonly FaultKind[] = ['throttle', 'error5xx', 'latency', 'drop', 'accessDenied', 'unknownOperation'];

/** Checks a control-API body; returns the problem in words, or the spec. */
export function parseFaultSpec(body: unknown): FaultSpec | string {
  if (typeof body !== 'object' || body === null) return 'body must be a JSON object';
  const spec = body as Record<string, unknown>;
  if (typeof spec.operation !== 'string' || spec.operation === '')
    return 'operation must be a non-empty string such as "sts:GetCallerIdentity" or "*"';
  if (typeof spec.kind !== 'string' || !KINDS.includes(spec.kind as FaultKind))
    return `kind must be one of ${KINDS.join(', ')}`;
  if (spec.rate !== undefined && (typeof spec.rate !== 'number' || spec.rate < 0 || spec.rate > 1))
    return 'rate must be a number from 0 to 1';
  if (spec.count !== undefined && (typeof spec.count !== 'number' || !Number.isInteger(spec.count) || spec.count < 1))
    return 'count must be a positive integer';
  if (
    spec.latencyMs !== undefined &&
    (typeof spec.latencyMs !== 'number' || spec.latencyMs < 0 || spec.latencyMs > 600_000)
  )
    return 'latencyMs must be 0..600000';
  if (spec.kind === 'latency' && spec.latencyMs === undefined) return 'latency faults need latencyMs';
  return {
    operation: spec.operation,
    kind: spec.kind as FaultKind,
    rate: spec.rate as number | undefined,
    count: spec.count as number | undefined,
    latencyMs: spec.latencyMs as number | undefined,
  };
}

function matches(rule: FaultRule, service: string, operation: string): boolean {
  if (rule.operation === '*') return true;
  const colon = rule.operation.indexOf(':');
  if (colon < 0) return rule.operation === operation;
  const ruleService = rule.operation.slice(0, colon);
  const ruleOperation = rule.operation.slice(colon + 1);
  return ruleService === service && (ruleOperation === '*' || ruleOperation === operation);
}

/** Fault rules from the control API, consulted before each handler runs. */
export class FaultInjector {
  private rules: FaultRule[] = [];

  constructor(private readonly random: () => number = Math.random) {}

  add(spec: FaultSpec): FaultRule {
    const rule: FaultRule = { id: randomUUID(), operation: spec.operation, kind: spec.kind, rate: spec.rate ?? 1 };
    if (spec.count !== undefined) rule.remaining = spec.count;
    if (spec.latencyMs !== undefined) rule.latencyMs = spec.latencyMs;
    this.rules.push(rule);
    return { ...rule };
  }

  list(): FaultRule[] {
    return this.rules.map((rule) => ({ ...rule }));
  }

  clear(): void {
    this.rules = [];
  }

  get active(): boolean {
    return this.rules.length > 0;
  }

  /** Latency adds up over matching rules; the first matching failure wins. */
  decide(service: string, operation: string): FaultDecision {
    const decision: FaultDecision = { latencyMs: 0 };
    for (const rule of this.rules) {
      if (!matches(rule, service, operation)) continue;
      if (rule.kind !== 'latency' && decision.failure) continue;
      if (rule.rate < 1 && this.random() >= rule.rate) continue;
      if (rule.remaining !== undefined) rule.remaining -= 1;
      if (rule.kind === 'latency') decision.latencyMs += rule.latencyMs ?? 0;
      else decision.failure = rule.kind;
    }
    this.rules = this.rules.filter((rule) => rule.remaining === undefined || rule.remaining > 0);
    return decision;
  }
}
