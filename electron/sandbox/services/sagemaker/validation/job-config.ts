import type { VpcConfig } from '@aws-sdk/client-sagemaker';
import type { Checker } from './checker';

/** KmsKeyId (VolumeKmsKeyId, OutputDataConfig.KmsKeyId …): a key id, alias or ARN. */
export function checkKmsKeyId(c: Checker, path: string, value: string | undefined): void {
  c.length(path, value, 0, 2048);
  c.pattern(path, value, '[a-zA-Z0-9:/_-]*');
}

/** VpcConfig: 1..5 security groups and 1..16 subnets, ids of at most 32 `[-0-9a-zA-Z]` characters. */
export function checkVpcConfig(c: Checker, path: string, vpc: VpcConfig | undefined): void {
  if (vpc === undefined) return;
  const ids = (member: string, list: string[] | undefined, max: number) => {
    if (!c.required(`${path}.${member}`, list)) return;
    c.size(`${path}.${member}`, list, 1, max);
    (list ?? []).forEach((id, i) => {
      c.length(`${path}.${member}.${i + 1}.member`, id, 0, 32);
      c.pattern(`${path}.${member}.${i + 1}.member`, id, '[-0-9a-zA-Z]+');
    });
  };
  ids('securityGroupIds', vpc.SecurityGroupIds, 5);
  ids('subnets', vpc.Subnets, 16);
}
