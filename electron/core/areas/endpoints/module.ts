import type { endpointsRequests, endpointsStreams } from '../../../../shared/contract/endpoints';
import type { Budget, RecentPayload } from '../../../../shared/domain/endpoints';
import type { SessionClients } from '../../session/session-clients';
import type { SessionManager } from '../../session/session-manager';
import { SingleFlight } from '../../watch/single-flight';
import type { WriteEpoch } from '../../watch/write-epoch';
import type { WatchTimers } from '../../watch/timers';
import { watchKey, type WatcherRegistry } from '../../watch/watcher-registry';
import type { AreaModule } from '../area-module';
import { CallerIdentity } from './caller';
import { ConfigResolver } from './config-resolver';
import { deploy } from './deploy';
import { openDeploymentLog } from './deployment-log';
import { deploymentWatchSource } from './deployment-watch';
import { endpointAlarms } from './endpoint-alarms';
import { describeRaw, endpointDetail, type DetailDeps } from './endpoint-detail';
import { listEndpoints, type EndpointQuery } from './endpoint-listing';
import { endpointMetrics } from './endpoint-metrics';
import { changeInstanceType, resumeRegistration, type PendingRegistration } from './instance-type-change';
import { invokeEndpoint } from './invoke';
import { openKeyedStore } from './local-store';
import { rollback, rollbackPlan } from './rollback';
import { applyScaling, variantScaling } from './scaling';
import { scalingCost } from './scaling-cost';
import type { EndpointPage } from '../../../../shared/domain/endpoints';

export interface EndpointsAreaDeps {
  clients: SessionClients;
  session: SessionManager;
  watchers: WatcherRegistry;
  /** Finished writes: a list asked for after one never joins a list call begun before it. */
  writes?: WriteEpoch;
  dataDir: string;
  now?: () => number;
  timers?: WatchTimers;
}

const RECENT_PAYLOADS = 10;

