import {
  CreateListenerCommand,
  CreateLoadBalancerCommand,
  DeleteListenerCommand,
  DeregisterTargetsCommand,
  DescribeTargetHealthCommand,
  ModifyTargetGroupAttributesCommand,
  RegisterTargetsCommand,
  type ElasticLoadBalancingV2Client,
} from '@aws-sdk/client-elastic-load-balancing-v2';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { control } from './support';
import { SECOND, albForwardingTo, createGroup, startElbSandbox, type ElbSandbox } from './elb-harness';

async function health(elb: ElasticLoadBalancingV2Client, TargetGroupArn: string) {
  const described = await elb.send(new DescribeTargetHealthCommand({ TargetGroupArn }));
  return (described.TargetHealthDescriptions ?? []).map((d) => ({ id: d.Target?.Id, ...d.TargetHealth }));
}

describe('ELBv2 target health on the sandbox clock', () => {
  let s: ElbSandbox;
  beforeEach(async () => {
    s = await startElbSandbox();
  });
  afterEach(async () => {
    await s.stop();
  });

  it('a new ALB target is initial (registering, then checking) and healthy after its first passing check', async () => {
    const { targetGroupArn } = await albForwardingTo(s.elb, 'fresh', { HealthCheckIntervalSeconds: 10, HealthCheckTimeoutSeconds: 5 });
    await s.elb.send(new RegisterTargetsCommand({ TargetGroupArn: targetGroupArn, Targets: [{ Id: 'i-0123456789abcdef0' }] }));
    expect(await health(s.elb, targetGroupArn)).toEqual([
      { id: 'i-0123456789abcdef0', State: 'initial', Reason: 'Elb.RegistrationInProgress', Description: 'Target registration is in progress' },
    ]);
    s.clock.advance(9 * SECOND);
    expect((await health(s.elb, targetGroupArn))[0]?.State).toBe('initial');
    s.clock.advance(1 * SECOND);
    expect(await health(s.elb, targetGroupArn)).toEqual([{ id: 'i-0123456789abcdef0', State: 'healthy' }]);
  });

  it('a new NLB target needs the healthy threshold of passing checks, checking in between', async () => {
    const lb = await s.elb.send(new CreateLoadBalancerCommand({ Name: 'flows', Type: 'network', Subnets: ['subnet-0test00000000000a'] }));
    const group = await createGroup(s.elb, 'flows-tg', { Protocol: 'TCP', Port: 9000, HealthCheckIntervalSeconds: 10, HealthCheckTimeoutSeconds: 5, HealthyThresholdCount: 3 });
    await s.elb.send(new CreateListenerCommand({ LoadBalancerArn: lb.LoadBalancers?.[0]?.LoadBalancerArn, Protocol: 'TCP', Port: 9000, DefaultActions: [{ Type: 'forward', TargetGroupArn: group }] }));
    await s.elb.send(new RegisterTargetsCommand({ TargetGroupArn: group, Targets: [{ Id: 'i-0123456789abcdef1' }] }));
    s.clock.advance(20 * SECOND);
    expect(await health(s.elb, group)).toEqual([
      { id: 'i-0123456789abcdef1', State: 'initial', Reason: 'Elb.InitialHealthChecking', Description: 'Initial health checks in progress' },
    ]);
    s.clock.advance(10 * SECOND);
    expect((await health(s.elb, group))[0]?.State).toBe('healthy');
  });

  it('a faulted target turns unhealthy after the unhealthy threshold with the reason of its failure, and recovers after the healthy threshold', async () => {
    const { targetGroupArn } = await albForwardingTo(s.elb, 'fault', { HealthCheckIntervalSeconds: 30, HealthCheckTimeoutSeconds: 5, HealthyThresholdCount: 3, UnhealthyThresholdCount: 2 });
    await s.elb.send(new RegisterTargetsCommand({ TargetGroupArn: targetGroupArn, Targets: [{ Id: 'i-0123456789abcdef2' }] }));
    s.clock.advance(30 * SECOND);
    expect((await health(s.elb, targetGroupArn))[0]?.State).toBe('healthy');

    const answer = await control(s.sandbox.endpoint, 'POST', 'elb/target-fault', { targetGroup: 'fault-tg', targetId: 'i-0123456789abcdef2', kind: 'timeout' });
    expect(answer.status).toBe(200);
    s.clock.advance(30 * SECOND);
    // One failure is below the threshold of two: still healthy.
    expect((await health(s.elb, targetGroupArn))[0]?.State).toBe('healthy');
    s.clock.advance(30 * SECOND);
    expect(await health(s.elb, targetGroupArn)).toEqual([{ id: 'i-0123456789abcdef2', State: 'unhealthy', Reason: 'Target.Timeout', Description: 'Request timed out' }]);

    s.sandbox.control.elb.targetFault({ targetGroup: targetGroupArn, targetId: 'i-0123456789abcdef2', kind: 'responseCode' });
    s.clock.advance(30 * SECOND);
    expect(await health(s.elb, targetGroupArn)).toEqual([
      { id: 'i-0123456789abcdef2', State: 'unhealthy', Reason: 'Target.ResponseCodeMismatch', Description: 'Health checks failed with these codes: [502]' },
    ]);

    s.sandbox.control.elb.targetFault({ targetGroup: 'fault-tg', targetId: 'i-0123456789abcdef2', kind: 'none' });
    s.clock.advance(60 * SECOND);
    expect((await health(s.elb, targetGroupArn))[0]?.State).toBe('unhealthy');
    s.clock.advance(30 * SECOND);
    expect(await health(s.elb, targetGroupArn)).toEqual([{ id: 'i-0123456789abcdef2', State: 'healthy' }]);
  });

  it('a refused connection is Target.FailedHealthChecks', async () => {
    const { targetGroupArn } = await albForwardingTo(s.elb, 'refuse', { HealthCheckIntervalSeconds: 10, HealthCheckTimeoutSeconds: 5 });
    await s.elb.send(new RegisterTargetsCommand({ TargetGroupArn: targetGroupArn, Targets: [{ Id: 'i-0123456789abcdef3' }] }));
    s.sandbox.control.elb.targetFault({ targetGroup: 'refuse-tg', targetId: 'i-0123456789abcdef3', kind: 'connection' });
    s.clock.advance(20 * SECOND);
    expect(await health(s.elb, targetGroupArn)).toEqual([{ id: 'i-0123456789abcdef3', State: 'unhealthy', Reason: 'Target.FailedHealthChecks', Description: 'Health checks failed' }]);
  });

  it('a deregistered target drains for the deregistration delay, then is gone', async () => {
    const { targetGroupArn } = await albForwardingTo(s.elb, 'drain', { HealthCheckIntervalSeconds: 10, HealthCheckTimeoutSeconds: 5 });
    await s.elb.send(new ModifyTargetGroupAttributesCommand({ TargetGroupArn: targetGroupArn, Attributes: [{ Key: 'deregistration_delay.timeout_seconds', Value: '60' }] }));
    await s.elb.send(new RegisterTargetsCommand({ TargetGroupArn: targetGroupArn, Targets: [{ Id: 'i-0123456789abcdef4' }, { Id: 'i-0123456789abcdef5' }] }));
    s.clock.advance(10 * SECOND);
    await s.elb.send(new DeregisterTargetsCommand({ TargetGroupArn: targetGroupArn, Targets: [{ Id: 'i-0123456789abcdef4' }] }));
    expect(await health(s.elb, targetGroupArn)).toEqual([
      { id: 'i-0123456789abcdef4', State: 'draining', Reason: 'Target.DeregistrationInProgress', Description: 'Target deregistration is in progress' },
      { id: 'i-0123456789abcdef5', State: 'healthy' },
    ]);
    s.clock.advance(59 * SECOND);
    expect((await health(s.elb, targetGroupArn)).map((t) => t.id)).toEqual(['i-0123456789abcdef4', 'i-0123456789abcdef5']);
    s.clock.advance(1 * SECOND);
    expect(await health(s.elb, targetGroupArn)).toEqual([{ id: 'i-0123456789abcdef5', State: 'healthy' }]);
  });

  it('targets of a group no load balancer uses are unused, and a target asked about but not registered is Target.NotRegistered', async () => {
    const group = await createGroup(s.elb, 'idle-tg');
    await s.elb.send(new RegisterTargetsCommand({ TargetGroupArn: group, Targets: [{ Id: 'i-0123456789abcdef6' }] }));
    s.clock.advance(5 * 60 * SECOND);
    expect(await health(s.elb, group)).toEqual([
      { id: 'i-0123456789abcdef6', State: 'unused', Reason: 'Target.NotInUse', Description: 'Target group is not configured to receive traffic from the load balancer' },
    ]);
    const asked = await s.elb.send(new DescribeTargetHealthCommand({ TargetGroupArn: group, Targets: [{ Id: 'i-0123456789abcdef7', Port: 8080 }] }));
    expect(asked.TargetHealthDescriptions?.[0]?.TargetHealth).toEqual({ State: 'unused', Reason: 'Target.NotRegistered', Description: 'Target is not registered to the target group' });
    // Without a load balancer there is nothing to drain: deregistering removes the target at once.
    await s.elb.send(new DeregisterTargetsCommand({ TargetGroupArn: group, Targets: [{ Id: 'i-0123456789abcdef6' }] }));
    expect(await health(s.elb, group)).toEqual([]);
  });

  it('a group whose listener is deleted goes back to unused and starts over when used again', async () => {
    const { loadBalancerArn, targetGroupArn, listenerArn } = await albForwardingTo(s.elb, 'detach', { HealthCheckIntervalSeconds: 10, HealthCheckTimeoutSeconds: 5 });
    await s.elb.send(new RegisterTargetsCommand({ TargetGroupArn: targetGroupArn, Targets: [{ Id: 'i-0123456789abcdef8' }] }));
    s.clock.advance(10 * SECOND);
    expect((await health(s.elb, targetGroupArn))[0]?.State).toBe('healthy');
    await s.elb.send(new DeleteListenerCommand({ ListenerArn: listenerArn }));
    expect((await health(s.elb, targetGroupArn))[0]?.Reason).toBe('Target.NotInUse');
    await s.elb.send(new CreateListenerCommand({ LoadBalancerArn: loadBalancerArn, Protocol: 'HTTP', Port: 8081, DefaultActions: [{ Type: 'forward', TargetGroupArn: targetGroupArn }] }));
    expect((await health(s.elb, targetGroupArn))[0]?.Reason).toBe('Elb.RegistrationInProgress');
  });

  it('the control API refuses unknown groups, unregistered targets and unknown kinds', async () => {
    await createGroup(s.elb, 'known-tg');
    expect((await control(s.sandbox.endpoint, 'POST', 'elb/target-fault', { targetGroup: 'nope', targetId: 'i-0123456789abcdef0', kind: 'timeout' })).status).toBe(400);
    const unregistered = await control(s.sandbox.endpoint, 'POST', 'elb/target-fault', { targetGroup: 'known-tg', targetId: 'i-0123456789abcdef0', kind: 'timeout' });
    expect(unregistered).toEqual({ status: 400, json: { error: 'target i-0123456789abcdef0 is not registered in target group known-tg' } });
    const kind = await control(s.sandbox.endpoint, 'POST', 'elb/target-fault', { targetGroup: 'known-tg', targetId: 'i-0123456789abcdef0', kind: 'slow' });
    expect(kind.json.error).toBe('kind must be one of timeout, responseCode, connection, none');
  });
});
