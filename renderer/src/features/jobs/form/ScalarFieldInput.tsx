import Autosuggest from '@cloudscape-design/components/autosuggest';
import FormField from '@cloudscape-design/components/form-field';
import Input from '@cloudscape-design/components/input';
import Textarea from '@cloudscape-design/components/textarea';
import type { ScalarField } from './field-specs';

interface Props {
  field: ScalarField;
  value: string;
  error: string | undefined;
  instanceTypes: readonly string[];
  onChange: (value: string) => void;
}

/**
 * One field of the start form with its message beside it: `job-field-<path>` on the control,
 * `job-formfield-<path>` on the wrapper that holds the label and the error text.
 */
export function ScalarFieldInput({ field, value, error, instanceTypes, onChange }: Props) {
  const testId = `job-field-${field.path}`;
  const common = { value, invalid: error !== undefined, 'data-testid': testId };
  let control;
  if (field.kind === 'map' || field.kind === 'lines') {
    control = <Textarea {...common} rows={3} placeholder={field.placeholder} onChange={({ detail }) => onChange(detail.value)} />;
  } else if (field.kind === 'instanceType') {
    control = (
      <Autosuggest
        {...common}
        options={instanceTypes.map((type) => ({ value: type }))}
        enteredTextLabel={(text) => `Use: ${text}`}
        clearAriaLabel={`Clear ${field.label.toLowerCase()}`}
        placeholder="ml.m5.xlarge"
        empty="No instance type matches"
        onChange={({ detail }) => onChange(detail.value)}
      />
    );
  } else {
    control = (
      <Input
        {...common}
        type={field.kind === 'number' ? 'number' : 'text'}
        inputMode={field.kind === 'number' ? 'numeric' : undefined}
        placeholder={field.placeholder}
        onChange={({ detail }) => onChange(detail.value)}
      />
    );
  }
  return (
    <FormField label={field.label} description={field.description} errorText={error} data-testid={`job-formfield-${field.path}`}>
      {control}
    </FormField>
  );
}
