/** A SageMaker variant's resource id: `endpoint/<endpoint>/variant/<variant>`. */
export interface VariantRef {
  endpointName: string;
  variantName: string;
}

export const SAGEMAKER_DIMENSION = 'sagemaker:variant:DesiredInstanceCount';

export function parseVariantResourceId(resourceId: string): VariantRef | undefined {
  const match = /^endpoint\/([^/]+)\/variant\/([^/]+)$/.exec(resourceId);
  return match ? { endpointName: match[1] ?? '', variantName: match[2] ?? '' } : undefined;
}
