import { CloudWatchClient, SetAlarmStateCommand } from '@aws-sdk/client-cloudwatch';
import { DescribeEndpointCommand, type DescribeEndpointOutput } from '@aws-sdk/client-sagemaker';
import type { DeploymentProgress, EndpointDetail } from '../../../shared/domain/endpoints';
import type { WatchEvent } from '../../../shared/domain/watch';
import { startJobsWorld, type JobsWorld, type WatchRecorder } from '../jobs/jobs-harness';

export const PACKAGE = (version: number) => `arn:aws:sagemaker:us-east-1:111122223333:model-package/churn-prediction/${version}`;

export interface EndpointsWorld extends JobsWorld {
  cloudwatch: CloudWatchClient;
  /** DescribeEndpoint through an SDK client of the sandbox's own keys, not the core's. */
  endpoint(name?: string): Promise<DescribeEndpointOutput>;
  detail(name?: string): Promise<EndpointDetail>;
  /**
   * Moves the sandbox clock (and the watchers' timers) forward until `check` holds, a minute at a
   * time. A stream's first poll runs at subscribe time, outside the timers: wait for its snapshot
   * (`until`) before calling this.
   */
  advanceUntil(check: () => Promise<boolean>, what: string, maxMinutes?: number): Promise<void>;
  raiseAlarm(name: string): Promise<void>;
}

/** Every progress `endpoints.deployment` delivered to `live`, oldest first (its snapshot, then each update). */
export function progressesOf(live: WatchRecorder): DeploymentProgress[] {
  return (live.events as WatchEvent<DeploymentProgress>[]).flatMap((e) => (e.type === 'snapshot' ? e.items : e.type === 'changes' ? e.updated : []));
}

/** The newest progress `endpoints.deployment` delivered to `live`. */
export function latestProgress(live: WatchRecorder): DeploymentProgress | undefined {
  return progressesOf(live).at(-1);
}

/** A core on the demo seed: `churn-prod` serving version 3 on ml.m5.large × 2, scaled 1–4, its alarms. */
export async function startEndpointsWorld(): Promise<EndpointsWorld> {
  const world = await startJobsWorld();
  await world.sandbox.control.seed('demo');
  const cloudwatch = new CloudWatchClient({ endpoint: world.sandbox.endpoint, region: 'us-east-1', credentials: world.keys, maxAttempts: 1 });
  return {
    ...world,
    cloudwatch,
    endpoint: (name = 'churn-prod') => world.sagemaker.send(new DescribeEndpointCommand({ EndpointName: name })),
    detail: (name = 'churn-prod') => world.ok<EndpointDetail>('endpoints.describe', { endpointName: name }),
    async advanceUntil(check, what, maxMinutes = 60) {
      for (let minute = 0; minute < maxMinutes; minute += 1) {
        // Let answers already on the wire land first: a check that reads only what a stream has
        // delivered makes no call of its own, and would otherwise see the clock run ahead of it.
        await new Promise((resolve) => setImmediate(resolve));
        if (await check()) return;
        await world.timers.advance(60_000);
      }
      if (!(await check())) throw new Error(`still waiting for ${what} after ${maxMinutes} simulated minutes`);
    },
    async raiseAlarm(name) {
      await cloudwatch.send(new SetAlarmStateCommand({ AlarmName: name, StateValue: 'ALARM', StateReason: 'test: the canary misbehaves' }));
    },
    async close() {
      cloudwatch.destroy();
      await world.close();
    },
  };
}
