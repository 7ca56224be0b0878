export interface Where {
  accountId: string;
  region: string;
}

/**
 * SageMaker ARNs lower-case the resource name (model, endpoint and job ARNs all do), which is why
 * lookups by ARN compare against the ARN built here rather than against the name.
 */
export function sagemakerArn(where: Where, kind: string, name: string): string {
  return `arn:aws:sagemaker:${where.region}:${where.accountId}:${kind}/${name.toLowerCase()}`;
}

/** The name part of an ARN of the given kind, or the input itself when it is already a name. */
export function nameFromArnOrName(value: string, kind: string): string {
  const marker = `:${kind}/`;
  const at = value.indexOf(marker);
  return value.startsWith('arn:') && at >= 0 ? value.slice(at + marker.length) : value;
}
