import { CostExplorerServiceException, GetCostAndUsageCommand, GetCostForecastCommand } from '@aws-sdk/client-cost-explorer';
import { CreateEndpointCommand, CreateEndpointConfigCommand, CreateModelCommand, DescribeEndpointCommand, UpdateEndpointWeightsAndCapacitiesCommand } from '@aws-sdk/client-sagemaker';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { HOUR, TODAY, TOMORROW, startCostSandbox, type CostSandbox, serviceError } from './costexplorer-harness';

const ROLE = 'arn:aws:iam::111122223333:role/SageDeckDemoSageMakerRole';
const ML_M5_LARGE = 0.115;

const failure = (promise: Promise<unknown>) => serviceError(promise, CostExplorerServiceException);

/** An endpoint of one ml.m5.large tagged project=fraud, InService. */
async function fraudEndpoint(env: CostSandbox): Promise<void> {
  await env.sagemaker.send(
    new CreateModelCommand({ ModelName: 'fraud-model', ExecutionRoleArn: ROLE, PrimaryContainer: { Image: '683313688378.dkr.ecr.us-east-1.amazonaws.com/sagemaker-xgboost:1.7-1', ModelDataUrl: 's3://sagedeck-demo-churn-data/models/fraud/model.tar.gz' } }),
  );
  await env.sagemaker.send(new CreateEndpointConfigCommand({ EndpointConfigName: 'fraud-config', ProductionVariants: [{ VariantName: 'AllTraffic', ModelName: 'fraud-model', InstanceType: 'ml.m5.large', InitialInstanceCount: 1 }] }));
  await env.sagemaker.send(new CreateEndpointCommand({ EndpointName: 'fraud-prod', EndpointConfigName: 'fraud-config', Tags: [{ Key: 'project', Value: 'fraud' }] }));
  env.clock.advance(60_000);
  const described = await env.sagemaker.send(new DescribeEndpointCommand({ EndpointName: 'fraud-prod' }));
  expect(described.EndpointStatus).toBe('InService');
}

const fraudToday = async (env: CostSandbox) => (await env.costByGroup(TODAY, [{ Type: 'TAG', Key: 'project' }]))['project$fraud'] ?? 0;

async function forecastToMonthEnd(env: CostSandbox): Promise<number> {
  const out = await env.ce.send(new GetCostForecastCommand({ TimePeriod: { Start: TOMORROW, End: '2026-02-01' }, Metric: 'UNBLENDED_COST', Granularity: 'MONTHLY', PredictionIntervalLevel: 80 }));
  const [period] = out.ForecastResultsByTime ?? [];
  expect(Number(period?.PredictionIntervalLowerBound)).toBeLessThan(Number(period?.MeanValue));
  expect(Number(period?.PredictionIntervalUpperBound)).toBeGreaterThan(Number(period?.MeanValue));
  expect(out.Total?.Unit).toBe('USD');
  return Number(out.Total?.Amount);
}

describe('Cost Explorer: cost follows scaling', () => {
  let env: CostSandbox;
  beforeEach(async () => {
    env = await startCostSandbox();
  });
  afterEach(async () => env.stop());

  it('charges a tagged endpoint three times as much per hour after it scales out from one instance to three', async () => {
    await fraudEndpoint(env);
    const start = await fraudToday(env);
    env.clock.advance(HOUR);
    const beforeScaling = (await fraudToday(env)) - start;
    expect(beforeScaling).toBeCloseTo(ML_M5_LARGE, 6);

    await env.sagemaker.send(new UpdateEndpointWeightsAndCapacitiesCommand({ EndpointName: 'fraud-prod', DesiredWeightsAndCapacities: [{ VariantName: 'AllTraffic', DesiredInstanceCount: 3 }] }));
    env.clock.advance(120_000);
    expect((await env.sagemaker.send(new DescribeEndpointCommand({ EndpointName: 'fraud-prod' }))).ProductionVariants?.[0]?.CurrentInstanceCount).toBe(3);
    const scaled = await fraudToday(env);
    const forecastAfter = await forecastToMonthEnd(env);
    env.clock.advance(HOUR);
    const afterScaling = (await fraudToday(env)) - scaled;
    expect(afterScaling).toBeCloseTo(3 * ML_M5_LARGE, 6);

    // The forecast prices what runs now: three fraud instances for the rest of the month.
    const fraudOnly = await env.ce.send(
      new GetCostForecastCommand({ TimePeriod: { Start: TOMORROW, End: '2026-01-08' }, Metric: 'UNBLENDED_COST', Granularity: 'DAILY', Filter: { Tags: { Key: 'project', Values: ['fraud'] } } }),
    );
    expect(fraudOnly.ForecastResultsByTime).toHaveLength(2);
    expect(Number(fraudOnly.Total?.Amount)).toBeCloseTo(2 * 24 * 3 * ML_M5_LARGE, 6);
    expect(forecastAfter).toBeGreaterThan(26 * 24 * (2 + 3) * ML_M5_LARGE);
  });

  it('refuses reversed periods, forecasts of the past and unknown metrics with AWS’s errors', async () => {
    const reversed = await failure(env.ce.send(new GetCostAndUsageCommand({ TimePeriod: { Start: TODAY, End: '2026-01-01' }, Granularity: 'DAILY', Metrics: ['UnblendedCost'] })));
    expect(reversed.name).toBe('ValidationException');
    expect(reversed.message).toBe('Start date (and hour) should be before end date (and hour)');
    const ahead = await failure(env.ce.send(new GetCostAndUsageCommand({ TimePeriod: { Start: TODAY, End: '2026-03-01' }, Granularity: 'DAILY', Metrics: ['UnblendedCost'] })));
    expect(ahead.message).toBe('end date past the beginning of next month');
    const past = await failure(env.ce.send(new GetCostForecastCommand({ TimePeriod: { Start: '2026-01-01', End: '2026-02-01' }, Metric: 'UNBLENDED_COST', Granularity: 'MONTHLY' })));
    expect(past.name).toBe('ValidationException');
    const metric = await failure(env.ce.send(new GetCostAndUsageCommand({ TimePeriod: { Start: '2026-01-01', End: TODAY }, Granularity: 'DAILY', Metrics: ['Dollars'] })));
    expect(metric.name).toBe('ValidationException');
    const groups = await failure(
      env.ce.send(new GetCostAndUsageCommand({ TimePeriod: { Start: '2026-01-01', End: TODAY }, Granularity: 'DAILY', Metrics: ['UnblendedCost'], GroupBy: [{ Type: 'DIMENSION', Key: 'SERVICE' }, { Type: 'TAG', Key: 'a' }, { Type: 'TAG', Key: 'b' }] })),
    );
    expect(groups.name).toBe('ValidationException');
  });
});
