import Alert from '@cloudscape-design/components/alert';
import Box from '@cloudscape-design/components/box';
import Button from '@cloudscape-design/components/button';
import Header from '@cloudscape-design/components/header';
import Link from '@cloudscape-design/components/link';
import Table from '@cloudscape-design/components/table';
import { useState } from 'react';
import type { TagResourcesResult, UntaggedResource } from '../../../../../shared/domain/cost';
import { useSessionQuery } from '../../use-session-query';
import { InfoNotices } from './CostNotices';
import { RetryNotice } from '../../data/RetryNotice';
import { untaggedHref } from './cost-format';
import { TagTheseForm } from './TagTheseForm';

/** The pipeline's resources without the tag key; select some and tag them at once. */
export function UntaggedPanel({ tagKey }: { tagKey: string }) {
  const untagged = useSessionQuery('cost.untagged', { tagKey });
  const [selected, setSelected] = useState<UntaggedResource[]>([]);
  const [tagging, setTagging] = useState(false);
  const [result, setResult] = useState<TagResourcesResult>();
  const state = untagged.isPending ? 'loading' : untagged.isError ? 'error' : 'ready';
  const items = untagged.data?.items ?? [];
  // Rows that left the list (tagged, or another key chosen) are no longer selected.
  const chosen = selected.filter((s) => items.some((i) => i.arn === s.arn));

  if (untagged.isError) {
    return (
      <section data-testid="cost-untagged" data-state={state} aria-label={`Resources without ${tagKey}`}>
        <RetryNotice error={untagged.error} title="Untagged resources could not be listed" retry={() => void untagged.refetch()} />
      </section>
    );
  }
  return (
    <section data-testid="cost-untagged" data-state={state} aria-label={`Resources without ${tagKey}`}>
      {result && (
        <Alert
          type={result.failed.length > 0 ? 'warning' : 'success'}
          dismissible
          onDismiss={() => setResult(undefined)}
          header={`Tagged ${result.tagged.length} ${result.tagged.length === 1 ? 'resource' : 'resources'}${result.failed.length > 0 ? `; AWS refused ${result.failed.length}` : ''}`}
          data-testid="cost-tag-result"
        >
          {result.failed.length > 0 && (
            <ul data-testid="cost-tag-failures">
              {result.failed.map((f) => (
                <li key={f.arn}>
                  <code>{f.arn}</code>: {f.message} ({f.code})
                </li>
              ))}
            </ul>
          )}
        </Alert>
      )}
      <Table<UntaggedResource>
        variant="container"
        items={items}
        trackBy="arn"
        loading={untagged.isPending}
        loadingText="Reading the pipeline's resources"
        selectionType="multi"
        selectedItems={chosen}
        onSelectionChange={({ detail }) => setSelected(detail.selectedItems)}
        ariaLabels={{
          selectionGroupLabel: 'Resources to tag',
          allItemsSelectionLabel: () => 'Select every untagged resource',
          itemSelectionLabel: (_selection, item) => `Select ${item.name}`,
        }}
        wrapLines
        header={
          <Header
            variant="h2"
            counter={untagged.data ? `(${items.length})` : undefined}
            description={`The pipeline's resources without the tag ${tagKey}: their cost shows as (untagged).`}
            actions={
              <Button disabled={chosen.length === 0} onClick={() => setTagging(true)} data-testid="cost-tag-these">
                Tag these…
              </Button>
            }
          >
            {`Resources without ${tagKey}`}
          </Header>
        }
        columnDefinitions={[
          {
            id: 'name',
            header: 'Resource',
            isRowHeader: true,
            cell: (r) => {
              const href = untaggedHref(r);
              return (
                <span data-testid={`cost-untagged-row-${r.name}`}>{href ? <Link href={href}>{r.name}</Link> : r.name}</span>
              );
            },
          },
          { id: 'type', header: 'Type', cell: (r) => r.typeLabel },
          {
            id: 'tags',
            header: 'Tags it has',
            cell: (r) =>
              Object.entries(r.tags)
                .map(([k, v]) => `${k}=${v}`)
                .join(', ') || '—',
          },
          { id: 'arn', header: 'ARN', cell: (r) => <code className="cost-arn">{r.arn}</code> },
        ]}
        empty={
          <Box textAlign="center" color="inherit" data-testid="cost-untagged-empty">
            <Box variant="strong" color="inherit">
              {`Every resource carries ${tagKey}`}
            </Box>
            <Box variant="p" color="inherit">
              Cost Explorer can allocate all of the pipeline&apos;s cost by this tag.
            </Box>
          </Box>
        }
        footer={untagged.data?.notices.length ? <InfoNotices notices={untagged.data.notices} testId="cost-untagged-notices" /> : undefined}
      />
      {tagging && chosen.length > 0 && (
        <TagTheseForm
          arns={chosen.map((r) => r.arn)}
          tagKey={tagKey}
          onCancel={() => setTagging(false)}
          onDone={(done) => {
            setResult(done);
            setTagging(false);
            setSelected([]);
          }}
        />
      )}
    </section>
  );
}
