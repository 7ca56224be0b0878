import type { MetricDatum, ServiceEnv } from '../../../types';
import type { Where } from '../base/arn';
import { containerStamp, writeLog } from '../base/logs';
import type { EndpointRecord, VariantState } from '../base/records';
import { endpointLogGroup, instanceStream } from '../endpoints/instances';
import type { MinuteOutcome } from './load-model';

export const INVOCATION_NAMESPACE = 'AWS/SageMaker';
export const INSTANCE_NAMESPACE = '/aws/sagemaker/Endpoints';
/** How many recent minutes each variant keeps for Auto Scaling (AlarmLow looks at 15). */
const KEPT_MINUTES = 16;

export interface VariantMinuteReport {
  variantName: string;
  invocations: number;
  instances: number;
  errors4xx: number;
  outcome: MinuteOutcome;
  /** The instances that served it (old and new fleet during a deployment). */
  servedBy: { variant: VariantState; slots: number }[];
}

/** Adds served requests to the variant's minute bucket (Auto Scaling reads these back). */
export function recordMinute(endpoint: EndpointRecord, variantName: string, minuteMs: number, invocations: number, instances: number): void {
  const minutes = ((endpoint.recentMinutes ??= {})[variantName] ??= []);
  const last = minutes[minutes.length - 1];
  if (last && last.minuteMs === minuteMs) {
    last.invocations += invocations;
    last.instances = Math.max(last.instances, instances);
  } else {
    minutes.push({ minuteMs, invocations, instances });
    if (minutes.length > KEPT_MINUTES) minutes.splice(0, minutes.length - KEPT_MINUTES);
  }
}

function put(env: ServiceEnv, where: Where, datum: MetricDatum): void {
  env.bus.metrics?.put(where, datum);
}

/**
 * One minute of a variant's traffic as SageMaker reports it: AWS/SageMaker invocation metrics per
 * (EndpointName, VariantName) — latencies as a handful of quantile samples rather than one datum
 * per request, so memory stays bounded — per-instance utilisation under /aws/sagemaker/Endpoints,
 * and a couple of access-log lines per instance.
 */
export function publishMinute(env: ServiceEnv, where: Where, endpoint: EndpointRecord, report: VariantMinuteReport, timestamp: number): void {
  const dimensions = { EndpointName: endpoint.name, VariantName: report.variantName };
  const metric = (metricName: string, value: number, unit: string) => put(env, where, { namespace: INVOCATION_NAMESPACE, metricName, dimensions, value, unit, timestamp });
  metric('Invocations', report.invocations, 'None');
  metric('InvocationsPerInstance', report.outcome.invocationsPerInstance, 'None');
  metric('Invocation4XXErrors', report.errors4xx, 'None');
  metric('Invocation5XXErrors', report.outcome.errors5xx, 'None');
  if (report.invocations > 0) {
    for (const value of report.outcome.modelLatencyUs) metric('ModelLatency', value, 'Microseconds');
    for (const value of report.outcome.overheadLatencyUs) metric('OverheadLatency', value, 'Microseconds');
  }
  const stamp = containerStamp(timestamp);
  for (const { variant, slots } of report.servedBy) {
    for (let slot = 0; slot < slots; slot++) {
      const instance = (metricName: string, value: number) =>
        put(env, where, { namespace: INSTANCE_NAMESPACE, metricName, dimensions, value: Math.round(value * 100) / 100, unit: 'Percent', timestamp });
      instance('CPUUtilization', report.outcome.cpuPercent);
      instance('MemoryUtilization', report.outcome.memoryPercent);
      instance('DiskUtilization', report.outcome.diskPercent);
      const served = Math.round(report.invocations / Math.max(1, report.instances));
      const lines = [{ timestamp, message: `[${stamp}:INFO] served ${served} POST /invocations in the last minute, p50 model latency ${Math.round((report.outcome.modelLatencyUs[2] ?? 0) / 1000)} ms` }];
      const failed = Math.round(report.outcome.errors5xx / Math.max(1, report.instances));
      if (failed > 0) lines.push({ timestamp, message: `[${stamp}:ERROR] ${failed} POST /invocations answered 500: worker timed out or raised` });
      writeLog(env, where, endpointLogGroup(endpoint.name), instanceStream(endpoint, variant, slot), lines);
    }
  }
}

/** One real InvokeEndpoint call: the same metrics for a single request, and its access-log line. */
export function publishInvocation(
  env: ServiceEnv,
  where: Where,
  endpoint: EndpointRecord,
  variant: VariantState,
  call: { status: number; modelUs: number; overheadUs: number; slot: number; timestamp: number },
): void {
  const dimensions = { EndpointName: endpoint.name, VariantName: variant.variantName };
  const metric = (metricName: string, value: number, unit: string) => put(env, where, { namespace: INVOCATION_NAMESPACE, metricName, dimensions, value, unit, timestamp: call.timestamp });
  const instances = Math.max(1, variant.currentInstanceCount);
  metric('Invocations', 1, 'None');
  metric('InvocationsPerInstance', 1 / instances, 'None');
  metric('Invocation4XXErrors', call.status >= 400 && call.status < 500 ? 1 : 0, 'None');
  metric('Invocation5XXErrors', call.status >= 500 ? 1 : 0, 'None');
  metric('ModelLatency', call.modelUs, 'Microseconds');
  metric('OverheadLatency', call.overheadUs, 'Microseconds');
  recordMinute(endpoint, variant.variantName, Math.floor(call.timestamp / 60_000) * 60_000, 1, instances);
  const stamp = containerStamp(call.timestamp);
  const level = call.status >= 400 ? 'ERROR' : 'INFO';
  writeLog(env, where, endpointLogGroup(endpoint.name), instanceStream(endpoint, variant, call.slot), [
    { timestamp: call.timestamp, message: `[${stamp}:${level}] "POST /invocations HTTP/1.1" ${call.status} model_latency_us=${call.modelUs}` },
  ]);
}