/** Endpoints: live list, detail with deployment history, deploy, rollback, autoscaling, invocation. */
export function endpointsArea(deps: EndpointsAreaDeps): AreaModule<typeof endpointsRequests, typeof endpointsStreams> {
  const now = deps.now ?? Date.now;
  const configs = new ConfigResolver();
  const caller = new CallerIdentity();
  const log = openDeploymentLog(deps.dataDir);
  const budgets = openKeyedStore<number>(deps.dataDir, 'endpoint-budgets.json');
  const payloads = openKeyedStore<RecentPayload[]>(deps.dataDir, 'endpoint-payloads.json');
  const pending = openKeyedStore<PendingRegistration>(deps.dataDir, 'endpoint-pending-scaling.json');
  const firstPages = new SingleFlight<EndpointPage>(deps.writes);

  const where = () => deps.session.current();
  const sagemaker = async (purpose: 'interactive' | 'polling' = 'interactive') => (await deps.clients.current()).get('sagemaker', purpose);
  const detailDeps = async (signal: AbortSignal): Promise<DetailDeps> => {
    const session = where();
    return { client: await sagemaker(), configs, log, generation: session.generation, profile: session.profile, region: session.region, signal };
  };
  const withWriters = async (signal: AbortSignal) => {
    const base = await detailDeps(signal);
    const clients = await deps.clients.current();
    return {
      ...base,
      autoscaling: clients.get('autoscaling'),
      pending,
      callerArn: () => caller.arn(clients.get('sts'), base.generation, signal),
      now,
    };
  };
  const list = async (query: EndpointQuery, purpose: 'interactive' | 'polling', signal: AbortSignal) => {
    const session = where();
    return listEndpoints({ client: await sagemaker(purpose), configs, generation: session.generation, signal }, query);
  };
  const firstPage = (query: Omit<EndpointQuery, 'nextToken' | 'maxResults'>, purpose: 'interactive' | 'polling', signal: AbortSignal) =>
    firstPages.run(watchKey(where().generation, 'endpoints-first-page', { ...query }), () => list({ ...query, maxResults: 100 }, purpose, signal));
  const budgetOf = async (): Promise<Budget> => {
    const profile = where().profile;
    const monthlyUsd = await budgets.get(profile);
    return monthlyUsd === undefined ? { profile } : { profile, monthlyUsd };
  };
  const payloadKey = (endpointName: string) => `${where().profile}|${where().region}|${endpointName}`;

  return {
    requests: {
      'endpoints.list': async (input, ctx) =>
        input.nextToken === undefined && input.maxResults === 100
          ? firstPage({ status: input.status, nameContains: input.nameContains }, 'interactive', ctx.signal)
          : list(input, 'interactive', ctx.signal),
      'endpoints.describe': async (input, ctx) => {
        const writers = await withWriters(ctx.signal);
        const detail = await endpointDetail(writers, input.endpointName);
        await resumeRegistration(writers, input.endpointName, detail.status);
        return detail;
      },
      'endpoints.metrics': async (input, ctx) => {
        const client = await sagemaker();
        const targets = await Promise.all(
          input.endpointNames.map(async (endpointName) => {
            const endpoint = await describeRaw({ ...(await detailDeps(ctx.signal)), client }, endpointName);
            return { endpointName, variants: (endpoint.ProductionVariants ?? []).map((v) => v.VariantName ?? '') };
          }),
        );
        return endpointMetrics((await deps.clients.current()).get('cloudwatch'), targets, { end: new Date(now()), minutes: input.minutes }, ctx.signal);
      },
      'endpoints.alarms': async (input, ctx) => endpointAlarms((await deps.clients.current()).get('cloudwatch'), input.endpointName, ctx.signal),
      'endpoints.deploy': async (input, ctx) => deploy(await withWriters(ctx.signal), input),
      'endpoints.rollbackPlan': async (input, ctx) => rollbackPlan(await withWriters(ctx.signal), input.endpointName, input.toConfigName),
      'endpoints.rollback': async (input, ctx) => rollback(await withWriters(ctx.signal), input.endpointName, input.toConfigName),
      'endpoints.scaling': async (input, ctx) => {
        const writers = await withWriters(ctx.signal);
        const endpoint = await describeRaw(writers, input.endpointName);
        await resumeRegistration(writers, input.endpointName, endpoint.EndpointStatus);
        const config = endpoint.EndpointConfigName ? await configs.resolve(writers.client, writers.generation, endpoint.EndpointConfigName, ctx.signal) : undefined;
        const budget = await budgetOf();
        const variants = await Promise.all(
          (endpoint.ProductionVariants ?? []).map(async (v) => {
            const instanceType = config?.variants.find((c) => c.variantName === v.VariantName)?.instanceType;
            const scaling = await variantScaling(writers.autoscaling, input.endpointName, { variantName: v.VariantName ?? '', instanceType, currentInstanceCount: v.CurrentInstanceCount }, ctx.signal);
            const min = scaling.target?.minCapacity ?? v.CurrentInstanceCount ?? 1;
            const max = scaling.target?.maxCapacity ?? v.CurrentInstanceCount ?? 1;
            return instanceType ? { ...scaling, cost: scalingCost({ instanceType, minCapacity: min, maxCapacity: max, region: writers.region, budgetMonthly: budget.monthlyUsd }) } : scaling;
          }),
        );
        return { endpointName: input.endpointName, variants };
      },
      'endpoints.scalingCost': async (input) =>
        scalingCost({ ...input, region: where().region, budgetMonthly: (await budgetOf()).monthlyUsd }),
      'endpoints.setScaling': async (input, ctx) => {
        const writers = await withWriters(ctx.signal);
        await applyScaling(writers.autoscaling, input.endpointName, input.variantName, input, input.policy, ctx.signal);
        const endpoint = await describeRaw(writers, input.endpointName);
        const variant = endpoint.ProductionVariants?.find((v) => v.VariantName === input.variantName);
        const config = endpoint.EndpointConfigName ? await configs.resolve(writers.client, writers.generation, endpoint.EndpointConfigName, ctx.signal) : undefined;
        const instanceType = config?.variants.find((c) => c.variantName === input.variantName)?.instanceType;
        const scaling = await variantScaling(writers.autoscaling, input.endpointName, { variantName: input.variantName, instanceType, currentInstanceCount: variant?.CurrentInstanceCount }, ctx.signal);
        const budget = await budgetOf();
        return instanceType ? { ...scaling, cost: scalingCost({ instanceType, minCapacity: input.minCapacity, maxCapacity: input.maxCapacity, region: writers.region, budgetMonthly: budget.monthlyUsd }) } : scaling;
      },
      'endpoints.changeInstanceType': async (input, ctx) => changeInstanceType(await withWriters(ctx.signal), input),
      'endpoints.budget': async () => budgetOf(),
      'endpoints.setBudget': async (input) => {
        await budgets.set(where().profile, input.monthlyUsd ?? undefined);
        return budgetOf();
      },
      'endpoints.invoke': async (input, ctx) => {
        const result = await invokeEndpoint((await deps.clients.current()).get('sagemakerRuntime'), input, ctx.signal);
        const key = payloadKey(input.endpointName);
        const kept = (await payloads.get(key)) ?? [];
        const entry: RecentPayload = { contentType: input.contentType, body: input.body.slice(0, 10_000), sentAt: new Date(now()).toISOString() };
        await payloads.set(key, [entry, ...kept.filter((p) => p.body !== entry.body || p.contentType !== entry.contentType)].slice(0, RECENT_PAYLOADS));
        return result;
      },
      'endpoints.recentPayloads': async (input) => (await payloads.get(payloadKey(input.endpointName))) ?? [],
    },
    streams: {
      'endpoints.watch': (input, emit) => {
        const key = watchKey(where().generation, 'endpoints', input);
        return deps.watchers.watch(
          key,
          () => ({
            list: async (signal) => (await firstPage(input, 'polling', signal)).items,
            keyOf: (endpoint) => endpoint.name,
            isTransitioning: (endpoint) => endpoint.deploymentInProgress,
          }),
          emit,
        );
      },
      'endpoints.deployment': (input, emit) => {
        const session = where();
        const key = watchKey(session.generation, 'endpoint-deployment', input);
        const newest = async () => (await log.of(session.profile, session.region, input.endpointName)).sort((a, b) => b.at.localeCompare(a.at))[0];
        return deps.watchers.watch(
          key,
          () =>
            deploymentWatchSource(
              input.endpointName,
              () => sagemaker('polling'),
              async () => (await deps.clients.current()).get('cloudwatch', 'polling'),
              newest,
            ),
          emit,
        );
      },
    },
    dispose: () => undefined,
  };
}
