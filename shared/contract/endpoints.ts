import { z } from 'zod';
import type {
  Budget,
  DeployResult,
  DeploymentProgress,
  EndpointAlarm,
  EndpointDetail,
  EndpointMetrics,
  EndpointPage,
  EndpointScaling,
  EndpointSummary,
  InstanceTypeChangeResult,
  InvocationResult,
  RecentPayload,
  RollbackPlan,
  RollbackResult,
  ScalingCost,
  VariantScaling,
} from '../domain/endpoints';
import { ENDPOINT_STATUSES } from '../domain/endpoints';
import type { WatchEvent } from '../domain/watch';
import {
  deploySchema,
  endpointConfigNameSchema,
  endpointNameSchema,
  hostingInstanceTypeSchema,
  invokeSchema,
  setScalingSchema,
  variantNameSchema,
} from '../validation/endpoints';
import type { ENDPOINTS_REQUESTS, ENDPOINTS_STREAMS } from './endpoints.channels';
import { empty, request, returns, stream, type AnyRequestSpec, type AnyStreamSpec, type SameKeys } from './spec';

const endpointRef = z.object({ endpointName: endpointNameSchema }).strict();

/** The filters ListEndpoints / Search take; the watcher and the list share them. */
const endpointQuery = {
  status: z.enum(ENDPOINT_STATUSES).optional(),
  nameContains: z
    .string()
    .max(63)
    .regex(/^[a-zA-Z0-9-]*$/, 'Endpoint names hold letters, digits and hyphens only.')
    .optional(),
};

export const endpointsRequests = {
  /** One page of endpoints, newest first, with variants and the model version each serves. */
  'endpoints.list': request({
    input: z
      .object({ ...endpointQuery, nextToken: z.string().max(8192).optional(), maxResults: z.number().int().min(1).max(100).default(100) })
      .strict(),
    output: returns<EndpointPage>(),
  }),
  /** Status, variants, a running deployment, and the deployment history (newest first). */
  'endpoints.describe': request({ input: endpointRef, output: returns<EndpointDetail>() }),
  /** Invocations and ModelLatency sparklines of each named endpoint: one GetMetricData call for all. */
  'endpoints.metrics': request({
    input: z
      .object({
        endpointNames: z.array(endpointNameSchema).min(1).max(50),
        /** How far back, in minutes (the period grows with it: 60 points at most). */
        minutes: z.number().int().min(15).max(10_080).default(180),
      })
      .strict(),
    output: returns<EndpointMetrics[]>(),
  }),
  /** CloudWatch alarms on the endpoint's metrics (an `EndpointName` dimension): the auto-rollback choices. */
  'endpoints.alarms': request({ input: endpointRef, output: returns<EndpointAlarm[]>() }),
  /**
   * Deploys a model package version: creates the model, a tagged endpoint config, and the endpoint
   * (new) or a blue/green UpdateEndpoint with the strategy and rollback alarms. A version that is
   * not Approved is refused unless `override` with a `reason` (both journalled with the request).
   * Follow it with `endpoints.deployment`.
   */
  'endpoints.deploy': request({
    input: deploySchema,
    output: returns<DeployResult>(),
    mutation: { action: 'Deploy model version', target: (input) => input.endpointName, destructive: false },
  }),
  /** What a rollback would change (variants before and after), and whether AWS would refuse it now. */
  'endpoints.rollbackPlan': request({
    input: z.object({ endpointName: endpointNameSchema, toConfigName: endpointConfigNameSchema.optional() }).strict(),
    output: returns<RollbackPlan>(),
  }),
  /**
   * Updates the endpoint to the previous config in its chain (or `toConfigName`), blue/green with no
   * downtime. Refused with a retryable error while an update is in progress.
   */
  'endpoints.rollback': request({
    input: z.object({ endpointName: endpointNameSchema, toConfigName: endpointConfigNameSchema.optional() }).strict(),
    output: returns<RollbackResult>(),
    mutation: { action: 'Roll back endpoint', target: (input) => input.endpointName, destructive: true },
  }),
  /** Each variant's scalable target, policies, recent activities and cost at min/max. */
  'endpoints.scaling': request({ input: endpointRef, output: returns<EndpointScaling>() }),
  /** Hourly and monthly cost at min and max capacity, and the budget warning, before saving. */
  'endpoints.scalingCost': request({
    input: z
      .object({
        instanceType: hostingInstanceTypeSchema,
        minCapacity: z.number().int().min(1),
        maxCapacity: z.number().int().min(1),
      })
      .strict(),
    output: returns<ScalingCost>(),
  }),
  /** Registers (or updates) the variant's scalable target and, when given, its target-tracking policy. */
  'endpoints.setScaling': request({
    input: setScalingSchema,
    output: returns<VariantScaling>(),
    mutation: { action: 'Change endpoint autoscaling', target: (input) => input.endpointName, destructive: false },
  }),
  /**
   * Changes an autoscaled variant's instance type as AWS requires: deregister the scalable target,
   * update the endpoint to a copy of its config with the new type, re-register (with the same
   * policies) once it is InService again.
   */
  'endpoints.changeInstanceType': request({
    input: z.object({ endpointName: endpointNameSchema, variantName: variantNameSchema, instanceType: hostingInstanceTypeSchema }).strict(),
    output: returns<InstanceTypeChangeResult>(),
    mutation: { action: 'Change endpoint instance type', target: (input) => input.endpointName, destructive: true },
  }),
  /** The session profile's monthly endpoint budget (stored locally). */
  'endpoints.budget': request({ input: empty, output: returns<Budget>() }),
  'endpoints.setBudget': request({
    input: z.object({ monthlyUsd: z.number().positive('Above 0.').max(1e9).nullable() }).strict(),
    output: returns<Budget>(),
    mutation: { action: 'Set endpoint budget', target: () => 'endpoint budget', destructive: false },
  }),
  /** InvokeEndpoint with a JSON or CSV payload: the answer, latency and the variant that answered. */
  'endpoints.invoke': request({ input: invokeSchema, output: returns<InvocationResult>() }),
  /** The last payloads sent to this endpoint from SageDeck (newest first, at most 10). */
  'endpoints.recentPayloads': request({ input: endpointRef, output: returns<RecentPayload[]>() }),
} satisfies Record<(typeof ENDPOINTS_REQUESTS)[number], AnyRequestSpec>;

export const endpointsStreams = {
  /** The newest endpoints matching the query (up to 100), snapshot first, then changes. */
  'endpoints.watch': stream({
    input: z.object(endpointQuery).strict(),
    event: returns<WatchEvent<EndpointSummary>>(),
    sessionScoped: true,
  }),
  /**
   * One endpoint's deployment as it runs (a single item keyed by the endpoint name): phase, step,
   * alarms watched, AWS's reason; `done` once InService, Failed or rolled back.
   */
  'endpoints.deployment': stream({
    input: endpointRef,
    event: returns<WatchEvent<DeploymentProgress>>(),
    sessionScoped: true,
  }),
} satisfies Record<(typeof ENDPOINTS_STREAMS)[number], AnyStreamSpec>;

export const endpointsChannelsMatch: [
  SameKeys<keyof typeof endpointsRequests, (typeof ENDPOINTS_REQUESTS)[number]>,
  SameKeys<keyof typeof endpointsStreams, (typeof ENDPOINTS_STREAMS)[number]>,
] = [true, true];
