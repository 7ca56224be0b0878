import { z } from 'zod';
import type { MetricChart, MetricDashboard } from '../domain/metrics';
import { restApiNameSchema, stageNameSchema } from '../validation/apis';
import { endpointNameSchema } from '../validation/endpoints';
import { loadBalancerArnSchema } from '../validation/load-balancers';
import { alarmNameSchema } from './alarms';
import type { METRICS_REQUESTS, METRICS_STREAMS } from './metrics.channels';
import { request, returns, type AnyRequestSpec, type AnyStreamSpec, type SameKeys } from './spec';

/** 1 minute to 2 weeks back from now, or an absolute window within CloudWatch's 15 months. */
export const metricRangeSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('relative'), minutes: z.number().int().min(5, 'At least 5 minutes.').max(20_160, 'At most 2 weeks.') }).strict(),
  z
    .object({ kind: z.literal('absolute'), start: z.iso.datetime({ offset: true }), end: z.iso.datetime({ offset: true }) })
    .strict()
    .refine((r) => Date.parse(r.start) < Date.parse(r.end), { path: ['end'], message: 'The end must be after the start.' }),
]);

export const metricsRequests = {
  /**
   * An endpoint's dashboard in one GetMetricData call: invocations, model latency p50/p90/p99,
   * overhead latency, 4XX/5XX, CPU and memory, with the thresholds of alarms on those metrics.
   */
  'metrics.endpoint': request({
    input: z.object({ endpointName: endpointNameSchema, range: metricRangeSchema }).strict(),
    output: returns<MetricDashboard>(),
  }),
  /** The metric an alarm watches, at the alarm's statistic, with its threshold. */
  'metrics.alarm': request({
    input: z.object({ name: alarmNameSchema, range: metricRangeSchema }).strict(),
    output: returns<MetricChart>(),
  }),
  /** A REST API stage's dashboard in one GetMetricData call: Count, 4XX/5XX, Latency and IntegrationLatency (AWS/ApiGateway, ApiName + Stage). */
  'metrics.api': request({
    input: z.object({ apiName: restApiNameSchema, stageName: stageNameSchema, range: metricRangeSchema }).strict(),
    output: returns<MetricDashboard>(),
  }),
  /** A load balancer's dashboard in one GetMetricData call: healthy/unhealthy hosts per target group, requests, target response time, target 5XX (ALB) or flows and bytes (NLB). */
  'metrics.loadBalancer': request({
    input: z.object({ arn: loadBalancerArnSchema, range: metricRangeSchema }).strict(),
    output: returns<MetricDashboard>(),
  }),
} satisfies Record<(typeof METRICS_REQUESTS)[number], AnyRequestSpec>;

export const metricsStreams = {} satisfies Record<(typeof METRICS_STREAMS)[number], AnyStreamSpec>;

export const metricsChannelsMatch: [
  SameKeys<keyof typeof metricsRequests, (typeof METRICS_REQUESTS)[number]>,
  SameKeys<keyof typeof metricsStreams, (typeof METRICS_STREAMS)[number]>,
] = [true, true];
