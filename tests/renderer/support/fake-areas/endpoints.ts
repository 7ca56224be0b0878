import type { z } from 'zod';
import type { endpointsRequests, endpointsStreams } from '../../../../shared/contract/endpoints';
import type {
  Budget,
  DeploymentProgress,
  EndpointAlarm,
  EndpointDetail,
  EndpointScaling,
  EndpointSummary,
  InvocationResult,
  RecentPayload,
} from '../../../../shared/domain/endpoints';
import type { WatchEvent } from '../../../../shared/domain/watch';
import { SageDeckError } from '../../../../shared/errors';
import type { RequestHandlersOf, StreamHandlersOf } from '../../../../electron/core/rpc/handlers';

type WatchInput = z.output<(typeof endpointsStreams)['endpoints.watch']['input']>;
type Watcher = { input: WatchInput; emit: (event: WatchEvent<EndpointSummary>) => void };

const ACCOUNT = '123456789012';

function awsError(code: string, message: string, retryable = false): SageDeckError {
  return new SageDeckError({ code, message, retryable, requestId: 'fake-request-id' });
}

/** An InService endpoint serving `churn-prediction` version `version` on ml.m5.large × 2. */
export function endpointSummary(name: string, version = 3, overrides: Partial<EndpointSummary> = {}): EndpointSummary {
  return {
    name,
    arn: `arn:aws:sagemaker:us-east-1:${ACCOUNT}:endpoint/${name}`,
    status: 'InService',
    configName: `${name}-config-v${version}`,
    createdAt: '2026-11-20T10:00:00.000Z',
    lastModifiedAt: '2026-11-25T10:00:00.000Z',
    deploymentInProgress: false,
    variants: [
      {
        variantName: 'AllTraffic',
        modelName: `churn-xgb-v${version}`,
        modelVersion: { packageArn: `arn:aws:sagemaker:us-east-1:${ACCOUNT}:model-package/churn-prediction/${version}`, group: 'churn-prediction', version },
        instanceType: 'ml.m5.large',
        currentInstanceCount: 2,
        desiredInstanceCount: 2,
        currentWeight: 1,
        desiredWeight: 1,
      },
    ],
    ...overrides,
  };
}

/** A detail for a listed endpoint: its config serving, no history beyond it; tests override any part. */
export function endpointDetailOf(endpoint: EndpointSummary): EndpointDetail {
  const variants = endpoint.variants.map((v) => ({
    variantName: v.variantName,
    ...(v.modelName ? { modelName: v.modelName } : {}),
    ...(v.modelVersion ? { modelVersion: v.modelVersion } : {}),
    ...(v.instanceType ? { instanceType: v.instanceType } : {}),
    ...(v.currentInstanceCount !== undefined ? { instanceCount: v.currentInstanceCount } : {}),
  }));
  return {
    ...endpoint,
    tags: {},
    history: [{ configName: endpoint.configName ?? '', variants, createdBySageDeck: false, outcome: 'serving' }],
  };
}

/**
 * endpoints.*: an in-memory endpoint list (`endpoints`), details (`details` overrides what
 * `endpointDetailOf` builds), `update` to change one and tell the watchers as a poll would,
 * `progress` to drive endpoints.deployment. Handlers the screens do not use yet refuse plainly.
 * The renderer's engineer owns and grows this fake.
 */
export class FakeEndpoints {
  endpoints: EndpointSummary[];
  details = new Map<string, Partial<EndpointDetail>>();
  alarms = new Map<string, EndpointAlarm[]>();
  scaling = new Map<string, EndpointScaling>();
  payloads = new Map<string, RecentPayload[]>();
  budget: Budget = { profile: 'sandbox' };
  /** What endpoints.invoke answers next. */
  invocation: InvocationResult = { statusCode: 200, contentType: 'application/json', body: '{"predictions":[{"score":0.2,"predicted_label":0}]}', latencyMs: 12, invokedVariant: 'AllTraffic' };
  private readonly watchers = new Set<Watcher>();
  private readonly deployments = new Map<string, Set<(event: WatchEvent<DeploymentProgress>) => void>>();

  constructor(endpoints: EndpointSummary[] = []) {
    this.endpoints = endpoints;
  }

  /** Adds or changes an endpoint and tells every open endpoints.watch. */
  update(endpoint: EndpointSummary): void {
    const before = this.endpoints.some((e) => e.name === endpoint.name);
    this.endpoints = before ? this.endpoints.map((e) => (e.name === endpoint.name ? endpoint : e)) : [endpoint, ...this.endpoints];
    for (const watcher of this.watchers) watcher.emit({ type: 'changes', added: before ? [] : [endpoint], updated: before ? [endpoint] : [], removed: [] });
  }

  /** Sends a deployment progress update to the open endpoints.deployment streams of that endpoint. */
  progress(state: DeploymentProgress): void {
    for (const emit of this.deployments.get(state.endpointName) ?? []) emit({ type: 'changes', added: [], updated: [state], removed: [] });
  }

  private find(name: string): EndpointSummary {
    const endpoint = this.endpoints.find((e) => e.name === name);
    if (!endpoint) throw awsError('ValidationException', `Could not find endpoint "arn:aws:sagemaker:us-east-1:${ACCOUNT}:endpoint/${name}".`);
    return endpoint;
  }

  private detail(name: string): EndpointDetail {
    const endpoint = this.find(name);
    return { ...endpointDetailOf(endpoint), ...this.details.get(name) };
  }

