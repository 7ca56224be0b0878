import type { JobFlag } from '../../../../shared/domain/jobs';

export interface ProtectionFacts {
  volumeKmsKeyId?: string | undefined;
  outputKmsKeyId?: string | undefined;
  interContainerEncryption: boolean;
  networkIsolation: boolean;
  vpcSubnets: number;
  instanceCount: number;
}

/**
 * Encryption and isolation as a reviewer reads them: each setting with whether it is on and what
 * being off means. Inter-container encryption only matters for distributed jobs.
 */
export function protectionFlags(facts: ProtectionFacts): JobFlag[] {
  return [
    {
      id: 'volume-kms',
      ok: Boolean(facts.volumeKmsKeyId),
      label: 'Storage volume encrypted with your KMS key',
      detail: facts.volumeKmsKeyId
        ? `Key ${facts.volumeKmsKeyId}.`
        : 'No VolumeKmsKeyId: the ML storage volume uses an AWS managed key.',
    },
    {
      id: 'output-kms',
      ok: Boolean(facts.outputKmsKeyId),
      label: 'Output encrypted with your KMS key',
      detail: facts.outputKmsKeyId
        ? `Key ${facts.outputKmsKeyId}.`
        : 'No output KmsKeyId: artifacts in S3 are encrypted with the bucket default (SSE-S3) only.',
    },
    {
      id: 'inter-container',
      ok: facts.interContainerEncryption || facts.instanceCount <= 1,
      label: 'Traffic between instances encrypted',
      detail: facts.interContainerEncryption
        ? 'EnableInterContainerTrafficEncryption is on.'
        : facts.instanceCount <= 1
          ? 'Off, but the job runs on one instance, so no traffic crosses between instances.'
          : `Off with ${facts.instanceCount} instances: data exchanged between them is not encrypted.`,
    },
    {
      id: 'network-isolation',
      ok: facts.networkIsolation,
      label: 'Network isolation',
      detail: facts.networkIsolation
        ? 'The container cannot make outbound network calls.'
        : 'Off: the container can reach the network.',
    },
    {
      id: 'vpc',
      ok: facts.vpcSubnets > 0,
      label: 'Runs in your VPC',
      detail:
        facts.vpcSubnets > 0
          ? `${facts.vpcSubnets} subnet(s).`
          : 'No VpcConfig: the job runs in a SageMaker-managed network.',
    },
  ];
}
