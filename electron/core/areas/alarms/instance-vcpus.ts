/**
 * vCPUs of a SageMaker instance type, from its size as AWS sizes every current family: `medium`
 * and `large` 2, `xlarge` 4, `<n>xlarge` 4n. Undefined for sizes that do not follow the rule
 * (`metal`) or names that are not instance types.
 */
export function vcpusOf(instanceType: string | undefined): number | undefined {
  const size = /^ml\.[a-z0-9-]+\.([a-z0-9]+)$/.exec(instanceType ?? '')?.[1];
  if (size === 'medium' || size === 'large') return 2;
  if (size === 'xlarge') return 4;
  const times = /^(\d+)xlarge$/.exec(size ?? '')?.[1];
  return times ? Number(times) * 4 : undefined;
}
