import { PutMetricAlarmCommand, type CloudWatchClient } from '@aws-sdk/client-cloudwatch';
import { DescribeEndpointCommand, DescribeEndpointConfigCommand, type SageMakerClient } from '@aws-sdk/client-sagemaker';
import type { CreateRecommendedInput } from '../../../../shared/contract/alarms';
import type { CreatedAlarms, RecommendedAlarm } from '../../../../shared/domain/alarms';
import { ErrorCodes, SageDeckError } from '../../../../shared/errors';
import { toErrorEnvelope } from '../../rpc/errors';
import { describeNamed } from './alarm-listing';
import { recommendationsFor, recommendedDefinition, type VariantInfo } from './recommended-definitions';

/** The endpoint's variants with their instance types (DescribeEndpoint, then its config). */
export async function endpointVariants(sagemaker: SageMakerClient, endpointName: string, signal: AbortSignal): Promise<VariantInfo[]> {
  const endpoint = await sagemaker.send(new DescribeEndpointCommand({ EndpointName: endpointName }), { abortSignal: signal });
  const config = endpoint.EndpointConfigName
    ? await sagemaker.send(new DescribeEndpointConfigCommand({ EndpointConfigName: endpoint.EndpointConfigName }), { abortSignal: signal })
    : undefined;
  const configured = config?.ProductionVariants ?? [];
  // An endpoint still Creating lists no variants yet: its config does.
  const names = endpoint.ProductionVariants?.length ? endpoint.ProductionVariants.map((v) => v.VariantName ?? '') : configured.map((v) => v.VariantName ?? '');
  return names.map((name) => {
    const fromConfig = configured.find((v) => v.VariantName === name);
    const summary = endpoint.ProductionVariants?.find((v) => v.VariantName === name);
    const info: VariantInfo = { name, serverless: Boolean(fromConfig?.ServerlessConfig ?? summary?.CurrentServerlessConfig) };
    if (fromConfig?.InstanceType) info.instanceType = fromConfig.InstanceType;
    return info;
  });
}

/** The four recommended alarms of each variant, each marked when an alarm of its name exists. */
export async function recommendations(sagemaker: SageMakerClient, cloudwatch: CloudWatchClient, endpointName: string, signal: AbortSignal): Promise<RecommendedAlarm[]> {
  const variants = await endpointVariants(sagemaker, endpointName, signal);
  const proposed = variants.flatMap((variant) => recommendationsFor(endpointName, variant));
  // At most 10 variants × 4: one DescribeAlarms (AlarmNames takes 100).
  const existing = new Set((await describeNamed(cloudwatch, proposed.map((p) => p.name), signal)).map((alarm) => alarm.AlarmName));
  return proposed.map((alarm) => ({ ...alarm, exists: existing.has(alarm.name) }));
}

/** PutMetricAlarm for each chosen alarm, one after another; a refusal says which were made before it. */
export async function createRecommended(sagemaker: SageMakerClient, cloudwatch: CloudWatchClient, input: CreateRecommendedInput, signal: AbortSignal): Promise<CreatedAlarms> {
  const variants = await endpointVariants(sagemaker, input.endpointName, signal);
  const fields: Record<string, string> = {};
  input.alarms.forEach((alarm, index) => {
    if (!variants.some((v) => v.name === alarm.variantName)) fields[`alarms.${index}.variantName`] = `${input.endpointName} has no variant ${alarm.variantName}.`;
  });
  if (Object.keys(fields).length > 0) {
    throw new SageDeckError({ code: ErrorCodes.InvalidInput, message: `Some alarms name a variant ${input.endpointName} does not have.`, fields, retryable: false });
  }
  const created: string[] = [];
  for (const alarm of input.alarms) {
    const variant = variants.find((v) => v.name === alarm.variantName) as VariantInfo;
    try {
      await cloudwatch.send(new PutMetricAlarmCommand(recommendedDefinition(input.endpointName, alarm, variant, input.snsTopicArn)), { abortSignal: signal });
    } catch (error) {
      const refused = toErrorEnvelope(error);
      const before = created.length > 0 ? ` ${created.join(', ')} ${created.length === 1 ? 'was' : 'were'} created before it.` : ' Nothing was created.';
      throw new SageDeckError({ ...refused, message: `AWS refused ${alarm.name}: ${refused.message}${before}` });
    }
    created.push(alarm.name);
  }
  return { created };
}
