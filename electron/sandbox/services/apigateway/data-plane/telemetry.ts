import { createHash } from 'node:crypto';
import type { SandboxBus } from '../../../types';
import type { ExecutionLog } from '../execution/execution-log';
import type { MethodSettingRecord, ServedStage } from '../model';

export const NAMESPACE = 'AWS/ApiGateway';

export interface RequestReport {
  served: ServedStage;
  setting: MethodSettingRecord | undefined;
  resourcePath: string;
  httpMethod: string;
  status: number;
  latencyMs: number;
  integrationLatencyMs?: number;
  requestId: string;
  sourceIp: string;
  /** `$context.identity.caller` / `.user` of a signed call (the caller's user id), for the access log. */
  caller?: string;
  responseLength: number;
  timestamp: number;
  log?: ExecutionLog;
}

/** One stream per stage and day, named like AWS's hex stream names. */
function streamName(restApiId: string, stageName: string, timestamp: number): string {
  return createHash('md5').update(`${restApiId}/${stageName}/${new Date(timestamp).toISOString().slice(0, 10)}`).digest('hex');
}

/**
 * AWS/ApiGateway metrics (ApiName and ApiName+Stage always; ApiName+Method+Resource+Stage with
 * detailed metrics), the execution log when the stage logs at INFO or ERROR, and the access log line.
 */
export function publishRequest(bus: SandboxBus, report: RequestReport): void {
  const { served, setting } = report;
  const where = served.where;
  const apiName = served.restApi.name;
  const stage = served.stage.stageName;
  const dimensionSets: Record<string, string>[] = [{ ApiName: apiName }, { ApiName: apiName, Stage: stage }];
  if (setting?.metricsEnabled) dimensionSets.push({ ApiName: apiName, Method: report.httpMethod.toUpperCase(), Resource: report.resourcePath, Stage: stage });
  for (const dimensions of dimensionSets) {
    const put = (metricName: string, value: number, unit: string) => bus.metrics?.put(where, { namespace: NAMESPACE, metricName, dimensions, value, unit, timestamp: report.timestamp });
    put('Count', 1, 'Count');
    put('4XXError', report.status >= 400 && report.status < 500 ? 1 : 0, 'Count');
    put('5XXError', report.status >= 500 ? 1 : 0, 'Count');
    put('Latency', report.latencyMs, 'Milliseconds');
    if (report.integrationLatencyMs !== undefined) put('IntegrationLatency', report.integrationLatencyMs, 'Milliseconds');
  }
  const stream = streamName(served.restApi.id, stage, report.timestamp);
  const level = setting?.loggingLevel ?? 'OFF';
  if (report.log && level !== 'OFF') {
    const lines = report.log.lines.filter((line) => (level === 'INFO' || line.level === 'ERROR') && (!line.dataTrace || setting?.dataTraceEnabled));
    bus.logs?.put(where, `API-Gateway-Execution-Logs_${served.restApi.id}/${stage}`, stream, lines.map((line) => ({ timestamp: line.timestamp, message: `(${report.requestId}) ${line.message}` })));
  }
  const access = served.stage.accessLogSettings;
  const group = access?.destinationArn ? /:log-group:([^:]+)(:\*)?$/.exec(access.destinationArn)?.[1] : undefined;
  if (group) bus.logs?.put(where, group, stream, [{ timestamp: report.timestamp, message: accessLine(access?.format, report) }]);
}

/** The access log line: the stage's format with its `$context` variables, else a JSON line. */
function accessLine(format: string | undefined, report: RequestReport): string {
  const values: Record<string, string> = {
    requestId: report.requestId,
    extendedRequestId: report.requestId,
    'identity.sourceIp': report.sourceIp,
    'identity.caller': report.caller ?? '-',
    'identity.user': report.caller ?? '-',
    requestTime: new Date(report.timestamp).toUTCString(),
    requestTimeEpoch: String(report.timestamp),
    httpMethod: report.httpMethod.toUpperCase(),
    resourcePath: report.resourcePath,
    status: String(report.status),
    protocol: 'HTTP/1.1',
    responseLength: String(report.responseLength),
    responseLatency: String(report.latencyMs),
    integrationLatency: report.integrationLatencyMs === undefined ? '-' : String(report.integrationLatencyMs),
    stage: report.served.stage.stageName,
    apiId: report.served.restApi.id,
  };
  if (!format) {
    return JSON.stringify({ requestId: values.requestId, ip: values['identity.sourceIp'], requestTime: values.requestTime, httpMethod: values.httpMethod, resourcePath: values.resourcePath, status: values.status, protocol: values.protocol, responseLength: values.responseLength });
  }
  return format.replace(/\$context\.([A-Za-z.]+)/g, (whole, name: string) => values[name] ?? '-');
}
