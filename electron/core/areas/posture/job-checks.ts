import type { PostureCheckId, PostureFindingRow } from '../../../../shared/domain/posture';
import { judged, type Subject } from './checks';

/** What a training or processing job's description says about its encryption and network. */
export interface JobSecurity {
  kind: 'training' | 'processing';
  name: string;
  arn?: string;
  instanceCount: number;
  volumeKmsKeyId?: string;
  outputKmsKeyId?: string;
  interContainerEncryption: boolean;
  networkIsolation: boolean;
  subnets: string[];
}

export const JOB_CHECKS: readonly PostureCheckId[] = ['job.volumeKey', 'job.outputKey', 'job.interContainerEncryption', 'job.networkIsolation', 'job.vpc'];

/** A job's five findings. Jobs cannot be changed once started: the fix is for the next run. Pure. */
export function jobFindings(job: JobSecurity): PostureFindingRow[] {
  const subject: Subject = { resourceKind: job.kind === 'training' ? 'trainingJob' : 'processingJob', name: job.name, ...(job.arn ? { arn: job.arn } : {}) };
  const fix = (action: string) => ({ action: `Start the next run ${action}.`, link: { area: 'job' as const, kind: job.kind, name: job.name } });
  const describe = job.kind === 'training' ? 'DescribeTrainingJob' : 'DescribeProcessingJob';
  const single = job.instanceCount <= 1;
  return [
    judged(subject, 'job.volumeKey', Boolean(job.volumeKmsKeyId), `${describe}: VolumeKmsKeyId ${job.volumeKmsKeyId ?? 'not set (an AWS managed key)'}`, fix('with a customer managed KMS key for the storage volume')),
    judged(subject, 'job.outputKey', Boolean(job.outputKmsKeyId), `${describe}: output KmsKeyId ${job.outputKmsKeyId ?? 'not set (the bucket’s default encryption)'}`, fix('with a KMS key for its output')),
    judged(
      subject,
      'job.interContainerEncryption',
      job.interContainerEncryption || single,
      `${describe}: EnableInterContainerTrafficEncryption ${job.interContainerEncryption}${single ? ' (one instance: no traffic between containers)' : ` on ${job.instanceCount} instances`}`,
      fix('with inter-container traffic encryption on'),
    ),
    judged(subject, 'job.networkIsolation', job.networkIsolation, `${describe}: EnableNetworkIsolation ${job.networkIsolation}`, fix('with network isolation on (no outbound calls from the container)')),
    judged(subject, 'job.vpc', job.subnets.length > 0, job.subnets.length ? `${describe}: VpcConfig subnets ${job.subnets.join(', ')}` : `${describe}: no VpcConfig (SageMaker’s own network)`, fix('in your VPC (VpcConfig subnets and security groups)')),
  ];
}
