import type { MethodSetting, Stage } from '@aws-sdk/client-api-gateway';
import type { ApiResourceView, StageSettingsView } from '../../../../shared/domain/apis';

/** The method-settings key API Gateway uses for "every method of the stage". */
export const STAGE_WIDE = '*/*';

function throttlingOf(setting: MethodSetting | undefined): StageSettingsView['throttling'] {
  if (setting?.throttlingRateLimit === undefined && setting?.throttlingBurstLimit === undefined) return undefined;
  return {
    ...(setting.throttlingRateLimit !== undefined ? { rateLimit: setting.throttlingRateLimit } : {}),
    ...(setting.throttlingBurstLimit !== undefined ? { burstLimit: setting.throttlingBurstLimit } : {}),
  };
}

/** What an operator should fix, in plain words: logging, metrics, throttling and open or unchecked methods. */
export function stageWarnings(stage: Pick<StageSettingsView, 'loggingLevel' | 'accessLogDestination' | 'metricsEnabled' | 'throttling'>, resources: ApiResourceView[]): string[] {
  const warnings: string[] = [];
  if (!stage.loggingLevel || stage.loggingLevel === 'OFF')
    warnings.push('Execution logging is off: API Gateway writes no execution log for this stage, so failed calls cannot be traced. Set the log level to ERROR or INFO.');
  if (!stage.accessLogDestination) warnings.push('No access log destination: who called this stage, and with what result, is not recorded. Set an access log group.');
  if (!stage.metricsEnabled)
    warnings.push('Detailed CloudWatch metrics are off: no per-method metrics are published (the stage totals still are). Enable metrics for the stage.');
  if (stage.throttling?.rateLimit === undefined && stage.throttling?.burstLimit === undefined)
    warnings.push("No stage throttling: the account's default limit (10,000 requests a second, burst 5,000, shared by every API in the region) applies. Set a rate and burst limit.");
  for (const resource of resources) {
    for (const method of resource.methods) {
      const name = `${method.httpMethod} ${resource.path}`;
      if (method.authorizationType === 'NONE' && !method.apiKeyRequired)
        warnings.push(`${name} has no authorization and needs no API key: anyone with the URL can call it. Require IAM or an API key.`);
      const models = Object.values(method.requestModels).filter((m) => m !== 'Empty');
      if (models.length > 0 && !method.validator?.validatesBody)
        warnings.push(`${name} has a request model (${models.join(', ')}) but no validator checks the body against it. Add a request validator that validates the body.`);
    }
  }
  return warnings;
}

/** A stage as the detail shows it: the stage-wide settings, per-method overrides, and the warnings. */
export function stageSettingsView(stage: Stage, invokeUrl: string, resources: ApiResourceView[]): StageSettingsView {
  const settings = stage.methodSettings ?? {};
  const wide = settings[STAGE_WIDE];
  const throttling = throttlingOf(wide);
  const base = {
    name: stage.stageName ?? '',
    ...(stage.description ? { description: stage.description } : {}),
    ...(stage.deploymentId ? { deploymentId: stage.deploymentId } : {}),
    invokeUrl,
    variables: { ...(stage.variables ?? {}) },
    ...(throttling ? { throttling } : {}),
    ...(wide?.loggingLevel ? { loggingLevel: wide.loggingLevel } : {}),
    metricsEnabled: wide?.metricsEnabled ?? false,
    dataTraceEnabled: wide?.dataTraceEnabled ?? false,
    cachingEnabled: wide?.cachingEnabled ?? false,
    cacheClusterEnabled: stage.cacheClusterEnabled ?? false,
    ...(stage.accessLogSettings?.destinationArn ? { accessLogDestination: stage.accessLogSettings.destinationArn } : {}),
    tracingEnabled: stage.tracingEnabled ?? false,
    methodOverrides: Object.entries(settings)
      .filter(([key]) => key !== STAGE_WIDE)
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([key, setting]) => {
        const overrideThrottling = throttlingOf(setting);
        return { key, ...(overrideThrottling ? { throttling: overrideThrottling } : {}), ...(setting.loggingLevel ? { loggingLevel: setting.loggingLevel } : {}) };
      }),
    ...(stage.lastUpdatedDate ? { lastUpdatedAt: stage.lastUpdatedDate.toISOString() } : {}),
  };
  return { ...base, warnings: stageWarnings(base, resources) };
}
