import FormField from '@cloudscape-design/components/form-field';
import Multiselect, { type MultiselectProps } from '@cloudscape-design/components/multiselect';
import { useState } from 'react';
import { errorMessage } from '../../../components/ErrorNotice';
import { useSessionPages } from '../groups/use-session-pages';

// Names only start with these characters, so other text cannot be a DescribeLogGroups prefix.
const PREFIX = /^[.\-_/#A-Za-z0-9]+$/;
// StartQuery reads at most 50 log groups.
const MAX_GROUPS = 50;

/**
 * The groups a query reads: a multiselect whose options AWS filters by name prefix as the user
 * types, paged as the list scrolls to its end (Cloudscape asks with onLoadItems).
 */
export function GroupPicker({
  value,
  onChange,
  errorText,
}: {
  value: string[];
  onChange: (groups: string[]) => void;
  errorText?: string | undefined;
}) {
  const [filter, setFilter] = useState('');
  const prefix = PREFIX.test(filter) ? filter : undefined;
  const pages = useSessionPages(
    'logs.groups',
    { limit: 50, ...(prefix ? { prefix } : {}) },
    { enabled: filter === '' || prefix !== undefined },
  );
  const options: MultiselectProps.Option[] = (pages.data?.pages ?? []).flatMap((page) =>
    page.groups.map((group) => ({ value: group.name, label: group.name })),
  );
  // 'pending' tells the list there is more to load when it scrolls to its end; 'loading' shows the spinner.
  const status: 'pending' | 'loading' | 'finished' | 'error' = pages.isError
    ? 'error'
    : pages.isPending || pages.isFetchingNextPage
      ? 'loading'
      : pages.hasNextPage
        ? 'pending'
        : 'finished';

  return (
    <FormField
      label="Log groups"
      description={`Up to ${MAX_GROUPS}; type the start of a name to find more.`}
      errorText={errorText ?? (value.length > MAX_GROUPS ? `Choose at most ${MAX_GROUPS} log groups.` : undefined)}
    >
      <Multiselect
        data-testid="insights-groups"
        placeholder="Choose log groups"
        selectedOptions={value.map((name) => ({ value: name, label: name }))}
        options={filter !== '' && prefix === undefined ? [] : options}
        filteringType="manual"
        filteringPlaceholder="Log group name prefix"
        filteringAriaLabel="Find log groups by name prefix"
        statusType={status}
        loadingText="Loading log groups"
        errorText={pages.isError ? `The log groups could not be listed: ${errorMessage(pages.error)}` : undefined}
        recoveryText="Try again"
        finishedText={
          options.length === 0
            ? filter
              ? `No log group starts with ${filter}`
              : 'No log groups'
            : 'All log groups listed'
        }
        empty={
          filter && prefix === undefined ? 'Log group names hold letters, digits and . - _ / # only.' : 'No log groups'
        }
        deselectAriaLabel={(option) => `Remove ${option.label ?? option.value ?? ''}`}
        i18nStrings={{ tokenLimitShowMore: 'Show more', tokenLimitShowFewer: 'Show fewer' }}
        tokenLimit={5}
        onLoadItems={({ detail }) => {
          if (detail.firstPage) setFilter(detail.filteringText);
          else if (pages.hasNextPage && !pages.isFetchingNextPage) void pages.fetchNextPage();
          if (detail.samePage && pages.isError) void pages.refetch();
        }}
        onChange={({ detail }) =>
          onChange(detail.selectedOptions.flatMap((option) => (option.value ? [option.value] : [])))
        }
      />
    </FormField>
  );
}
