import { FilterLogEventsCommand } from '@aws-sdk/client-cloudwatch-logs';
import { InvokeEndpointCommand, SageMakerRuntimeServiceException } from '@aws-sdk/client-sagemaker-runtime';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { control } from './support';
import { MINUTE, hostModel, metricPoints, startHostingSandbox, type HostingSandbox } from './sagemaker-deploy-harness';

describe('SageMaker endpoint traffic and metrics', () => {
  let s: HostingSandbox;
  beforeEach(async () => {
    s = await startHostingSandbox();
    await hostModel(s, { model: 'churn-model', config: 'churn-config', endpoint: 'churn-ep' }, { instances: 1 });
  });
  afterEach(async () => {
    await s.stop();
  });

  const invoke = (body: string) =>
    s.runtime.send(new InvokeEndpointCommand({ EndpointName: 'churn-ep', ContentType: 'text/csv', Body: Buffer.from(body) }));

  it('publishes every InvokeEndpoint as AWS/SageMaker metrics and an endpoint log line', async () => {
    const from = s.clock.now();
    await invoke('12,70.5,1,12');
    await invoke('3,99.9,4,1');
    const refused = await invoke('not,a,number').catch((error: unknown) => error);
    expect(refused).toBeInstanceOf(SageMakerRuntimeServiceException);
    s.advance(MINUTE);

    expect(await metricPoints(s, { name: 'Invocations', endpoint: 'churn-ep' }, from, s.clock.now())).toEqual([{ at: expect.any(Number), value: 3 }]);
    expect((await metricPoints(s, { name: 'Invocation4XXErrors', endpoint: 'churn-ep' }, from, s.clock.now()))[0]?.value).toBe(1);
    expect((await metricPoints(s, { name: 'Invocation5XXErrors', endpoint: 'churn-ep' }, from, s.clock.now()))[0]?.value).toBe(0);
    const latency = await metricPoints(s, { name: 'ModelLatency', endpoint: 'churn-ep', statistic: 'Maximum' }, from, s.clock.now());
    // Microseconds, as AWS reports ModelLatency: an XGBoost call takes milliseconds, not seconds.
    expect(latency[0]?.value).toBeGreaterThan(1_000);
    expect(latency[0]?.value).toBeLessThan(200_000);

    const events = await s.logs.send(new FilterLogEventsCommand({ logGroupName: '/aws/sagemaker/Endpoints/churn-ep', filterPattern: '"POST /invocations"' }));
    expect(events.events).toHaveLength(3);
    expect(events.events?.[0]?.logStreamName).toMatch(/^AllTraffic\/i-[0-9a-f]{17}$/);
    expect(events.events?.map((e) => e.message).filter((m) => m?.includes(' 424 ') || m?.includes(' 400 '))).toHaveLength(1);
  });

  it('generates per-minute traffic through the control API: rate, latency, errors, stop', async () => {
    const started = await control(s.sandbox.endpoint, 'POST', 'traffic/start', { endpointName: 'churn-ep' });
    expect(started.status).toBe(200);
    expect(await control(s.sandbox.endpoint, 'POST', 'traffic/rate', { endpointName: 'churn-ep', ratePerMinute: 600 })).toMatchObject({ status: 200 });
    const from = s.clock.now();
    s.advance(3 * MINUTE);
    const invocations = await metricPoints(s, { name: 'Invocations', endpoint: 'churn-ep' }, from, s.clock.now());
    expect(invocations.map((p) => p.value)).toEqual([600, 600, 600]);
    const cpu = await metricPoints(s, { name: 'CPUUtilization', namespace: '/aws/sagemaker/Endpoints', endpoint: 'churn-ep', statistic: 'SampleCount' }, from, s.clock.now());
    expect(cpu.map((p) => p.value)).toEqual([1, 1, 1]);
    const calmP99 = (await metricPoints(s, { name: 'ModelLatency', endpoint: 'churn-ep', extended: 'p99' }, from, s.clock.now()))[0]?.value ?? 0;

    // Five times the load on one instance: the model slows down (and starts dropping requests).
    await control(s.sandbox.endpoint, 'POST', 'traffic/rate', { endpointName: 'churn-ep', ratePerMinute: 3000 });
    const busyFrom = s.clock.now();
    s.advance(MINUTE);
    const busyP99 = (await metricPoints(s, { name: 'ModelLatency', endpoint: 'churn-ep', extended: 'p99' }, busyFrom, s.clock.now()))[0]?.value ?? 0;
    expect(busyP99).toBeGreaterThan(calmP99 * 3);
    expect((await metricPoints(s, { name: 'Invocation5XXErrors', endpoint: 'churn-ep' }, busyFrom, s.clock.now()))[0]?.value).toBeGreaterThan(0);

    // Added latency and an error rate on the variant, at the calm rate again.
    await control(s.sandbox.endpoint, 'POST', 'traffic/rate', { endpointName: 'churn-ep', ratePerMinute: 600 });
    const fault = await control(s.sandbox.endpoint, 'POST', 'traffic/fault', { endpointName: 'churn-ep', variantName: 'AllTraffic', latencyMs: 250, errorRate: 0.1 });
    expect(fault.json.traffic).toMatchObject({ faults: { AllTraffic: { latencyMs: 250, errorRate: 0.1 } } });
    const faultFrom = s.clock.now();
    s.advance(MINUTE);
    expect((await metricPoints(s, { name: 'Invocation5XXErrors', endpoint: 'churn-ep' }, faultFrom, s.clock.now()))[0]?.value).toBe(60);
    const slowMin = (await metricPoints(s, { name: 'ModelLatency', endpoint: 'churn-ep', statistic: 'Minimum' }, faultFrom, s.clock.now()))[0]?.value ?? 0;
    expect(slowMin).toBeGreaterThan(250_000);
    const errors = await s.logs.send(new FilterLogEventsCommand({ logGroupName: '/aws/sagemaker/Endpoints/churn-ep', filterPattern: 'ERROR', startTime: faultFrom }));
    expect(errors.events?.length).toBeGreaterThan(0);

    const pendingWhileOn = s.clock.pending();
    const stopped = await control(s.sandbox.endpoint, 'POST', 'traffic/stop', { endpointName: 'churn-ep' });
    expect(stopped.json.traffic).toMatchObject({ on: false });
    expect(s.clock.pending()).toBe(pendingWhileOn - 1);
    const quietFrom = s.clock.now();
    s.advance(2 * MINUTE);
    expect(await metricPoints(s, { name: 'Invocations', endpoint: 'churn-ep' }, quietFrom, s.clock.now())).toEqual([]);
  });

  it('applies a variant fault to real invocations too', async () => {
    s.sandbox.control.traffic.setFault({ endpointName: 'churn-ep', variantName: 'AllTraffic', latencyMs: 300, errorRate: 1 });
    const from = s.clock.now();
    const refused = await invoke('12,70.5,1,12').catch((error: unknown) => error);
    expect(refused).toBeInstanceOf(SageMakerRuntimeServiceException);
    expect((refused as SageMakerRuntimeServiceException).name).toBe('ModelError');
    expect((refused as SageMakerRuntimeServiceException).message).toMatch(/^Received server error \(500\) from primary with message "/);
    s.sandbox.control.traffic.setFault({ endpointName: 'churn-ep', variantName: 'AllTraffic', errorRate: 0 });
    await invoke('12,70.5,1,12');
    s.advance(MINUTE);
    expect((await metricPoints(s, { name: 'Invocation5XXErrors', endpoint: 'churn-ep' }, from, s.clock.now()))[0]?.value).toBe(1);
    expect((await metricPoints(s, { name: 'ModelLatency', endpoint: 'churn-ep', statistic: 'Minimum' }, from, s.clock.now()))[0]?.value).toBeGreaterThan(300_000);
  });

  it('refuses malformed traffic requests and unknown endpoints', async () => {
    expect(await control(s.sandbox.endpoint, 'POST', 'traffic/rate', { endpointName: 'churn-ep', ratePerMinute: -5 })).toMatchObject({ status: 400 });
    expect(await control(s.sandbox.endpoint, 'POST', 'traffic/fault', { endpointName: 'churn-ep', variantName: 'AllTraffic', errorRate: 2 })).toMatchObject({ status: 400 });
    const missing = await control(s.sandbox.endpoint, 'POST', 'traffic/start', { endpointName: 'no-such-endpoint' });
    expect(missing.status).toBe(400);
    expect(String(missing.json.error)).toContain('no-such-endpoint');
    expect(s.sandbox.control.traffic.list()).toEqual([]);
  });

  it('routes generated traffic between variants by their current weights', async () => {
    const { CreateEndpointCommand, CreateEndpointConfigCommand, UpdateEndpointWeightsAndCapacitiesCommand } = await import('@aws-sdk/client-sagemaker');
    await s.sagemaker.send(
      new CreateEndpointConfigCommand({
        EndpointConfigName: 'ab-config',
        ProductionVariants: [
          { VariantName: 'Champion', ModelName: 'churn-model', InstanceType: 'ml.m5.large', InitialInstanceCount: 1, InitialVariantWeight: 3 },
          { VariantName: 'Challenger', ModelName: 'churn-model', InstanceType: 'ml.m5.large', InitialInstanceCount: 1, InitialVariantWeight: 1 },
        ],
      }),
    );
    await s.sagemaker.send(new CreateEndpointCommand({ EndpointName: 'ab-ep', EndpointConfigName: 'ab-config' }));
    s.advance(45_000);
    s.sandbox.control.traffic.start({ endpointName: 'ab-ep' });
    s.sandbox.control.traffic.setRate({ endpointName: 'ab-ep', ratePerMinute: 800 });
    const from = s.clock.now();
    s.advance(MINUTE);
    const per = async (variant: string, since: number) => (await metricPoints(s, { name: 'Invocations', endpoint: 'ab-ep', variant }, since, s.clock.now())).map((p) => p.value);
    expect(await per('Champion', from)).toEqual([600]);
    expect(await per('Challenger', from)).toEqual([200]);

    // Shift weight to the challenger: the split follows once the change is in service.
    await s.sagemaker.send(new UpdateEndpointWeightsAndCapacitiesCommand({ EndpointName: 'ab-ep', DesiredWeightsAndCapacities: [{ VariantName: 'Challenger', DesiredWeight: 3 }] }));
    s.advance(2 * MINUTE);
    const after = s.clock.now();
    s.advance(MINUTE);
    expect(await per('Champion', after)).toEqual([400]);
    expect(await per('Challenger', after)).toEqual([400]);
  });

  it('spreads generated traffic over the instances a capacity change brought up', async () => {
    s.sandbox.control.traffic.start({ endpointName: 'churn-ep' });
    s.sandbox.control.traffic.setRate({ endpointName: 'churn-ep', ratePerMinute: 800 });
    const { UpdateEndpointWeightsAndCapacitiesCommand } = await import('@aws-sdk/client-sagemaker');
    await s.sagemaker.send(new UpdateEndpointWeightsAndCapacitiesCommand({ EndpointName: 'churn-ep', DesiredWeightsAndCapacities: [{ VariantName: 'AllTraffic', DesiredInstanceCount: 2 }] }));
    s.advance(3 * MINUTE);
    const from = s.clock.now();
    s.advance(MINUTE);
    const perInstance = await metricPoints(s, { name: 'InvocationsPerInstance', endpoint: 'churn-ep' }, from, s.clock.now());
    expect(perInstance.map((p) => p.value)).toEqual([400]);
  });
});
