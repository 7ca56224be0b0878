import FormField from '@cloudscape-design/components/form-field';
import Select, { type SelectProps } from '@cloudscape-design/components/select';
import { useSessionQuery } from '../use-session-query';

/** The model package group a version goes into, picked from AWS's first page of groups. */
export function GroupField({
  value,
  onChange,
  errorText,
}: {
  value: SelectProps.Option | null;
  onChange: (option: SelectProps.Option) => void;
  errorText?: string;
}) {
  const groups = useSessionQuery('registry.groups', {});
  return (
    <FormField
      label="Model package group"
      description="The new version is registered here, pending approval."
      errorText={errorText}
    >
      <Select
        selectedOption={value}
        onChange={({ detail }) => onChange(detail.selectedOption)}
        options={(groups.data?.items ?? []).map((group) => ({
          value: group.name,
          label: group.name,
          description: group.description,
        }))}
        filteringType="auto"
        placeholder="Choose a model package group"
        statusType={groups.isPending ? 'loading' : groups.isError ? 'error' : 'finished'}
        loadingText="Loading model groups"
        errorText="The model groups could not be listed"
        empty="No model package groups in this region: create one from your pipeline first"
        ariaLabel="Model package group"
        data-testid="registry-register-group"
      />
    </FormField>
  );
}
