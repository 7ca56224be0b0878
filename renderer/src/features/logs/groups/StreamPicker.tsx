import Box from '@cloudscape-design/components/box';
import Button from '@cloudscape-design/components/button';
import Modal from '@cloudscape-design/components/modal';
import SpaceBetween from '@cloudscape-design/components/space-between';
import Table from '@cloudscape-design/components/table';
import { useState } from 'react';
import { z } from 'zod';
import type { LogStreamSummary, TailTarget } from '../../../../../shared/domain/logs';
import { ErrorNotice } from '../../../components/ErrorNotice';
import { formatTime } from '../../jobs/job-format';
import { LoadMore } from './LoadMore';
import { PrefixSearch } from './PrefixSearch';
import { useSessionPages } from './use-session-pages';

// The contract's stream-name rule, for the prefix (a prefix is a name's start).
const streamPrefix = z
  .string()
  .max(512)
  .regex(/^[^:*]+$/, 'Log stream names cannot contain : or *.');
// StartLiveTail and FilterLogEvents take at most 100 stream names (the contract's limit).
const MAX_STREAMS = 100;

/** Chooses what of one group to tail: some of its streams, every stream with a prefix, or all of it. */
export function StreamPicker({
  group,
  tailHref,
  onDismiss,
}: {
  group: string;
  tailHref: (target: TailTarget) => string;
  onDismiss: () => void;
}) {
  const [prefix, setPrefix] = useState<string>();
  const [chosen, setChosen] = useState<LogStreamSummary[]>([]);
  const pages = useSessionPages('logs.streams', { group, limit: 50, ...(prefix ? { prefix } : {}) });
  const streams = pages.data?.pages.flatMap((page) => page.streams) ?? [];
  const tooMany = chosen.length > MAX_STREAMS;
  const chosenHref = tailHref({ kind: 'group', group, streams: chosen.map((stream) => stream.name) });

  return (
    <Modal
      visible
      size="large"
      onDismiss={onDismiss}
      closeAriaLabel="Close"
      header={`Tail streams of ${group}`}
      data-testid="stream-picker"
      footer={
        <Box float="right">
          <SpaceBetween direction="horizontal" size="xs">
            {[
              <Button key="cancel" variant="link" onClick={onDismiss}>
                Cancel
              </Button>,
              <Button key="group" href={tailHref({ kind: 'group', group })} data-testid="stream-picker-tail-group">
                Tail the whole group
              </Button>,
              prefix && (
                <Button
                  key="prefix"
                  href={tailHref({ kind: 'group', group, streamPrefix: prefix })}
                  data-testid="stream-picker-tail-prefix"
                >
                  Tail streams starting with {prefix}
                </Button>
              ),
              <Button
                key="chosen"
                variant="primary"
                disabled={chosen.length === 0 || tooMany}
                href={chosen.length === 0 || tooMany ? undefined : chosenHref}
                data-testid="stream-picker-tail-chosen"
              >
                Tail {chosen.length === 1 ? 'the chosen stream' : `${chosen.length} chosen streams`}
              </Button>,
            ]}
          </SpaceBetween>
        </Box>
      }
    >
      <SpaceBetween size="s">
        {[
          <PrefixSearch
            key="search"
            label="Find streams by name prefix"
            placeholder="Stream name prefix, e.g. algo-1"
            schema={streamPrefix}
            testId="stream-search"
            onApply={(next) => {
              setPrefix(next);
              setChosen([]);
            }}
          />,
          tooMany && (
            <Box key="too-many" color="text-status-error" data-testid="stream-picker-too-many">
              A tail follows at most {MAX_STREAMS} chosen streams; choose fewer, or tail a prefix.
            </Box>
          ),
          pages.isError ? (
            <ErrorNotice
              key="error"
              error={pages.error}
              title="The streams could not be listed"
              action={<Button onClick={() => void pages.refetch()}>Try again</Button>}
            />
          ) : (
            <Table<LogStreamSummary>
              key="table"
              data-testid="stream-picker-table"
              variant="embedded"
              items={streams}
              trackBy="name"
              selectionType="multi"
              selectedItems={chosen}
              onSelectionChange={({ detail }) => setChosen(detail.selectedItems)}
              ariaLabels={{
                selectionGroupLabel: 'Streams to tail',
                allItemsSelectionLabel: () => 'Choose every stream listed',
                itemSelectionLabel: (_selection, item) => `Choose ${item.name}`,
              }}
              loading={pages.isPending}
              loadingText="Loading streams"
              empty={
                <Box textAlign="center" data-testid="stream-picker-empty">
                  <Box variant="strong">
                    {prefix ? `No stream starts with ${prefix}` : 'This group has no streams yet'}
                  </Box>
                  <Box variant="p">
                    {prefix
                      ? 'Check the prefix, or clear the search.'
                      : 'Tail the whole group to see streams as they are created.'}
                  </Box>
                </Box>
              }
              columnDefinitions={[
                { id: 'name', header: 'Stream', cell: (item) => <code>{item.name}</code>, isRowHeader: true },
                { id: 'last', header: 'Last event', cell: (item) => formatTime(item.lastEventAt) },
              ]}
              footer={<LoadMore pages={pages} label="Load more streams" testId="stream-picker-more" />}
            />
          ),
        ]}
      </SpaceBetween>
    </Modal>
  );
}
