import FormField from '@cloudscape-design/components/form-field';
import Select, { type SelectProps } from '@cloudscape-design/components/select';
import { POSTURE_RESOURCE_KINDS, POSTURE_SEVERITIES, POSTURE_STATUSES } from '../../../../../shared/domain/posture';
import type { PostureFilter } from '../../../../../shared/validation/posture';
import { KIND_LABEL, SEVERITY_LABEL, STATUS_LABEL } from './fix-href';

const ALL: SelectProps.Option = { value: '', label: 'All' };
const optionsOf = (values: readonly string[], words: Record<string, string>): SelectProps.Option[] => [ALL, ...values.map((value) => ({ value, label: words[value] ?? value }))];

const FILTERS = [
  { key: 'status', label: 'Status', options: optionsOf(POSTURE_STATUSES, STATUS_LABEL) },
  { key: 'kind', label: 'Resource kind', options: optionsOf(POSTURE_RESOURCE_KINDS, KIND_LABEL) },
  { key: 'severity', label: 'Severity', options: optionsOf(POSTURE_SEVERITIES, SEVERITY_LABEL) },
] as const;

/** Three choices, each kept in the address so a filtered view survives a reload. */
export function PostureFilters({ filter, onChange }: { filter: PostureFilter; onChange: (next: PostureFilter) => void }) {
  return (
    <div className="posture-filters">
      {FILTERS.map(({ key, label, options }) => (
        <FormField key={key} label={label}>
          <Select
            data-testid={`posture-filter-${key}`}
            selectedOption={options.find((o) => o.value === (filter[key] ?? '')) ?? ALL}
            options={options}
            onChange={({ detail }) => onChange({ ...filter, [key]: detail.selectedOption.value || undefined })}
          />
        </FormField>
      ))}
    </div>
  );
}
