import Button from '@cloudscape-design/components/button';
import FormField from '@cloudscape-design/components/form-field';
import Input from '@cloudscape-design/components/input';
import SpaceBetween from '@cloudscape-design/components/space-between';
import { useState } from 'react';
import { bucketNameProblem } from '../../../../../shared/validation/s3';

export interface LoggingTarget {
  targetBucket: string;
  targetPrefix: string;
}

/** Where server access logs go: another bucket (logs of a bucket into itself log their own writes). */
export function LoggingTargetFields({
  value,
  onChange,
  errors = {},
  testIdPrefix,
}: {
  value: LoggingTarget;
  onChange: (next: LoggingTarget) => void;
  errors?: { targetBucket?: string | undefined; targetPrefix?: string | undefined };
  testIdPrefix: string;
}) {
  return (
    <SpaceBetween size="s" direction="horizontal">
      {[
        <FormField key="bucket" label="Log bucket" errorText={errors.targetBucket}>
          <Input
            value={value.targetBucket}
            onChange={({ detail }) => onChange({ ...value, targetBucket: detail.value })}
            invalid={errors.targetBucket !== undefined}
            placeholder="my-access-logs"
            nativeInputAttributes={{ 'data-testid': `${testIdPrefix}-bucket` } as Record<string, string>}
          />
        </FormField>,
        <FormField key="prefix" label="Log prefix" errorText={errors.targetPrefix}>
          <Input
            value={value.targetPrefix}
            onChange={({ detail }) => onChange({ ...value, targetPrefix: detail.value })}
            nativeInputAttributes={{ 'data-testid': `${testIdPrefix}-prefix` } as Record<string, string>}
          />
        </FormField>,
      ]}
    </SpaceBetween>
  );
}

/** Asked before the logging fix is sent: the fix needs a destination. */
export function LoggingTargetForm({
  bucket,
  busy,
  onSubmit,
  onCancel,
}: {
  bucket: string;
  busy: boolean;
  onSubmit: (target: LoggingTarget) => void;
  onCancel: () => void;
}) {
  const [target, setTarget] = useState<LoggingTarget>({ targetBucket: '', targetPrefix: `access-logs/${bucket}/` });
  const [tried, setTried] = useState(false);
  const problem =
    bucketNameProblem(target.targetBucket) ??
    (target.targetBucket === bucket
      ? 'Choose another bucket: logging a bucket into itself logs its own log writes.'
      : undefined);
  return (
    <form
      data-testid="logging-target-form"
      onSubmit={(event) => {
        event.preventDefault();
        setTried(true);
        if (!problem) onSubmit(target);
      }}
    >
      <SpaceBetween size="s">
        {[
          <LoggingTargetFields
            key="fields"
            value={target}
            onChange={setTarget}
            errors={{ targetBucket: tried ? problem : undefined }}
            testIdPrefix="logging-target"
          />,
          <SpaceBetween key="actions" size="xs" direction="horizontal">
            {[
              <Button key="go" variant="primary" formAction="submit" loading={busy} data-testid="logging-target-submit">
                Turn on logging
              </Button>,
              <Button key="cancel" variant="link" formAction="none" onClick={onCancel}>
                Cancel
              </Button>,
            ]}
          </SpaceBetween>,
        ]}
      </SpaceBetween>
    </form>
  );
}
