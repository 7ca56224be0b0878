import type { Tag } from '@aws-sdk/client-cloudwatch';
import { asRecord } from '../../protocols/values';
import { invalidParameterValue } from './errors';
import type { Checker } from './input';

/** An alarm's `Tags` (PutMetricAlarm, TagResource): at most 50, keys 1..128, values 0..256. */
export function readTags(check: Checker, value: unknown, required: boolean): Tag[] {
  return (check.list(value, 'tags', { required, max: 50 }) ?? []).map((item, index) => {
    const record = asRecord(item) ?? {};
    return {
      Key: check.string(record.Key, `tags.${index + 1}.member.key`, { required: true, min: 1, max: 128 }) ?? '',
      Value: check.string(record.Value, `tags.${index + 1}.member.value`, { required: true, max: 256 }) ?? '',
    };
  });
}

/**
 * The `aws:` prefix (any case) belongs to AWS and a caller may not set it (AWS tagging rules);
 * CloudWatch answers with its parameter error. Checked after the shapes, as AWS does.
 */
export function refuseReservedTags(tags: Tag[]): void {
  const reserved = tags.find((tag) => tag.Key?.toLowerCase().startsWith('aws:'));
  if (reserved) throw invalidParameterValue(`The tag key '${reserved.Key ?? ''}' is invalid: tag keys starting with 'aws:' are reserved for use by AWS.`);
}