  readonly requests: RequestHandlersOf<typeof endpointsRequests> = {
    'endpoints.list': async (input) => ({
      items: this.endpoints.filter((e) => (!input.status || e.status === input.status) && (!input.nameContains || e.name.includes(input.nameContains))),
    }),
    'endpoints.describe': async (input) => this.detail(input.endpointName),
    'endpoints.metrics': async (input) =>
      input.endpointNames.map((endpointName) => ({ endpointName, periodSeconds: 300, start: '2026-11-26T09:00:00.000Z', end: '2026-11-26T12:00:00.000Z', invocations: [], modelLatencyMs: [], variants: [] })),
    'endpoints.alarms': async (input) => this.alarms.get(input.endpointName) ?? [],
    'endpoints.deploy': async (input) => {
      const endpoint = this.endpoints.find((e) => e.name === input.endpointName);
      if (endpoint?.deploymentInProgress) throw awsError('ValidationException', `Cannot update in-progress endpoint "${endpoint.arn}".`, true);
      const configName = `${input.endpointName}-${Date.now()}`;
      if (endpoint) this.update({ ...endpoint, status: 'Updating', deploymentInProgress: true });
      return { endpointName: input.endpointName, modelName: configName, configName, createdEndpoint: !endpoint };
    },
    'endpoints.rollbackPlan': async (input) => {
      const detail = this.detail(input.endpointName);
      const target = detail.rollbackTarget;
      if (!target) throw awsError('InvalidInput', `${input.endpointName} has no previous config to roll back to.`);
      const current = detail.history.find((h) => h.outcome === 'serving');
      return {
        endpointName: input.endpointName,
        fromConfigName: detail.configName ?? '',
        toConfigName: input.toConfigName ?? target.configName,
        before: current?.variants ?? [],
        after: target.variants,
        ...(detail.deploymentInProgress ? { blockedReason: `${input.endpointName} is ${detail.status}: wait until it is InService.` } : {}),
      };
    },
    'endpoints.rollback': async (input) => {
      const detail = this.detail(input.endpointName);
      const target = input.toConfigName ?? detail.rollbackTarget?.configName;
      if (!target) throw awsError('InvalidInput', `${input.endpointName} has no previous config to roll back to.`);
      if (detail.deploymentInProgress) throw awsError('UpdateInProgress', `${input.endpointName} is being updated; roll back once it is InService.`, true);
      this.update({ ...this.find(input.endpointName), status: 'Updating', deploymentInProgress: true });
      return { endpointName: input.endpointName, fromConfigName: detail.configName ?? '', toConfigName: target };
    },
    'endpoints.scaling': async (input) => this.scaling.get(input.endpointName) ?? { endpointName: input.endpointName, variants: [] },
    'endpoints.scalingCost': async (input) => {
      const hourly = 0.115;
      const monthlyAtMax = Math.round(hourly * input.maxCapacity * 730 * 100) / 100;
      const over = this.budget.monthlyUsd !== undefined && monthlyAtMax > this.budget.monthlyUsd;
      return {
        currency: 'USD',
        instanceType: input.instanceType,
        hourlyPrice: hourly,
        hourlyAtMin: Math.round(hourly * input.minCapacity * 100) / 100,
        hourlyAtMax: Math.round(hourly * input.maxCapacity * 100) / 100,
        monthlyAtMin: Math.round(hourly * input.minCapacity * 730 * 100) / 100,
        monthlyAtMax,
        source: 'test prices',
        priceDate: '2026-11-01',
        ...(this.budget.monthlyUsd !== undefined ? { budgetMonthly: this.budget.monthlyUsd } : {}),
        ...(over ? { warning: `At maximum capacity this costs $${monthlyAtMax} a month, over the $${this.budget.monthlyUsd} budget.` } : {}),
      };
    },
    'endpoints.setScaling': async (input) => ({
      variantName: input.variantName,
      target: { minCapacity: input.minCapacity, maxCapacity: input.maxCapacity, suspended: false },
      policies: [],
      activities: [],
    }),
    'endpoints.changeInstanceType': async (input) => ({
      endpointName: input.endpointName,
      variantName: input.variantName,
      configName: `${input.endpointName}-${input.instanceType.replace(/\./g, '-')}`,
      scaling: 'none',
    }),
    'endpoints.budget': async () => this.budget,
    'endpoints.setBudget': async (input) => {
      this.budget = input.monthlyUsd === null ? { profile: this.budget.profile } : { profile: this.budget.profile, monthlyUsd: input.monthlyUsd };
      return this.budget;
    },
    'endpoints.invoke': async (input) => {
      this.find(input.endpointName);
      const kept = this.payloads.get(input.endpointName) ?? [];
      this.payloads.set(input.endpointName, [{ contentType: input.contentType, body: input.body, sentAt: new Date().toISOString() }, ...kept].slice(0, 10));
      return this.invocation;
    },
    'endpoints.recentPayloads': async (input) => this.payloads.get(input.endpointName) ?? [],
  };

  readonly streams: StreamHandlersOf<typeof endpointsStreams> = {
    'endpoints.watch': (input, emit) => {
      const watcher: Watcher = { input, emit };
      this.watchers.add(watcher);
      emit({ type: 'snapshot', items: this.endpoints.filter((e) => !input.status || e.status === input.status) });
      return () => this.watchers.delete(watcher);
    },
    'endpoints.deployment': (input, emit) => {
      const open = this.deployments.get(input.endpointName) ?? new Set();
      this.deployments.set(input.endpointName, open);
      open.add(emit);
      const endpoint = this.endpoints.find((e) => e.name === input.endpointName);
      const state: DeploymentProgress = {
        endpointName: input.endpointName,
        status: endpoint?.status ?? 'InService',
        phase: endpoint?.deploymentInProgress ? 'provisioning' : 'inService',
        ...(endpoint?.configName ? { servingConfigName: endpoint.configName } : {}),
        alarms: [],
        done: !endpoint?.deploymentInProgress,
      };
      emit({ type: 'snapshot', items: [state] });
      return () => open.delete(emit);
    },
  };
}
