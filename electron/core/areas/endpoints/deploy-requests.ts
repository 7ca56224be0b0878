import type { DeploymentConfig, Tag } from '@aws-sdk/client-sagemaker';
import type { z } from 'zod';
import type { deploySchema } from '../../../../shared/validation/endpoints';
import { SAGEDECK_TAGS, tagValue } from './tags';

export type DeployRequest = z.output<typeof deploySchema>;

/** `<endpoint>-<yyyymmddHHMMss>`: sorts by time, names the endpoint (ListEndpointConfigs NameContains finds it), ≤ 63 characters. */
export function deploymentName(endpointName: string, now: number): string {
  const stamp = new Date(now).toISOString().replace(/[-:T]/g, '').slice(0, 14);
  return `${endpointName.slice(0, 63 - stamp.length - 1).replace(/-+$/, '')}-${stamp}`;
}

/** The form's strategy as AWS's DeploymentConfig (blue/green; rollback alarms when any were picked). */
export function deploymentConfig(input: DeployRequest): DeploymentConfig {
  const s = input.strategy;
  const size = (c: { type: 'INSTANCE_COUNT' | 'CAPACITY_PERCENT'; value: number }) => ({ Type: c.type, Value: c.value });
  return {
    BlueGreenUpdatePolicy: {
      TrafficRoutingConfiguration: {
        Type: s.type === 'canary' ? 'CANARY' : s.type === 'linear' ? 'LINEAR' : 'ALL_AT_ONCE',
        WaitIntervalInSeconds: s.waitSeconds,
        ...(s.type === 'canary' ? { CanarySize: size(s.canarySize) } : {}),
        ...(s.type === 'linear' ? { LinearStepSize: size(s.stepSize) } : {}),
      },
      TerminationWaitInSeconds: input.terminationWaitSeconds,
      ...(input.maximumExecutionTimeoutSeconds !== undefined ? { MaximumExecutionTimeoutInSeconds: input.maximumExecutionTimeoutSeconds } : {}),
    },
    ...(input.rollbackAlarms.length ? { AutoRollbackConfiguration: { Alarms: input.rollbackAlarms.map((AlarmName) => ({ AlarmName })) } } : {}),
  };
}

export interface ChainTags {
  endpointName: string;
  kind: 'deploy' | 'rollback' | 'instance-type-change';
  previousConfigName?: string | undefined;
  modelPackageArn?: string | undefined;
  by?: string | undefined;
  at: string;
  overrideReason?: string | undefined;
}

/** The tags that make a config part of the endpoint's recorded chain. */
export function chainTags(facts: ChainTags): Tag[] {
  const tags: Tag[] = [
    { Key: SAGEDECK_TAGS.endpoint, Value: facts.endpointName },
    { Key: SAGEDECK_TAGS.kind, Value: facts.kind },
    { Key: SAGEDECK_TAGS.deployedAt, Value: facts.at },
  ];
  if (facts.previousConfigName) tags.push({ Key: SAGEDECK_TAGS.previous, Value: facts.previousConfigName });
  if (facts.modelPackageArn) tags.push({ Key: SAGEDECK_TAGS.packageArn, Value: tagValue(facts.modelPackageArn) });
  if (facts.by) tags.push({ Key: SAGEDECK_TAGS.deployedBy, Value: tagValue(facts.by) });
  if (facts.overrideReason) tags.push({ Key: SAGEDECK_TAGS.overrideReason, Value: tagValue(facts.overrideReason) });
  return tags;
}

/** AWS's refusal of a deploy, placed on the form field it is about. */
export function deployFieldOf(message: string): string | undefined {
  if (/CanarySize/i.test(message)) return 'strategy.canarySize.value';
  if (/LinearStepSize/i.test(message)) return 'strategy.stepSize.value';
  if (/MaximumExecutionTimeout/i.test(message)) return 'maximumExecutionTimeoutSeconds';
  if (/WaitInterval/i.test(message)) return 'strategy.waitSeconds';
  if (/TerminationWait/i.test(message)) return 'terminationWaitSeconds';
  if (/alarm/i.test(message)) return 'rollbackAlarms';
  if (/scalable target|instance ?type/i.test(message)) return 'instanceType';
  if (/ModelPackage/i.test(message)) return 'modelPackageArn';
  if (/role/i.test(message)) return 'roleArn';
  return undefined;
}
