import type { loadBalancersRequests, loadBalancersStreams } from '../../../../shared/contract/load-balancers';
import type { LoadBalancerDetail, TargetHealthRow } from '../../../../shared/domain/load-balancers';
import type { WatchEvent } from '../../../../shared/domain/watch';
import { SageDeckError } from '../../../../shared/errors';
import type { RequestHandlersOf, StreamHandlersOf } from '../../../../electron/core/rpc/handlers';

const ACCOUNT = '123456789012';
export const ALB_ARN = `arn:aws:elasticloadbalancing:us-east-1:${ACCOUNT}:loadbalancer/app/churn-internal-alb/50dc6c495c0c9188`;
export const TG_ARN = `arn:aws:elasticloadbalancing:us-east-1:${ACCOUNT}:targetgroup/churn-inference-proxy/73e2d6bc24d8a067`;

export function targetRow(n: number, overrides: Partial<TargetHealthRow> = {}): TargetHealthRow {
  const id = `i-0a1b2c3d4e5f6000${n}`;
  return { key: `${id}:8080`, id, port: 8080, availabilityZone: `us-east-1${'abc'[n - 1] ?? 'a'}`, state: 'healthy', ...overrides };
}

export function albDetail(): LoadBalancerDetail {
  const health = { healthy: 2, unhealthy: 1, other: 0 };
  return {
    summary: {
      arn: ALB_ARN,
      name: 'churn-internal-alb',
      type: 'application',
      scheme: 'internal',
      state: 'active',
      dnsName: 'internal-churn-internal-alb-1234567890.us-east-1.elb.amazonaws.com',
      vpcId: 'vpc-0sandbox0000churn',
      availabilityZones: ['us-east-1a', 'us-east-1b', 'us-east-1c'],
      createdAt: '2026-11-20T10:00:00.000Z',
      tags: { team: 'mlops', 'sagedeck:endpoint': 'churn-prod' },
      servesEndpoint: 'churn-prod',
      health,
    },
    attributes: { 'deletion_protection.enabled': 'false', 'idle_timeout.timeout_seconds': '60' },
    listeners: [
      {
        arn: `${ALB_ARN.replace(':loadbalancer/', ':listener/')}/f1`,
        protocol: 'HTTP',
        port: 80,
        defaultActions: [{ type: 'forward', targetGroups: [{ arn: TG_ARN, name: 'churn-inference-proxy' }] }],
        rules: [{ arn: 'rule-1', priority: '10', conditions: ['path-pattern: /v2/*'], actions: [{ type: 'forward', targetGroups: [{ arn: TG_ARN, name: 'churn-inference-proxy' }] }] }],
      },
    ],
    targetGroups: [
      {
        arn: TG_ARN,
        name: 'churn-inference-proxy',
        protocol: 'HTTP',
        port: 8080,
        targetType: 'instance',
        vpcId: 'vpc-0sandbox0000churn',
        loadBalancerArns: [ALB_ARN],
        healthCheck: { enabled: true, protocol: 'HTTP', port: 'traffic-port', path: '/ping', intervalSeconds: 30, timeoutSeconds: 5, healthyThreshold: 5, unhealthyThreshold: 2, matcher: '200' },
        deregistrationDelaySeconds: 300,
        health,
        tags: { team: 'mlops', 'sagedeck:endpoint': 'churn-prod' },
      },
    ],
    notices: [],
  };
}

/**
 * loadBalancers.*: the demo ALB with three targets, the third unhealthy. `setTargets` replaces a
 * target group's rows and emits the change to every open watcher, as core's watcher would.
 */
export class FakeLoadBalancers {
  readonly details = new Map<string, LoadBalancerDetail>([[ALB_ARN, albDetail()]]);
  readonly targets = new Map<string, TargetHealthRow[]>([
    [TG_ARN, [targetRow(1), targetRow(2), targetRow(3, { state: 'unhealthy', reason: 'Target.ResponseCodeMismatch', description: 'Health checks failed with these codes: [502]' })]],
  ]);
  /** What core says when the list is incomplete (over 400, or an endpoint without an operation). */
  notice: string | undefined;
  private readonly watchers = new Map<string, Set<(event: WatchEvent<TargetHealthRow>) => void>>();

  setTargets(targetGroupArn: string, rows: TargetHealthRow[]): void {
    const before = new Map((this.targets.get(targetGroupArn) ?? []).map((row) => [row.key, row]));
    this.targets.set(targetGroupArn, rows);
    const added = rows.filter((row) => !before.has(row.key));
    const updated = rows.filter((row) => before.has(row.key) && JSON.stringify(before.get(row.key)) !== JSON.stringify(row));
    const removed = [...before.keys()].filter((key) => !rows.some((row) => row.key === key));
    for (const emit of this.watchers.get(targetGroupArn) ?? []) emit({ type: 'changes', added, updated, removed });
  }

  private rowsOf(arn: string): TargetHealthRow[] {
    const rows = this.targets.get(arn);
    if (!rows) throw new SageDeckError({ code: 'TargetGroupNotFound', message: `Target groups '${arn}' not found`, retryable: false });
    return rows;
  }

  readonly requests: RequestHandlersOf<typeof loadBalancersRequests> = {
    'loadBalancers.list': async () => ({ items: [...this.details.values()].map((detail) => detail.summary), ...(this.notice ? { notice: this.notice } : {}) }),
    'loadBalancers.describe': async (input) => {
      const detail = [...this.details.values()].find((candidate) => candidate.summary.name === input.name);
      if (!detail) throw new SageDeckError({ code: 'LoadBalancerNotFound', message: `Load balancers '[${input.name}]' not found`, retryable: false });
      return detail;
    },
    'loadBalancers.targets': async (input) => ({ targetGroupArn: input.targetGroupArn, items: this.rowsOf(input.targetGroupArn) }),
    'loadBalancers.registerTargets': async (input) => {
      const rows = this.rowsOf(input.targetGroupArn);
      const added = input.targets.map((t) => ({ key: `${t.id}:${t.port ?? 8080}`, id: t.id, port: t.port ?? 8080, state: 'initial' as const, reason: 'Elb.RegistrationInProgress' }));
      this.setTargets(input.targetGroupArn, [...rows, ...added]);
      return { registered: input.targets.length };
    },
    'loadBalancers.deregisterTargets': async (input) => {
      const ids = new Set(input.targets.map((t) => t.id));
      this.setTargets(
        input.targetGroupArn,
        this.rowsOf(input.targetGroupArn).map((row) => (ids.has(row.id) ? { ...row, state: 'draining' as const, reason: 'Target.DeregistrationInProgress' } : row)),
      );
      return { deregistered: input.targets.length };
    },
    'loadBalancers.updateHealthCheck': async (input) => {
      for (const detail of this.details.values())
        for (const group of detail.targetGroups) if (group.arn === input.targetGroupArn) group.healthCheck = { enabled: true, ...input.healthCheck, port: input.healthCheck.port };
      return { updated: true };
    },
  };
  readonly streams: StreamHandlersOf<typeof loadBalancersStreams> = {
    'loadBalancers.watchTargets': (input, emit) => {
      const set = this.watchers.get(input.targetGroupArn) ?? new Set();
      set.add(emit);
      this.watchers.set(input.targetGroupArn, set);
      emit({ type: 'snapshot', items: this.rowsOf(input.targetGroupArn) });
      return () => set.delete(emit);
    },
  };
}
