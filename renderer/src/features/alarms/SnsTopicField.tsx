import FormField from '@cloudscape-design/components/form-field';
import Input from '@cloudscape-design/components/input';

const LABEL = 'SNS topic ARN (optional)';

/** The topic AWS notifies on ALARM and on OK, for the edit and the recommended-alarms forms. */
export function SnsTopicField({
  value,
  onChange,
  errorText,
  description,
  testId,
}: {
  value: string;
  onChange: (value: string) => void;
  errorText: string | undefined;
  description: string;
  testId: string;
}) {
  return (
    <FormField label={LABEL} description={description} errorText={errorText}>
      <Input
        value={value}
        onChange={({ detail }) => onChange(detail.value)}
        placeholder="arn:aws:sns:us-east-1:123456789012:alerts"
        ariaLabel={LABEL}
        data-testid={testId}
      />
    </FormField>
  );
}
