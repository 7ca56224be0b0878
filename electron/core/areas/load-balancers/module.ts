import type { loadBalancersRequests, loadBalancersStreams } from '../../../../shared/contract/load-balancers';
import type { TargetHealthPage, TargetHealthRow } from '../../../../shared/domain/load-balancers';
import type { SessionClients } from '../../session/session-clients';
import type { SessionManager } from '../../session/session-manager';
import { SingleFlight } from '../../watch/single-flight';
import { watchKey, type WatcherRegistry } from '../../watch/watcher-registry';
import type { WriteEpoch } from '../../watch/write-epoch';
import type { AreaModule } from '../area-module';
import { updateHealthCheck } from './health-check-update';
import { loadBalancerDetail } from './load-balancer-detail';
import { listLoadBalancers } from './load-balancer-listing';
import { isTransitioning, readTargetHealth } from './target-health';
import { deregisterTargets, registerTargets } from './target-registration';

export interface LoadBalancersAreaDeps {
  clients: SessionClients;
  session: SessionManager;
  watchers: WatcherRegistry;
  /** Finished writes: a health read asked for after one never joins a read begun before it. */
  writes?: WriteEpoch;
  now?: () => number;
}

/** Elastic Load Balancing v2: load balancers, listeners, target groups, live target health, target and health-check changes. */
export function loadBalancersArea(deps: LoadBalancersAreaDeps): AreaModule<typeof loadBalancersRequests, typeof loadBalancersStreams> {
  const healthReads = new SingleFlight<TargetHealthPage>(deps.writes);
  const elbv2 = async (purpose: 'interactive' | 'polling' = 'interactive') => (await deps.clients.current()).get('elbv2', purpose);
  // The board's first read and a new watcher's first poll share one DescribeTargetHealth.
  const targetHealth = (targetGroupArn: string, purpose: 'interactive' | 'polling', signal: AbortSignal) =>
    healthReads.run(watchKey(deps.session.current().generation, 'lb-target-health', { targetGroupArn }), async () =>
      readTargetHealth(await elbv2(purpose), targetGroupArn, signal),
    );

  return {
    requests: {
      'loadBalancers.list': async (_input, ctx) => listLoadBalancers(await elbv2(), ctx.signal),
      'loadBalancers.describe': async (input, ctx) => loadBalancerDetail({ elbv2: await elbv2(), region: deps.session.current().region, signal: ctx.signal }, input.name),
      'loadBalancers.targets': async (input, ctx) => targetHealth(input.targetGroupArn, 'interactive', ctx.signal),
      'loadBalancers.registerTargets': async (input, ctx) => registerTargets(await elbv2(), input.targetGroupArn, input.targets, ctx.signal),
      'loadBalancers.deregisterTargets': async (input, ctx) => deregisterTargets(await elbv2(), input.targetGroupArn, input.targets, ctx.signal),
      'loadBalancers.updateHealthCheck': async (input, ctx) => updateHealthCheck(await elbv2(), input, ctx.signal),
    },
    streams: {
      'loadBalancers.watchTargets': (input, emit) =>
        deps.watchers.watch(
          watchKey(deps.session.current().generation, 'lb-targets', input),
          () => ({
            list: async (signal) => (await targetHealth(input.targetGroupArn, 'polling', signal)).items,
            keyOf: (row: TargetHealthRow) => row.key,
            isTransitioning,
          }),
          emit,
        ),
    },
    dispose: () => undefined,
  };
}
