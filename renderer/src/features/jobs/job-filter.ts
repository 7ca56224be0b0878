import type { PropertyFilterProps } from '@cloudscape-design/components/property-filter';
import { JOB_STATUSES, type JobStatus, type JobSummary } from '../../../../shared/domain/jobs';
import type { JobQuery } from './use-jobs';
import { formatCreatedToken, parseCreatedDate } from './created-date';
import { CreatedDateForm } from './CreatedDateForm';
import { STATUS_LABEL } from './job-format';

/*
 * The property filter speaks two languages: status, name and created dates become the list query
 * AWS filters (so thousands of jobs are searched where they live), and free text narrows the rows
 * already loaded.
 */

export const FILTERING_PROPERTIES: PropertyFilterProps.FilteringProperty[] = [
  { key: 'status', propertyLabel: 'Status', groupValuesLabel: 'Status values', operators: ['='] },
  { key: 'name', propertyLabel: 'Name', groupValuesLabel: 'Names', operators: [':'] },
  {
    key: 'created',
    propertyLabel: 'Created',
    groupValuesLabel: 'Dates (YYYY-MM-DD or ISO 8601)',
    // A date form for both operators, so a date is picked rather than typed (typing still works).
    operators: (['>', '<'] as const).map((operator) => ({ operator, form: CreatedDateForm, format: formatCreatedToken })),
  },
];

export const FILTERING_OPTIONS: PropertyFilterProps.FilteringOption[] = JOB_STATUSES.map((status) => ({
  propertyKey: 'status',
  value: status,
  label: STATUS_LABEL[status],
}));

export interface ParsedFilter {
  query: JobQuery;
  freeText: string[];
  /** Tokens AWS cannot take (a bad date, a second status): shown, not silently ignored. */
  problems: string[];
}

export function parseFilter(filter: PropertyFilterProps.Query): ParsedFilter {
  const query: JobQuery = {};
  const freeText: string[] = [];
  const problems: string[] = [];
  for (const token of filter.tokens) {
    const value = String(token.value ?? '').trim();
    // A date token applied without a date would filter nothing while looking like a filter.
    if (!value && token.propertyKey === 'created') problems.push(`${token.operator === '<' ? 'Created before' : 'Created after'}: choose a date.`);
    if (!value) continue;
    if (!token.propertyKey) {
      freeText.push(value.toLowerCase());
    } else if (token.propertyKey === 'status') {
      if (!(JOB_STATUSES as readonly string[]).includes(value)) problems.push(`Unknown status ${value}.`);
      else if (query.status && query.status !== value) problems.push('AWS filters by one status at a time.');
      else query.status = value as JobStatus;
    } else if (token.propertyKey === 'name') {
      if (!/^[a-zA-Z0-9-]{1,63}$/.test(value)) problems.push('Names hold letters, digits and hyphens only.');
      else query.nameContains = value;
    } else if (token.propertyKey === 'created') {
      const date = parseCreatedDate(value);
      if (date.problem !== undefined) problems.push(date.problem);
      else if (token.operator === '>') query.createdAfter = date.iso;
      else query.createdBefore = date.iso;
    }
  }
  return { query, freeText, problems };
}

/** Free-text words must all appear in the row's name, status, secondary status or instance type. */
export function matchesFreeText(job: JobSummary, words: readonly string[]): boolean {
  if (words.length === 0) return true;
  const haystack = [job.name, job.status, job.secondaryStatus, job.instanceType].filter(Boolean).join(' ').toLowerCase();
  return words.every((word) => haystack.includes(word));
}
