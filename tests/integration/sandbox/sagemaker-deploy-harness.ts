import { ApplicationAutoScalingClient } from '@aws-sdk/client-application-auto-scaling';
import { CloudWatchClient, GetMetricStatisticsCommand, type Statistic } from '@aws-sdk/client-cloudwatch';
import { CloudWatchLogsClient } from '@aws-sdk/client-cloudwatch-logs';
import { CreateEndpointCommand, CreateEndpointConfigCommand, CreateModelCommand, DescribeEndpointCommand, SageMakerClient } from '@aws-sdk/client-sagemaker';
import { SageMakerRuntimeClient } from '@aws-sdk/client-sagemaker-runtime';
import type { ManualClock } from '../../../electron/sandbox/clock';
import type { RunningSandbox } from '../../../electron/sandbox/index';
import { createAutoScalingModule } from '../../../electron/sandbox/services/autoscaling';
import { createCloudWatchModule } from '../../../electron/sandbox/services/cloudwatch';
import { createLogsModule } from '../../../electron/sandbox/services/logs';
import { createSageMakerModule } from '../../../electron/sandbox/services/sagemaker';
import type { SeedKind } from '../../../electron/sandbox/types';
import { startTestSandbox } from './support';

export const ROLE_ARN = 'arn:aws:iam::111122223333:role/SageDeckDemoSageMakerRole';
export const MINUTE = 60_000;
export const imageV = (tag: string) => `683313688378.dkr.ecr.us-east-1.amazonaws.com/sagemaker-xgboost:${tag}`;

/**
 * SageMaker, its Runtime, CloudWatch (metrics and alarms), CloudWatch Logs and Application Auto
 * Scaling on one sandbox with a manual clock: the pieces an endpoint deployment or a scaling
 * decision goes through, each reached over HTTP with its real SDK client.
 */
export interface HostingSandbox {
  sandbox: RunningSandbox;
  clock: ManualClock;
  sagemaker: SageMakerClient;
  runtime: SageMakerRuntimeClient;
  cloudwatch: CloudWatchClient;
  logs: CloudWatchLogsClient;
  autoscaling: ApplicationAutoScalingClient;
  /** Moves the clock in whole-minute steps so every minute's timers fire in order. */
  advance(ms: number): void;
  stop(): Promise<void>;
}

export async function startHostingSandbox(seed: SeedKind = 'empty', dataDir?: string): Promise<HostingSandbox> {
  const env = await startTestSandbox({ seed, modules: [createLogsModule, createCloudWatchModule, createSageMakerModule, createAutoScalingModule], ...(dataDir ? { dataDir } : {}) });
  const config = { ...env.config, maxAttempts: 1 };
  const sagemaker = new SageMakerClient(config);
  const runtime = new SageMakerRuntimeClient(config);
  const cloudwatch = new CloudWatchClient(config);
  const logs = new CloudWatchLogsClient(config);
  const autoscaling = new ApplicationAutoScalingClient(config);
  return {
    sandbox: env.sandbox,
    clock: env.clock,
    sagemaker,
    runtime,
    cloudwatch,
    logs,
    autoscaling,
    advance: (ms) => env.clock.advance(ms),
    async stop() {
      for (const client of [sagemaker, runtime, cloudwatch, logs, autoscaling]) client.destroy();
      await env.stop();
    },
  };
}

/** A model, a one-variant config and, unless `endpoint` is false, an endpoint brought InService. */
export async function hostModel(
  s: HostingSandbox,
  names: { model: string; config: string; endpoint?: string },
  options: { tag?: string; instances?: number; instanceType?: 'ml.m5.large' | 'ml.m5.xlarge' } = {},
): Promise<void> {
  await s.sagemaker.send(
    new CreateModelCommand({
      ModelName: names.model,
      ExecutionRoleArn: ROLE_ARN,
      PrimaryContainer: { Image: imageV(options.tag ?? '1.7-1'), ModelDataUrl: `s3://sagedeck-demo-churn-data/models/${names.model}/output/model.tar.gz` },
    }),
  );
  await s.sagemaker.send(
    new CreateEndpointConfigCommand({
      EndpointConfigName: names.config,
      ProductionVariants: [{ VariantName: 'AllTraffic', ModelName: names.model, InstanceType: options.instanceType ?? 'ml.m5.large', InitialInstanceCount: options.instances ?? 2 }],
    }),
  );
  if (names.endpoint) {
    await s.sagemaker.send(new CreateEndpointCommand({ EndpointName: names.endpoint, EndpointConfigName: names.config }));
    s.advance(45_000);
    const status = (await s.sagemaker.send(new DescribeEndpointCommand({ EndpointName: names.endpoint }))).EndpointStatus;
    if (status !== 'InService') throw new Error(`endpoint ${names.endpoint} is ${status}`);
  }
}

/** One statistic of an AWS/SageMaker (or instance) metric over [from, to), per minute. */
export async function metricPoints(
  s: HostingSandbox,
  metric: { name: string; namespace?: string; endpoint: string; variant?: string; statistic?: Statistic; extended?: string },
  from: number,
  to: number,
): Promise<{ at: number; value: number }[]> {
  const out = await s.cloudwatch.send(
    new GetMetricStatisticsCommand({
      Namespace: metric.namespace ?? 'AWS/SageMaker',
      MetricName: metric.name,
      Dimensions: [
        { Name: 'EndpointName', Value: metric.endpoint },
        { Name: 'VariantName', Value: metric.variant ?? 'AllTraffic' },
      ],
      StartTime: new Date(from),
      EndTime: new Date(to),
      Period: 60,
      ...(metric.extended ? { ExtendedStatistics: [metric.extended] } : { Statistics: [metric.statistic ?? 'Sum'] }),
    }),
  );
  return (out.Datapoints ?? [])
    .map((d) => ({
      at: d.Timestamp?.getTime() ?? 0,
      value: metric.extended ? (d.ExtendedStatistics?.[metric.extended] ?? NaN) : ((d as Record<string, unknown>)[metric.statistic ?? 'Sum'] as number),
    }))
    .sort((a, b) => a.at - b.at);
}
