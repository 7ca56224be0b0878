import { describe, expect, it } from 'vitest';
import { healthCheckRefusals, targetRefusals } from '../../../electron/core/areas/load-balancers/elb-field-errors';
import { modifyTargetGroupInput } from '../../../electron/core/areas/load-balancers/health-check-update';
import { SageDeckError } from '../../../shared/errors';

const TG = 'arn:aws:elasticloadbalancing:us-east-1:111122223333:targetgroup/churn-inference-proxy/73e2d6bc24d8a067';

/** An SDK service error as the ELBv2 client throws it. */
function awsError(name: string, message: string): Error {
  return Object.assign(new Error(message), { name, $metadata: { requestId: 'req-1', httpStatusCode: 400 } });
}

async function refusal(run: (call: () => Promise<never>) => Promise<unknown>, error: Error): Promise<SageDeckError | Error> {
  try {
    await run(() => Promise.reject(error));
  } catch (thrown) {
    return thrown as Error;
  }
  throw new Error('expected a refusal');
}

describe('health-check refusals', () => {
  it('puts a member AWS quotes next to its form field', async () => {
    const error = await refusal(
      healthCheckRefusals,
      awsError('ValidationError', "1 validation error detected: Value '400' at 'healthCheckIntervalSeconds' failed to satisfy constraint: Member must have value less than or equal to 300"),
    );
    expect(error).toBeInstanceOf(SageDeckError);
    expect((error as SageDeckError).fields).toEqual({ 'healthCheck.intervalSeconds': 'AWS refused this value: Member must have value less than or equal to 300' });
    expect((error as SageDeckError).requestId).toBe('req-1');
  });

  it('reads the field from AWS\'s sentences about combinations', async () => {
    const interval = await refusal(healthCheckRefusals, awsError('ValidationError', 'Health check interval must be greater than the timeout.'));
    expect((interval as SageDeckError).fields).toEqual({ 'healthCheck.intervalSeconds': 'Health check interval must be greater than the timeout.' });
    const path = await refusal(healthCheckRefusals, awsError('ValidationError', "Health check path must begin with a '/' character"));
    expect(Object.keys((path as SageDeckError).fields ?? {})).toEqual(['healthCheck.path']);
    const matcher = await refusal(healthCheckRefusals, awsError('ValidationError', "Invalid value '20x' for Matcher HttpCode: use a code, a list (200,202) or a range (200-299)"));
    expect(Object.keys((matcher as SageDeckError).fields ?? {})).toEqual(['healthCheck.matcher']);
  });

  it('leaves a refusal that names no field as AWS gave it', async () => {
    const original = awsError('TargetGroupNotFoundException', 'One or more target groups not found');
    expect(await refusal(healthCheckRefusals, original)).toBe(original);
  });
});

describe('target refusals', () => {
  it('puts an invalid or surplus target on the targets field, with AWS\'s code', async () => {
    const invalid = await refusal(targetRefusals, awsError('InvalidTargetException', "The following targets are not valid instances: 'i-123'"));
    expect(invalid).toMatchObject({ code: 'InvalidTarget', fields: { targets: "The following targets are not valid instances: 'i-123'" } });
    const port = await refusal(targetRefusals, awsError('ValidationError', "Port '70000' must be between 1 and 65535"));
    expect((port as SageDeckError).fields).toEqual({ targets: "Port '70000' must be between 1 and 65535" });
  });
});

describe('modifyTargetGroupInput', () => {
  const base = { port: 'traffic-port', intervalSeconds: 10, timeoutSeconds: 5, healthyThreshold: 3, unhealthyThreshold: 2 } as const;

  it('sends path and matcher (as HttpCode) for HTTP checks', () => {
    expect(modifyTargetGroupInput({ targetGroupArn: TG, healthCheck: { ...base, protocol: 'HTTP', path: '/ping', matcher: '200-299' } })).toEqual({
      TargetGroupArn: TG,
      HealthCheckProtocol: 'HTTP',
      HealthCheckPort: 'traffic-port',
      HealthCheckPath: '/ping',
      HealthCheckIntervalSeconds: 10,
      HealthCheckTimeoutSeconds: 5,
      HealthyThresholdCount: 3,
      UnhealthyThresholdCount: 2,
      Matcher: { HttpCode: '200-299' },
    });
  });

  it('leaves path and matcher out of a TCP check, which AWS would refuse', () => {
    const input = modifyTargetGroupInput({ targetGroupArn: TG, healthCheck: { ...base, protocol: 'TCP', path: '/ping', matcher: '200' } });
    expect(input).not.toHaveProperty('HealthCheckPath');
    expect(input).not.toHaveProperty('Matcher');
    expect(input.HealthCheckProtocol).toBe('TCP');
  });
});
