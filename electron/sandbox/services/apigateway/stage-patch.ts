import { badRequest } from './errors';
import type { LoggingLevel, MethodSettingRecord, RestApiRecord, StageRecord } from './model';
import { applyPatch, patchBool, patchNumber, stringRule, type PatchRule } from './patch';
import type { Input } from './input';
import { checkVariable } from './stage-variables';

/**
 * A method setting as a new `resourcePath/httpMethod` key starts: the account's default throttle
 * (10000 requests per second, burst 5000: API Gateway quotas) and caching defaults as GetStage shows them.
 */
export function defaultMethodSetting(): MethodSettingRecord {
  return {
    metricsEnabled: false,
    loggingLevel: 'OFF',
    dataTraceEnabled: false,
    throttlingBurstLimit: 5000,
    throttlingRateLimit: 10000,
    cachingEnabled: false,
    cacheTtlInSeconds: 300,
    cacheDataEncrypted: false,
    requireAuthorizationForCacheControl: true,
    unauthorizedCacheControlHeaderStrategy: 'SUCCEED_WITH_RESPONSE_HEADER',
  };
}

const LOG_LEVELS: LoggingLevel[] = ['OFF', 'ERROR', 'INFO'];
const CACHE_STRATEGIES = ['FAIL_WITH_403', 'SUCCEED_WITH_RESPONSE_HEADER', 'SUCCEED_WITHOUT_RESPONSE_HEADER'] as const;
/** Cache TTL 0..3600 seconds (API Gateway caching documentation). */
const MAX_CACHE_TTL = 3600;
const DESTINATION = /^arn:aws:(logs:[a-z0-9-]+:\d{12}:log-group:[^\s]+|firehose:[a-z0-9-]+:\d{12}:deliverystream\/amazon-apigateway-[^\s]+)$/;

/** `*\/*` or `~1predict/POST`: the method-setting key a patch path names. */
function settingKey(resourcePath: string | undefined, httpMethod: string | undefined): string {
  const key = `${resourcePath ?? ''}/${httpMethod ?? ''}`;
  if (!(resourcePath === '*' || resourcePath?.startsWith('~1')) || !(httpMethod === '*' || /^[A-Z]+$/.test(httpMethod ?? '')))
    throw badRequest(`Invalid method setting path: ${key}`);
  return key;
}

/** `/*\/*\/throttling/rateLimit`: the first two segments are the setting's key (`*\/*`, `~1predict/POST`). */
function settingRule(suffix: string, set: (setting: MethodSettingRecord, value: string | undefined) => void): PatchRule<StageRecord> {
  return {
    path: `/{}/{}/${suffix}`,
    ops: ['replace'],
    apply: (stage, _op, value, [resourcePath, httpMethod]) => {
      const key = settingKey(resourcePath, httpMethod);
      const setting = (stage.methodSettings[key] ??= defaultMethodSetting());
      set(setting, value);
    },
  };
}

function nonNegative(value: string | undefined, what: string): number {
  const number = patchNumber(value, what);
  if (number < 0) throw badRequest(`Invalid ${what}: ${value}`);
  return number;
}

function stagePatch(api: RestApiRecord): PatchRule<StageRecord>[] {
  return [
    stringRule('/description', (stage, value) => (stage.description = value), true),
    stringRule('/deploymentId', (stage, value) => {
      if (!value || !api.deployments[value]) throw badRequest('Invalid deployment identifier specified');
      stage.deploymentId = value;
    }),
    stringRule('/clientCertificateId', (stage, value) => (stage.clientCertificateId = value), true),
    stringRule('/documentationVersion', (stage, value) => (stage.documentationVersion = value), true),
    stringRule('/cacheClusterSize', (stage, value) => {
      if (!['0.5', '1.6', '6.1', '13.5', '28.4', '58.2', '118', '237'].includes(value ?? '')) throw badRequest(`Invalid cache cluster size: ${value ?? 'null'}`);
      stage.cacheClusterSize = value;
    }),
    { path: '/tracingEnabled', ops: ['replace'], apply: (stage, _op, value) => (stage.tracingEnabled = patchBool(value)) },
    { path: '/cacheClusterEnabled', ops: ['replace'], apply: (stage, _op, value) => (stage.cacheClusterEnabled = patchBool(value)) },
    {
      path: '/variables/{}',
      ops: ['add', 'replace', 'remove'],
      apply: (stage, op, value, [name]) => {
        if (op === 'remove') delete stage.variables[name as string];
        else stage.variables[name as string] = checkVariable(name as string, value ?? '');
      },
    },
    stringRule('/accessLogSettings/destinationArn', (stage, value) => {
      if (!value || !DESTINATION.test(value)) throw badRequest(`Invalid ARN specified in the request: ${value ?? 'null'}`);
      stage.accessLogSettings = { ...stage.accessLogSettings, destinationArn: value };
    }),
    stringRule('/accessLogSettings/format', (stage, value) => (stage.accessLogSettings = { ...stage.accessLogSettings, format: value })),
    { path: '/accessLogSettings', ops: ['remove'], apply: (stage) => delete stage.accessLogSettings },
    settingRule('metrics/enabled', (setting, value) => (setting.metricsEnabled = patchBool(value))),
    settingRule('logging/loglevel', (setting, value) => {
      if (!(LOG_LEVELS as (string | undefined)[]).includes(value)) throw badRequest(`Invalid loglevel: ${value ?? 'null'}. Must be one of ${LOG_LEVELS.join(', ')}`);
      setting.loggingLevel = value as LoggingLevel;
    }),
    settingRule('logging/dataTrace', (setting, value) => (setting.dataTraceEnabled = patchBool(value))),
    settingRule('throttling/rateLimit', (setting, value) => (setting.throttlingRateLimit = nonNegative(value, 'rateLimit'))),
    settingRule('throttling/burstLimit', (setting, value) => (setting.throttlingBurstLimit = Math.trunc(nonNegative(value, 'burstLimit')))),
    settingRule('caching/enabled', (setting, value) => (setting.cachingEnabled = patchBool(value))),
    settingRule('caching/ttlInSeconds', (setting, value) => {
      const ttl = nonNegative(value, 'ttlInSeconds');
      if (ttl > MAX_CACHE_TTL) throw badRequest(`Invalid ttlInSeconds: ${value}. Must be between 0 and ${MAX_CACHE_TTL}`);
      setting.cacheTtlInSeconds = Math.trunc(ttl);
    }),
    settingRule('caching/dataEncrypted', (setting, value) => (setting.cacheDataEncrypted = patchBool(value))),
    settingRule('caching/requireAuthorizationForCacheControl', (setting, value) => (setting.requireAuthorizationForCacheControl = patchBool(value))),
    settingRule('caching/unauthorizedCacheControlHeaderStrategy', (setting, value) => {
      if (!(CACHE_STRATEGIES as readonly (string | undefined)[]).includes(value)) throw badRequest(`Invalid unauthorizedCacheControlHeaderStrategy: ${value ?? 'null'}`);
      setting.unauthorizedCacheControlHeaderStrategy = value as MethodSettingRecord['unauthorizedCacheControlHeaderStrategy'];
    }),
    {
      path: '/{}/{}',
      ops: ['remove'],
      apply: (stage, _op, _value, [resourcePath, httpMethod]) => delete stage.methodSettings[settingKey(resourcePath, httpMethod)],
    },
  ];
}

export function patchStage(input: Input, api: RestApiRecord, stage: StageRecord): StageRecord {
  return applyPatch(input, stage, stagePatch(api));
}

