import { SageDeckError } from '../../../../shared/errors';

/**
 * AWS names the member it refused in its own casing ("Value 'x' at 'resourceConfig.instanceType'
 * failed to satisfy constraint"); the form names it in its own. This maps the first to the second so
 * the refusal is shown next to the field the user typed in.
 */
const MEMBER_TO_FIELD: [RegExp, (match: RegExpExecArray) => string][] = [
  [/^(trainingJobName|processingJobName)$/, () => 'name'],
  [/^roleArn$/, () => 'roleArn'],
  [/^(algorithmSpecification\.trainingImage|appSpecification\.imageUri)$/, () => 'image'],
  [/^(resourceConfig|processingResources\.clusterConfig)\.instanceType$/, () => 'instanceType'],
  [/^(resourceConfig|processingResources\.clusterConfig)\.instanceCount$/, () => 'instanceCount'],
  [/^(resourceConfig|processingResources\.clusterConfig)\.volumeSizeInGB$/, () => 'volumeSizeGb'],
  [/^(resourceConfig|processingResources\.clusterConfig)\.volumeKmsKeyId$/, () => 'volumeKmsKeyId'],
  [/^stoppingCondition\.maxRuntimeInSeconds$/, () => 'maxRuntimeSeconds'],
  [/^outputDataConfig\.s3OutputPath$/, () => 'outputS3Uri'],
  [/^(outputDataConfig|processingOutputConfig)\.kmsKeyId$/, () => 'outputKmsKeyId'],
  [/^inputDataConfig\.(\d+)\.member\.dataSource\.s3DataSource\.s3Uri$/, (m) => `inputs.${Number(m[1]) - 1}.s3Uri`],
  [/^inputDataConfig\.(\d+)\.member\.channelName$/, (m) => `inputs.${Number(m[1]) - 1}.channelName`],
  [/^processingInputs\.(\d+)\.member\.s3Input\.s3Uri$/, (m) => `inputs.${Number(m[1]) - 1}.s3Uri`],
  [/^processingOutputConfig\.outputs\.(\d+)\.member\.s3Output\.s3Uri$/, (m) => `outputs.${Number(m[1]) - 1}.s3Uri`],
  [/^hyperParameters/, () => 'hyperParameters'],
  [/^tags/, () => 'tags'],
];

function fieldOf(member: string): string | undefined {
  for (const [pattern, toField] of MEMBER_TO_FIELD) {
    const match = pattern.exec(member);
    if (match) return toField(match);
  }
  return undefined;
}

/** Adds `fields` to an AWS refusal of a start request when it names members; otherwise returns it as it was. */
export function withFieldErrors(error: unknown): unknown {
  if (!(error instanceof Error) || typeof (error as { $metadata?: unknown }).$metadata !== 'object') return error;
  const fields: Record<string, string> = {};
  for (const match of error.message.matchAll(/Value '[^']*' at '([^']+)' failed to satisfy constraint: ([^;]+)/g)) {
    const field = fieldOf(match[1] ?? '');
    if (field) fields[field] ??= `AWS refused this value: ${match[2]?.trim() ?? ''}`;
  }
  if (error.name === 'ResourceInUse' && /name/i.test(error.message)) fields.name = error.message;
  if (Object.keys(fields).length === 0) return error;
  const requestId = (error as { $metadata?: { requestId?: string } }).$metadata?.requestId;
  return new SageDeckError({
    code: error.name,
    message: error.message,
    fields,
    retryable: false,
    ...(requestId ? { requestId } : {}),
  });
}
