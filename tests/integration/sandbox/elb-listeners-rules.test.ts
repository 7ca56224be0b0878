import {
  CreateListenerCommand,
  CreateRuleCommand,
  DeleteListenerCommand,
  DeleteRuleCommand,
  DescribeListenersCommand,
  DescribeRulesCommand,
  ModifyListenerCommand,
  ModifyRuleCommand,
  SetRulePrioritiesCommand,
} from '@aws-sdk/client-elastic-load-balancing-v2';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { albForwardingTo, createGroup, elbError, startElbSandbox, type ElbSandbox } from './elb-harness';

describe('ELBv2 listeners and rules', () => {
  let s: ElbSandbox;
  let lb: Awaited<ReturnType<typeof albForwardingTo>>;
  beforeEach(async () => {
    s = await startElbSandbox();
    lb = await albForwardingTo(s.elb, 'web');
  });
  afterEach(async () => {
    await s.stop();
  });

  it('lists a listener with its forward action as AWS describes it, and refuses a second listener on the port', async () => {
    const listed = await s.elb.send(new DescribeListenersCommand({ LoadBalancerArn: lb.loadBalancerArn }));
    expect(listed.Listeners).toEqual([
      expect.objectContaining({
        ListenerArn: lb.listenerArn,
        Port: 80,
        Protocol: 'HTTP',
        DefaultActions: [
          { Type: 'forward', Order: 1, TargetGroupArn: lb.targetGroupArn, ForwardConfig: { TargetGroups: [{ TargetGroupArn: lb.targetGroupArn, Weight: 1 }], TargetGroupStickinessConfig: { Enabled: false } } },
        ],
      }),
    ]);
    expect(lb.listenerArn).toMatch(/:listener\/app\/web-alb\/[0-9a-f]{16}\/[0-9a-f]{16}$/);
    const again = await elbError(s.elb.send(new CreateListenerCommand({ LoadBalancerArn: lb.loadBalancerArn, Protocol: 'HTTP', Port: 80, DefaultActions: [{ Type: 'fixed-response', FixedResponseConfig: { StatusCode: '404' } }] })));
    expect(again.name).toBe('DuplicateListenerException');
    const https = await elbError(s.elb.send(new CreateListenerCommand({ LoadBalancerArn: lb.loadBalancerArn, Protocol: 'HTTPS', Port: 443, DefaultActions: [{ Type: 'fixed-response', FixedResponseConfig: { StatusCode: '404' } }] })));
    expect(https.message).toBe('A certificate must be specified for HTTPS listeners');
  });

  it('creates fixed-response and redirect listeners, modifies and deletes them', async () => {
    const fixed = await s.elb.send(
      new CreateListenerCommand({ LoadBalancerArn: lb.loadBalancerArn, Protocol: 'HTTP', Port: 8080, DefaultActions: [{ Type: 'fixed-response', FixedResponseConfig: { StatusCode: '503', ContentType: 'text/plain', MessageBody: 'down for maintenance' } }] }),
    );
    expect(fixed.Listeners?.[0]?.DefaultActions?.[0]?.FixedResponseConfig).toEqual({ StatusCode: '503', ContentType: 'text/plain', MessageBody: 'down for maintenance' });
    const arn = fixed.Listeners?.[0]?.ListenerArn ?? '';
    const modified = await s.elb.send(new ModifyListenerCommand({ ListenerArn: arn, Port: 8081, DefaultActions: [{ Type: 'redirect', RedirectConfig: { Protocol: 'HTTPS', Port: '443', StatusCode: 'HTTP_301' } }] }));
    expect(modified.Listeners?.[0]).toMatchObject({ Port: 8081, DefaultActions: [{ Type: 'redirect', RedirectConfig: { Protocol: 'HTTPS', Port: '443', Host: '#{host}', Path: '/#{path}', Query: '#{query}', StatusCode: 'HTTP_301' } }] });
    const badStatus = await elbError(s.elb.send(new ModifyListenerCommand({ ListenerArn: arn, DefaultActions: [{ Type: 'fixed-response', FixedResponseConfig: { StatusCode: '302' } }] })));
    expect(badStatus.name).toBe('ValidationError');
    await s.elb.send(new DeleteListenerCommand({ ListenerArn: arn }));
    expect((await elbError(s.elb.send(new DescribeListenersCommand({ ListenerArns: [arn] })))).name).toBe('ListenerNotFoundException');
    expect((await elbError(s.elb.send(new DeleteListenerCommand({ ListenerArn: arn })))).message).toBe('One or more listeners not found');
  });

  it('adds rules with unique priorities, describes them after the default rule, modifies, re-orders and deletes them', async () => {
    const other = await createGroup(s.elb, 'web-v2');
    const forward = (arn: string) => [{ Type: 'forward' as const, TargetGroupArn: arn }];
    const v2 = await s.elb.send(new CreateRuleCommand({ ListenerArn: lb.listenerArn, Priority: 10, Conditions: [{ Field: 'path-pattern', PathPatternConfig: { Values: ['/v2/*'] } }], Actions: forward(other) }));
    const header = await s.elb.send(
      new CreateRuleCommand({ ListenerArn: lb.listenerArn, Priority: 5, Conditions: [{ Field: 'http-header', HttpHeaderConfig: { HttpHeaderName: 'X-Canary', Values: ['yes'] } }, { Field: 'host-header', Values: ['api.example.com'] }], Actions: forward(other) }),
    );
    const taken = await elbError(s.elb.send(new CreateRuleCommand({ ListenerArn: lb.listenerArn, Priority: 10, Conditions: [{ Field: 'path-pattern', Values: ['/x'] }], Actions: forward(other) })));
    expect([taken.name, taken.message]).toEqual(['PriorityInUseException', "Priority '10' is currently in use"]);

    const rules = (await s.elb.send(new DescribeRulesCommand({ ListenerArn: lb.listenerArn }))).Rules ?? [];
    expect(rules.map((r) => [r.Priority, r.IsDefault])).toEqual([['5', false], ['10', false], ['default', true]]);
    expect(rules[0]?.Conditions).toEqual([
      { Field: 'http-header', HttpHeaderConfig: { HttpHeaderName: 'X-Canary', Values: ['yes'] } },
      { Field: 'host-header', Values: ['api.example.com'], HostHeaderConfig: { Values: ['api.example.com'] } },
    ]);
    expect(rules[1]?.Conditions).toEqual([{ Field: 'path-pattern', Values: ['/v2/*'], PathPatternConfig: { Values: ['/v2/*'] } }]);

    const v2Arn = v2.Rules?.[0]?.RuleArn ?? '';
    const headerArn = header.Rules?.[0]?.RuleArn ?? '';
    const modified = await s.elb.send(new ModifyRuleCommand({ RuleArn: v2Arn, Conditions: [{ Field: 'path-pattern', PathPatternConfig: { Values: ['/v3/*'] } }] }));
    expect(modified.Rules?.[0]?.Conditions?.[0]?.PathPatternConfig?.Values).toEqual(['/v3/*']);
    const swapped = await s.elb.send(new SetRulePrioritiesCommand({ RulePriorities: [{ RuleArn: v2Arn, Priority: 5 }, { RuleArn: headerArn, Priority: 10 }] }));
    expect(swapped.Rules?.map((r) => r.Priority)).toEqual(['5', '10']);

    const defaultArn = rules[2]?.RuleArn ?? '';
    expect((await elbError(s.elb.send(new DeleteRuleCommand({ RuleArn: defaultArn })))).name).toBe('OperationNotPermittedException');
    await s.elb.send(new DeleteRuleCommand({ RuleArn: v2Arn }));
    const gone = await elbError(s.elb.send(new DescribeRulesCommand({ RuleArns: [v2Arn] })));
    expect([gone.name, gone.message]).toEqual(['RuleNotFoundException', 'One or more rules not found']);
  });

  it('validates rule conditions and priorities', async () => {
    const forward = [{ Type: 'forward' as const, TargetGroupArn: lb.targetGroupArn }];
    const priority = await elbError(s.elb.send(new CreateRuleCommand({ ListenerArn: lb.listenerArn, Priority: 50001, Conditions: [{ Field: 'path-pattern', Values: ['/a'] }], Actions: forward })));
    expect(priority.message).toBe("1 validation error detected: Value '50001' at 'priority' failed to satisfy constraint: Member must have value less than or equal to 50000");
    const tooMany = await elbError(
      s.elb.send(new CreateRuleCommand({ ListenerArn: lb.listenerArn, Priority: 1, Conditions: [{ Field: 'path-pattern', Values: ['/a', '/b', '/c', '/d', '/e', '/f'] }], Actions: forward })),
    );
    expect(tooMany.message).toBe("A rule can only have '5' condition values");
    const listener = await elbError(s.elb.send(new CreateRuleCommand({ ListenerArn: lb.listenerArn.replace(/[0-9a-f]{16}$/, 'ffffffffffffffff'), Priority: 1, Conditions: [{ Field: 'path-pattern', Values: ['/a'] }], Actions: forward })));
    expect(listener.name).toBe('ListenerNotFoundException');
  });
});
