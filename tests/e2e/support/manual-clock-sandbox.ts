import {
  ApplicationAutoScalingClient,
  DescribeScalableTargetsCommand,
  DescribeScalingActivitiesCommand,
} from '@aws-sdk/client-application-auto-scaling';
import { CloudWatchClient, DescribeAlarmsCommand } from '@aws-sdk/client-cloudwatch';
import { DescribeEndpointCommand, SageMakerClient, type DescribeEndpointOutput } from '@aws-sdk/client-sagemaker';
import { createManualClock, type ManualClock } from '../../../electron/sandbox/clock';
import { startSandbox, type RunningSandbox } from '../../../electron/sandbox/index';
import { test as base } from './fixtures';

/** The profile SageDeck starts on in these tests: static keys, `endpoint_url` at the test's sandbox. */
export const MANUAL_SANDBOX_PROFILE = 'sandbox-manual-clock';

const MINUTE_MS = 60_000;

/**
 * A demo-seeded sandbox started by the test on a manual clock: nothing in it happens (deployments,
 * bakes, traffic minutes, alarm evaluations, scaling) until the test moves the clock through the
 * control API. The host reaches it through a profile whose endpoint_url points at it.
 */
export interface ManualClockSandbox {
  sandbox: RunningSandbox;
  clock: ManualClock;
  /** ~/.aws/config and credentials text for MANUAL_SANDBOX_PROFILE. */
  config: string;
  credentials: string;
  /** `POST /_sandbox/<path>` with a JSON body; fails the test on anything but 200. */
  control(path: string, body: Record<string, unknown>): Promise<unknown>;
  /** DescribeEndpoint as AWS answers it, through the sandbox's own keys (not SageDeck's). */
  describeEndpoint(name: string): Promise<DescribeEndpointOutput>;
  /** The alarm's state as CloudWatch answers it (undefined when there is no such alarm). */
  alarmState(name: string): Promise<string | undefined>;
  /** The names of every alarm CloudWatch has in ALARM now. */
  alarmsInAlarm(): Promise<string[]>;
  /**
   * Moves the clock a simulated minute at a time (`POST /_sandbox/clock/advance`) until `check`
   * holds on what AWS answers; fails after `maxMinutes`, with what `explain` says of the state then
   * (so a failure on CI tells why). No real time passes.
   */
  advanceUntil(check: () => Promise<boolean>, what: string, maxMinutes?: number, explain?: () => Promise<string>): Promise<void>;
  /** Status, capacity, scaling activities and alarm states of an endpoint's first variant, in words. */
  explainScaling(endpointName: string): Promise<string>;
  stop(): Promise<void>;
}

/**
 * `startMinutesAgo`: the simulated clock starts that far behind the real one. The app asks
 * CloudWatch for ranges ending at the real now, so a test that advances the sandbox by N minutes
 * and then reads charts starts at least N minutes back, or its newest datapoints lie in the future.
 */
