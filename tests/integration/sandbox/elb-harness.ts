import { CloudWatchClient } from '@aws-sdk/client-cloudwatch';
import {
  CreateListenerCommand,
  CreateLoadBalancerCommand,
  CreateTargetGroupCommand,
  ElasticLoadBalancingV2Client,
  ElasticLoadBalancingV2ServiceException,
  type CreateTargetGroupCommandInput,
} from '@aws-sdk/client-elastic-load-balancing-v2';
import type { ManualClock } from '../../../electron/sandbox/clock';
import type { RunningSandbox } from '../../../electron/sandbox/index';
import { createCloudWatchModule } from '../../../electron/sandbox/services/cloudwatch';
import { createElbModule } from '../../../electron/sandbox/services/elbv2';
import type { SeedKind } from '../../../electron/sandbox/types';
import { startTestSandbox, type ClientConfig } from './support';

/** A sandbox serving ELBv2 and CloudWatch on a manual clock, with real SDK clients. */
export interface ElbSandbox {
  sandbox: RunningSandbox;
  clock: ManualClock;
  elb: ElasticLoadBalancingV2Client;
  cloudwatch: CloudWatchClient;
  config: ClientConfig;
  stop(): Promise<void>;
}

export async function startElbSandbox(options: { seed?: SeedKind; dataDir?: string } = {}): Promise<ElbSandbox> {
  const env = await startTestSandbox({ modules: [createCloudWatchModule, createElbModule], ...options });
  const elb = new ElasticLoadBalancingV2Client({ ...env.config, maxAttempts: 1 });
  const cloudwatch = new CloudWatchClient({ ...env.config, maxAttempts: 1 });
  return {
    sandbox: env.sandbox,
    clock: env.clock,
    elb,
    cloudwatch,
    config: env.config,
    async stop() {
      elb.destroy();
      cloudwatch.destroy();
      await env.stop();
    },
  };
}

/** The service error a failed SDK call threw. */
export async function elbError(promise: Promise<unknown>): Promise<ElasticLoadBalancingV2ServiceException> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof ElasticLoadBalancingV2ServiceException) return error;
    throw error;
  }
  throw new Error('expected the call to fail');
}

export const VPC = 'vpc-0test000000000001';
export const SUBNETS = ['subnet-0test00000000000a', 'subnet-0test00000000000b'];

export async function createAlb(elb: ElasticLoadBalancingV2Client, name: string, extra: { Scheme?: 'internal' | 'internet-facing' } = {}): Promise<string> {
  const created = await elb.send(new CreateLoadBalancerCommand({ Name: name, Subnets: SUBNETS, ...extra }));
  return created.LoadBalancers?.[0]?.LoadBalancerArn ?? '';
}

export async function createGroup(elb: ElasticLoadBalancingV2Client, name: string, extra: Partial<CreateTargetGroupCommandInput> = {}): Promise<string> {
  const created = await elb.send(new CreateTargetGroupCommand({ Name: name, Protocol: 'HTTP', Port: 8080, VpcId: VPC, ...extra }));
  return created.TargetGroups?.[0]?.TargetGroupArn ?? '';
}

/** An ALB with an HTTP:80 listener forwarding to a new target group; returns the ARNs. */
export async function albForwardingTo(elb: ElasticLoadBalancingV2Client, name: string, group: Partial<CreateTargetGroupCommandInput> = {}) {
  const loadBalancerArn = await createAlb(elb, `${name}-alb`);
  const targetGroupArn = await createGroup(elb, `${name}-tg`, group);
  const listener = await elb.send(
    new CreateListenerCommand({ LoadBalancerArn: loadBalancerArn, Protocol: 'HTTP', Port: 80, DefaultActions: [{ Type: 'forward', TargetGroupArn: targetGroupArn }] }),
  );
  return { loadBalancerArn, targetGroupArn, listenerArn: listener.Listeners?.[0]?.ListenerArn ?? '' };
}

export const SECOND = 1000;
export const MINUTE = 60_000;
