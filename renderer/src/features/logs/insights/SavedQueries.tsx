import Box from '@cloudscape-design/components/box';
import Button from '@cloudscape-design/components/button';
import FormField from '@cloudscape-design/components/form-field';
import Header from '@cloudscape-design/components/header';
import Input from '@cloudscape-design/components/input';
import SpaceBetween from '@cloudscape-design/components/space-between';
import Table from '@cloudscape-design/components/table';
import { useState } from 'react';
import type { SavedQuery } from '../../../../../shared/domain/logs';
import { ErrorNotice } from '../../../components/ErrorNotice';
import { formatTime } from '../../jobs/job-format';
import { useSageMutation } from '../../live/use-sage-mutation';
import { useSessionQuery } from '../../use-session-query';

/**
 * The current profile's saved queries (kept on this machine by the host, per profile): load one
 * into the editor, save the editor's query and groups under a name, delete one (the console's
 * confirmation asks first).
 */
export function SavedQueries({
  query,
  groups,
  onLoad,
}: {
  query: string;
  groups: string[];
  onLoad: (saved: SavedQuery) => void;
}) {
  const [name, setName] = useState('');
  const saved = useSessionQuery('logs.listSavedQueries', {});
  const save = useSageMutation('logs.saveQuery', {
    invalidate: ['logs.listSavedQueries'],
    onSuccess: () => setName(''),
  });
  const remove = useSageMutation('logs.deleteSavedQuery', { invalidate: ['logs.listSavedQueries'] });

  return (
    <SpaceBetween size="s">
      {[
        <form
          key="save"
          onSubmit={(event) => {
            event.preventDefault();
            void save.run({ name, query, groups });
          }}
        >
          <SpaceBetween direction="horizontal" size="xs" alignItems="end">
            {[
              <FormField
                key="name"
                label="Save the query as"
                errorText={save.fieldErrors.name ?? save.fieldErrors.query ?? save.formError}
              >
                <Input
                  data-testid="insights-save-name"
                  value={name}
                  placeholder="Query name"
                  onChange={({ detail }) => setName(detail.value)}
                />
              </FormField>,
              <Button key="submit" formAction="submit" loading={save.isPending} data-testid="insights-save">
                Save query
              </Button>,
            ]}
          </SpaceBetween>
        </form>,
        remove.error !== undefined && (
          <ErrorNotice key="delete-error" error={remove.error} title="The saved query could not be deleted" />
        ),
        saved.isError ? (
          <ErrorNotice
            key="list-error"
            error={saved.error}
            title="The saved queries could not be read"
            action={<Button onClick={() => void saved.refetch()}>Try again</Button>}
          />
        ) : (
          <Table<SavedQuery>
            key="table"
            data-testid="insights-saved"
            variant="embedded"
            items={saved.data ?? []}
            trackBy="id"
            loading={saved.isPending}
            loadingText="Loading saved queries"
            header={
              <Header variant="h3" counter={saved.data ? `(${saved.data.length})` : undefined}>
                Saved for this profile
              </Header>
            }
            empty={
              <Box textAlign="center" data-testid="insights-saved-empty">
                No saved queries yet: write one, name it and save it to run it again later.
              </Box>
            }
            columnDefinitions={[
              {
                id: 'name',
                header: 'Name',
                cell: (item) => <span data-testid={`saved-query-${item.name}`}>{item.name}</span>,
                isRowHeader: true,
              },
              { id: 'query', header: 'Query', cell: (item) => <span className="insights-cell">{item.query}</span> },
              {
                id: 'groups',
                header: 'Log groups',
                cell: (item) => (item.groups.length === 0 ? '-' : item.groups.join(', ')),
              },
              { id: 'saved', header: 'Saved', cell: (item) => formatTime(item.savedAt) },
              {
                id: 'actions',
                header: 'Actions',
                cell: (item) => (
                  <SpaceBetween direction="horizontal" size="xs">
                    {[
                      <Button
                        key="load"
                        ariaLabel={`Load ${item.name}`}
                        data-testid={`saved-query-load-${item.name}`}
                        onClick={() => onLoad(item)}
                      >
                        Load
                      </Button>,
                      <Button
                        key="delete"
                        ariaLabel={`Delete ${item.name}`}
                        data-testid={`saved-query-delete-${item.name}`}
                        onClick={() => void remove.run({ id: item.id, name: item.name })}
                      >
                        Delete
                      </Button>,
                    ]}
                  </SpaceBetween>
                ),
              },
            ]}
          />
        ),
      ]}
    </SpaceBetween>
  );
}
