import { POSTURE_RESOURCE_KINDS, POSTURE_SEVERITIES, POSTURE_STATUSES } from '../../../../../shared/domain/posture';
import type { PostureFilter } from '../../../../../shared/validation/posture';
import { KIND_LABEL, SEVERITY_LABEL, STATUS_LABEL } from './fix-href';

const FILTERS = [
  { key: 'status', label: 'Status', options: POSTURE_STATUSES, words: STATUS_LABEL },
  { key: 'kind', label: 'Resource kind', options: POSTURE_RESOURCE_KINDS, words: KIND_LABEL },
  { key: 'severity', label: 'Severity', options: POSTURE_SEVERITIES, words: SEVERITY_LABEL },
] as const;

/** Three choices, each kept in the address so a filtered view survives a reload. */
export function PostureFilters({ filter, onChange }: { filter: PostureFilter; onChange: (next: PostureFilter) => void }) {
  return (
    <div className="posture-filters">
      {FILTERS.map(({ key, label, options, words }) => (
        <label key={key}>
          {label}
          <select
            data-testid={`posture-filter-${key}`}
            value={filter[key] ?? ''}
            onChange={(event) => onChange({ ...filter, [key]: event.target.value || undefined })}
          >
            <option value="">All</option>
            {options.map((option) => (
              <option key={option} value={option}>
                {(words as Record<string, string>)[option]}
              </option>
            ))}
          </select>
        </label>
      ))}
    </div>
  );
}