export async function startManualClockSandbox({ startMinutesAgo = 0 } = {}): Promise<ManualClockSandbox> {
  // Starting near the real now keeps the seed's timestamps and CloudWatch's time ranges where the app looks.
  const clock = createManualClock(Date.now() - startMinutesAgo * MINUTE_MS);
  const sandbox = await startSandbox({ port: 0, seed: 'demo', clock });
  const sagemaker = new SageMakerClient({
    endpoint: sandbox.endpoint,
    region: sandbox.region,
    credentials: sandbox.credentials,
    maxAttempts: 1,
  });
  const cloudwatch = new CloudWatchClient({
    endpoint: sandbox.endpoint,
    region: sandbox.region,
    credentials: sandbox.credentials,
    maxAttempts: 1,
  });
  const autoscaling = new ApplicationAutoScalingClient({
    endpoint: sandbox.endpoint,
    region: sandbox.region,
    credentials: sandbox.credentials,
    maxAttempts: 1,
  });
  const control = async (path: string, body: Record<string, unknown>) => {
    const answer = await fetch(`${sandbox.endpoint}/_sandbox/${path}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(body),
    });
    const text = await answer.text();
    if (answer.status !== 200) throw new Error(`POST /_sandbox/${path} answered ${answer.status}: ${text}`);
    return JSON.parse(text) as unknown;
  };
  return {
    sandbox,
    clock,
    config: [
      `[profile ${MANUAL_SANDBOX_PROFILE}]`,
      `region = ${sandbox.region}`,
      `endpoint_url = ${sandbox.endpoint}`,
      '',
    ].join('\n'),
    credentials: [
      `[${MANUAL_SANDBOX_PROFILE}]`,
      `aws_access_key_id = ${sandbox.credentials.accessKeyId}`,
      `aws_secret_access_key = ${sandbox.credentials.secretAccessKey}`,
      '',
    ].join('\n'),
    control,
    describeEndpoint: (name) => sagemaker.send(new DescribeEndpointCommand({ EndpointName: name })),
    alarmsInAlarm: async () => ((await cloudwatch.send(new DescribeAlarmsCommand({ StateValue: 'ALARM' }))).MetricAlarms ?? []).map((alarm) => alarm.AlarmName ?? ''),
    alarmState: async (name) => (await cloudwatch.send(new DescribeAlarmsCommand({ AlarmNames: [name] }))).MetricAlarms?.[0]?.StateValue,
    async advanceUntil(check, what, maxMinutes = 30, explain) {
      for (let minute = 0; minute < maxMinutes; minute += 1) {
        if (await check()) return;
        await control('clock/advance', { ms: MINUTE_MS });
      }
      if (await check()) return;
      const state = explain ? `\n${await explain()}` : '';
      throw new Error(`still waiting for ${what} after ${maxMinutes} simulated minutes${state}`);
    },
    async explainScaling(endpointName) {
      const endpoint = await sagemaker.send(new DescribeEndpointCommand({ EndpointName: endpointName }));
      const variant = endpoint.ProductionVariants?.[0];
      const resourceId = `endpoint/${endpointName}/variant/${variant?.VariantName ?? 'AllTraffic'}`;
      const scaling = { ServiceNamespace: 'sagemaker' as const, ResourceIds: [resourceId] };
      const targets = (await autoscaling.send(new DescribeScalableTargetsCommand(scaling))).ScalableTargets ?? [];
      const activities = (await autoscaling.send(new DescribeScalingActivitiesCommand({ ServiceNamespace: 'sagemaker', ResourceId: resourceId }))).ScalingActivities ?? [];
      const alarms = (await cloudwatch.send(new DescribeAlarmsCommand({ AlarmNamePrefix: 'TargetTracking-' }))).MetricAlarms ?? [];
      return [
        `clock ${new Date(clock.now()).toISOString()}; ${endpointName} ${endpoint.EndpointStatus}, ${variant?.CurrentInstanceCount} of ${variant?.DesiredInstanceCount} desired`,
        ...targets.map((t) => `target min ${t.MinCapacity} max ${t.MaxCapacity}`),
        ...activities.map((a) => `activity ${a.StartTime?.toISOString()} ${a.StatusCode} ${a.Description} (${a.Cause})`),
        ...alarms.map((a) => `alarm ${a.AlarmName} ${a.StateValue}: ${a.StateReason}`),
      ].join('\n');
    },
    async stop() {
      autoscaling.destroy();
      sagemaker.destroy();
      cloudwatch.destroy();
      await sandbox.stop();
    },
  };
}

/**
 * The e2e `test` on a manual-clock sandbox: the host's profile points at a demo-seeded sandbox the
 * test started (`sandbox` fixture), so simulated time moves only when the test advances it.
 */
export function testOnManualClock(options: { startMinutesAgo?: number } = {}) {
  return base.extend<{ sandbox: ManualClockSandbox }>({
    // eslint-disable-next-line no-empty-pattern -- Playwright requires the destructuring form
    sandbox: async ({}, use) => {
      const sandbox = await startManualClockSandbox(options);
      await use(sandbox);
      await sandbox.stop();
    },
    home: async ({ home, sandbox }, use) => {
      home.writeAwsConfig(sandbox.config);
      home.writeAwsCredentials(sandbox.credentials);
      home.env.AWS_PROFILE = MANUAL_SANDBOX_PROFILE;
      await use(home);
    },
  });
}
