import FormField from '@cloudscape-design/components/form-field';
import Input from '@cloudscape-design/components/input';

/** The filter expression as typed; a bad one stays in the box with what is wrong and where. */
export function FilterBox({
  value,
  error,
  onChange,
}: {
  value: string;
  error: string | undefined;
  onChange: (value: string) => void;
}) {
  return (
    <FormField
      label="Filter runs"
      description="Conditions on parameters and metrics joined by and, for example: validation:auc > 0.9 and max_depth = 6"
      constraintText="Operators: = != > >= < <= contains. A metric means its last value; add .max, .min, .avg or .count for another."
      errorText={error}
      stretch
    >
      <Input
        type="search"
        value={value}
        onChange={({ detail }) => onChange(detail.value)}
        placeholder="validation:auc > 0.9 and max_depth = 6"
        ariaLabel="Filter runs by an expression"
        clearAriaLabel="Clear the filter"
        invalid={error !== undefined}
        spellcheck={false}
        autoComplete={false}
        data-testid="runs-filter"
      />
    </FormField>
  );
}
