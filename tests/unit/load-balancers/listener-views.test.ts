import { describe, expect, it } from 'vitest';
import { actionView, conditionText, listenerView } from '../../../electron/core/areas/load-balancers/listener-views';

const TG = (name: string) => `arn:aws:elasticloadbalancing:us-east-1:111122223333:targetgroup/${name}/73e2d6bc24d8a067`;

describe('conditionText', () => {
  it('says each condition on one line, from the Config blocks or the older Values', () => {
    expect(conditionText({ Field: 'path-pattern', PathPatternConfig: { Values: ['/v2/*'] } })).toBe('path-pattern: /v2/*');
    expect(conditionText({ Field: 'path-pattern', Values: ['/old/*'] })).toBe('path-pattern: /old/*');
    expect(conditionText({ Field: 'host-header', HostHeaderConfig: { Values: ['api.example.com', '*.example.org'] } })).toBe('host-header: api.example.com, *.example.org');
    expect(conditionText({ Field: 'http-header', HttpHeaderConfig: { HttpHeaderName: 'X-Env', Values: ['prod'] } })).toBe('http-header X-Env: prod');
    expect(conditionText({ Field: 'query-string', QueryStringConfig: { Values: [{ Key: 'version', Value: 'v2' }, { Value: 'beta' }] } })).toBe('query-string: version=v2, beta');
    expect(conditionText({ Field: 'http-request-method', HttpRequestMethodConfig: { Values: ['POST'] } })).toBe('http-request-method: POST');
    expect(conditionText({ Field: 'source-ip', SourceIpConfig: { Values: ['10.0.0.0/8'] } })).toBe('source-ip: 10.0.0.0/8');
  });
});

describe('actionView', () => {
  it('names the target groups a forward sends to, with weights only when it splits traffic', () => {
    expect(actionView({ Type: 'forward', TargetGroupArn: TG('churn-inference-proxy') })).toEqual({
      type: 'forward',
      targetGroups: [{ arn: TG('churn-inference-proxy'), name: 'churn-inference-proxy' }],
    });
    const split = actionView({
      Type: 'forward',
      ForwardConfig: { TargetGroups: [{ TargetGroupArn: TG('blue'), Weight: 90 }, { TargetGroupArn: TG('green'), Weight: 10 }] },
    });
    expect(split.targetGroups).toEqual([
      { arn: TG('blue'), name: 'blue', weight: 90 },
      { arn: TG('green'), name: 'green', weight: 10 },
    ]);
  });

  it('says a fixed response and a redirect in one line', () => {
    expect(actionView({ Type: 'fixed-response', FixedResponseConfig: { StatusCode: '404', ContentType: 'text/plain', MessageBody: 'Not here' } })).toEqual({
      type: 'fixed-response',
      targetGroups: [],
      description: 'fixed-response 404 text/plain "Not here"',
    });
    expect(actionView({ Type: 'redirect', RedirectConfig: { Protocol: 'HTTPS', Port: '443', Host: '#{host}', Path: '/#{path}', Query: '#{query}', StatusCode: 'HTTP_301' } }).description).toBe(
      'redirect to HTTPS:443 (HTTP_301)',
    );
    expect(actionView({ Type: 'redirect', RedirectConfig: { Protocol: 'HTTPS', Port: '443', Host: 'new.example.com', StatusCode: 'HTTP_302' } }).description).toBe(
      'redirect to HTTPS:443 host new.example.com (HTTP_302)',
    );
  });
});

describe('listenerView', () => {
  it('orders rules by priority with the default rule last, shown as default', () => {
    const forward = [{ Type: 'forward' as const, TargetGroupArn: TG('churn-inference-proxy') }];
    const view = listenerView({ ListenerArn: 'l', Protocol: 'HTTP', Port: 80, DefaultActions: forward }, [
      { RuleArn: 'default', Priority: 'default', IsDefault: true, Conditions: [], Actions: forward },
      { RuleArn: 'r20', Priority: '20', Conditions: [{ Field: 'path-pattern', Values: ['/v3/*'] }], Actions: forward },
      { RuleArn: 'r10', Priority: '10', Conditions: [{ Field: 'path-pattern', PathPatternConfig: { Values: ['/v2/*'] } }], Actions: forward },
    ]);
    expect(view.rules.map((r) => [r.priority, r.conditions])).toEqual([
      ['10', ['path-pattern: /v2/*']],
      ['20', ['path-pattern: /v3/*']],
      ['default', []],
    ]);
    expect(view.defaultActions[0]?.targetGroups[0]?.name).toBe('churn-inference-proxy');
  });
});
