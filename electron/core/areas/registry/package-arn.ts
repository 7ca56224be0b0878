import type { DescribeModelPackageGroupCommandOutput } from '@aws-sdk/client-sagemaker';

/**
 * A versioned package's ARN from its group's: AWS names versions
 * `arn:<partition>:sagemaker:<region>:<account>:model-package/<group, lower case>/<version>`, and
 * DescribeModelPackage wants the ARN for a version (a name only finds unversioned packages).
 */
export function versionArn(group: Pick<DescribeModelPackageGroupCommandOutput, 'ModelPackageGroupArn'>, version: number): string {
  const groupArn = group.ModelPackageGroupArn ?? '';
  const at = groupArn.indexOf(':model-package-group/');
  if (at === -1) throw new Error(`Unexpected model package group ARN from AWS: ${groupArn}`);
  const name = groupArn.slice(at + ':model-package-group/'.length);
  return `${groupArn.slice(0, at)}:model-package/${name.toLowerCase()}/${version}`;
}

/** `group/version`: what the confirmation names and the journal's target holds. */
export const versionTarget = (group: string, version: number) => `${group}/${version}`;
