import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runAwsCli } from './support';
import { SECOND, startElbSandbox, type ElbSandbox } from './elb-harness';

describe('the Debian AWS CLI drives ELBv2', () => {
  let s: ElbSandbox;
  beforeEach(async () => {
    s = await startElbSandbox({ seed: 'demo' });
  });
  afterEach(async () => {
    await s.stop();
  });

  const run = (...args: string[]) => runAwsCli(['elbv2', ...args], { endpoint: s.sandbox.endpoint, ...s.sandbox.credentials });
  const aws = async (...args: string[]): Promise<Record<string, unknown>> => {
    const result = await run(...args);
    if (result.code !== 0) throw new Error(`aws elbv2 ${args.join(' ')} failed (${result.code}): ${result.stderr}`);
    return result.stdout.trim() === '' ? {} : (JSON.parse(result.stdout) as Record<string, unknown>);
  };
  const groupArn = async () => {
    const groups = (await aws('describe-target-groups', '--names', 'churn-inference-proxy')).TargetGroups as { TargetGroupArn: string }[];
    return groups[0]?.TargetGroupArn ?? '';
  };
  const health = async (arn: string) =>
    ((await aws('describe-target-health', '--target-group-arn', arn)).TargetHealthDescriptions as { Target: { Id: string }; TargetHealth: { State: string; Reason?: string } }[]).map((d) => [d.Target.Id, d.TargetHealth.State, d.TargetHealth.Reason]);

  it('describes the demo load balancer and its target health', async () => {
    const lbs = (await aws('describe-load-balancers', '--names', 'churn-internal-alb')).LoadBalancers as Record<string, unknown>[];
    expect(lbs[0]).toMatchObject({ LoadBalancerName: 'churn-internal-alb', Scheme: 'internal', Type: 'application', State: { Code: 'active' } });
    expect(String(lbs[0]?.DNSName)).toMatch(/^internal-churn-internal-alb-\d{10}\.us-east-1\.elb\.amazonaws\.com$/);
    expect(await health(await groupArn())).toEqual([
      ['i-0a1b2c3d4e5f60001', 'healthy', undefined],
      ['i-0a1b2c3d4e5f60002', 'healthy', undefined],
      ['i-0a1b2c3d4e5f60003', 'unhealthy', 'Target.ResponseCodeMismatch'],
    ]);
  });

  it('registers and deregisters targets and edits the health check', async () => {
    const arn = await groupArn();
    await aws('register-targets', '--target-group-arn', arn, '--targets', 'Id=i-0a1b2c3d4e5f60004,Port=8080');
    expect((await health(arn))[3]).toEqual(['i-0a1b2c3d4e5f60004', 'initial', 'Elb.RegistrationInProgress']);
    s.clock.advance(30 * SECOND);
    expect((await health(arn))[3]).toEqual(['i-0a1b2c3d4e5f60004', 'healthy', undefined]);

    const modified = (await aws('modify-target-group', '--target-group-arn', arn, '--health-check-interval-seconds', '10', '--healthy-threshold-count', '3', '--matcher', 'HttpCode=200-299')).TargetGroups as Record<string, unknown>[];
    expect(modified[0]).toMatchObject({ HealthCheckIntervalSeconds: 10, HealthyThresholdCount: 3, Matcher: { HttpCode: '200-299' } });

    await aws('modify-target-group-attributes', '--target-group-arn', arn, '--attributes', 'Key=deregistration_delay.timeout_seconds,Value=30');
    await aws('deregister-targets', '--target-group-arn', arn, '--targets', 'Id=i-0a1b2c3d4e5f60004');
    expect((await health(arn))[3]).toEqual(['i-0a1b2c3d4e5f60004', 'draining', 'Target.DeregistrationInProgress']);
    s.clock.advance(30 * SECOND);
    expect(await health(arn)).toHaveLength(3);
  });

  it("reports AWS's errors by code", async () => {
    const missing = await run('describe-load-balancers', '--names', 'nope');
    expect(missing.code).not.toBe(0);
    expect(missing.stderr).toContain('(LoadBalancerNotFound)');
    const invalid = await run('modify-target-group', '--target-group-arn', await groupArn(), '--health-check-interval-seconds', '10', '--health-check-timeout-seconds', '10');
    expect(invalid.stderr).toMatch(/\(ValidationError\) when calling the ModifyTargetGroup operation.*: Health check interval must be greater than the timeout\./);
    const tags = (await aws('describe-tags', '--resource-arns', await groupArn())).TagDescriptions as { Tags: unknown[] }[];
    expect(tags[0]?.Tags).toEqual([{ Key: 'team', Value: 'mlops' }, { Key: 'sagedeck:endpoint', Value: 'churn-prod' }]);
  });
});
