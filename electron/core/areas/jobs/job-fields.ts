export const iso = (date: Date | undefined): string | undefined => date?.toISOString();

/** Copies the values that are present, so optional fields stay absent rather than `undefined` on the wire. */
export function assignDefined<T extends object>(target: T, values: Partial<T>): T {
  for (const [key, value] of Object.entries(values))
    if (value !== undefined && value !== '') (target as Record<string, unknown>)[key] = value;
  return target;
}

/** What a job's Describe says about the settings both kinds share, in AWS's terms. */
export interface CommonStartFacts {
  name: string | undefined;
  roleArn: string | undefined;
  image: string | undefined;
  instanceType: string | undefined;
  instanceCount: number;
  volumeSizeGb: number | undefined;
  maxRuntimeSeconds: number | undefined;
  volumeKmsKeyId: string | undefined;
  outputKmsKeyId: string | undefined;
  networkIsolation: boolean | undefined;
  interContainerEncryption: boolean | undefined;
  tags: Record<string, string>;
}

/**
 * The start-form values both kinds share, as "Clone" prefills them. AWS-reserved `aws:` tags are
 * left out: AWS refuses them on create, and it adds them again itself.
 */
export function commonStartFields(facts: CommonStartFacts) {
  return {
    name: facts.name ?? '',
    roleArn: facts.roleArn ?? '',
    image: facts.image ?? '',
    instanceType: facts.instanceType ?? '',
    instanceCount: facts.instanceCount,
    volumeSizeGb: facts.volumeSizeGb ?? 30,
    maxRuntimeSeconds: facts.maxRuntimeSeconds ?? 86_400,
    ...(facts.volumeKmsKeyId ? { volumeKmsKeyId: facts.volumeKmsKeyId } : {}),
    ...(facts.outputKmsKeyId ? { outputKmsKeyId: facts.outputKmsKeyId } : {}),
    enableNetworkIsolation: facts.networkIsolation ?? false,
    enableInterContainerTrafficEncryption: facts.interContainerEncryption ?? false,
    tags: Object.fromEntries(Object.entries(facts.tags).filter(([key]) => !key.startsWith('aws:'))),
  };
}
