import { z } from 'zod';
import type { LoadBalancerDetail, LoadBalancerPage, TargetHealthPage, TargetHealthRow } from '../domain/load-balancers';
import type { WatchEvent } from '../domain/watch';
import { healthCheckSchema, loadBalancerNameSchema, targetGroupArnSchema, targetSchema } from '../validation/load-balancers';
import type { LOAD_BALANCERS_REQUESTS, LOAD_BALANCERS_STREAMS } from './load-balancers.channels';
import { empty, request, returns, stream, type AnyRequestSpec, type AnyStreamSpec, type SameKeys } from './spec';

/** The target group's name for dialogs and the journal: the ARN's `targetgroup/<name>/` part. */
export const targetGroupNameOf = (arn: string) => /targetgroup\/([^/]+)\//.exec(arn)?.[1] ?? arn;

const targetGroup = { targetGroupArn: targetGroupArnSchema };
const targets = z.array(targetSchema).min(1, 'Choose at least one target.').max(500, 'At most 500 targets a call.');
const targetsTarget = (input: { targetGroupArn: string; targets: { id: string }[] }) =>
  `${input.targets.length === 1 ? (input.targets[0]?.id ?? '') : `${input.targets.length} targets`} in ${targetGroupNameOf(input.targetGroupArn)}`;

export const updateHealthCheckSchema = z.object({ ...targetGroup, healthCheck: healthCheckSchema }).strict();
export type UpdateHealthCheckInput = z.infer<typeof updateHealthCheckSchema>;

export const loadBalancersRequests = {
  /** Every load balancer (application, network) with its state, DNS name and target health counts (400 at most; a notice beyond). */
  'loadBalancers.list': request({ input: empty, output: returns<LoadBalancerPage>() }),
  /** One load balancer by name (unique per account and region; the console's addresses use it): attributes, listeners with rules, target groups with health-check settings and health counts. */
  'loadBalancers.describe': request({ input: z.object({ name: loadBalancerNameSchema }).strict(), output: returns<LoadBalancerDetail>() }),
  /** Health of every target registered in a target group (DescribeTargetHealth). */
  'loadBalancers.targets': request({ input: z.object(targetGroup).strict(), output: returns<TargetHealthPage>() }),
  /** Registering sends traffic to new targets once healthy: confirmed. */
  'loadBalancers.registerTargets': request({
    input: z.object({ ...targetGroup, targets }).strict(),
    output: returns<{ registered: number }>(),
    mutation: { action: 'Register targets', target: targetsTarget, destructive: true },
  }),
  /** Deregistering drains the targets (in-flight requests finish within the deregistration delay): confirmed. */
  'loadBalancers.deregisterTargets': request({
    input: z.object({ ...targetGroup, targets }).strict(),
    output: returns<{ deregistered: number }>(),
    mutation: { action: 'Deregister targets', target: targetsTarget, destructive: true },
  }),
  /** New health-check settings change which targets receive traffic: confirmed. */
  'loadBalancers.updateHealthCheck': request({
    input: updateHealthCheckSchema,
    output: returns<{ updated: true }>(),
    mutation: { action: 'Change health check', target: (input: UpdateHealthCheckInput) => targetGroupNameOf(input.targetGroupArn), destructive: true },
  }),
} satisfies Record<(typeof LOAD_BALANCERS_REQUESTS)[number], AnyRequestSpec>;

export const loadBalancersStreams = {
  /** Target health of one target group, live: a snapshot, then what changed each poll (keyed `<id>:<port>`). */
  'loadBalancers.watchTargets': stream({
    input: z.object(targetGroup).strict(),
    event: returns<WatchEvent<TargetHealthRow>>(),
    sessionScoped: true,
  }),
} satisfies Record<(typeof LOAD_BALANCERS_STREAMS)[number], AnyStreamSpec>;

export const loadBalancersChannelsMatch: [
  SameKeys<keyof typeof loadBalancersRequests, (typeof LOAD_BALANCERS_REQUESTS)[number]>,
  SameKeys<keyof typeof loadBalancersStreams, (typeof LOAD_BALANCERS_STREAMS)[number]>,
] = [true, true];
