import './tags.css';
import Box from '@cloudscape-design/components/box';
import Button from '@cloudscape-design/components/button';
import FormField from '@cloudscape-design/components/form-field';
import Input from '@cloudscape-design/components/input';
import SpaceBetween from '@cloudscape-design/components/space-between';
import { useState } from 'react';
import type { RequestChannel } from '../../../../shared/contract/channels';
import { MAX_TAGS_PER_RESOURCE } from '../../../../shared/validation/tags';
import { useSageMutation } from '../../features/live/use-sage-mutation';
import { useSessionQuery } from '../../features/use-session-query';
import { ErrorNotice } from '../ErrorNotice';
import {
  addTag,
  countAfter,
  EMPTY_DRAFT,
  hasChanges,
  isAwsTag,
  newTagProblems,
  tagRows,
  toggleRemove,
  type TagDraft,
  type TagRow,
} from './tag-edits';

const CHANGE_WORDS: Record<TagRow['change'], string> = {
  kept: '',
  new: 'New',
  changed: 'Changed',
  removed: 'Will be removed',
};

export interface TagEditorProps {
  /** The SageMaker resource whose tags these are. */
  arn: string;
  /** Tags the page already read (a describe answers them): shown without asking again. */
  tags?: Record<string, string> | undefined;
  /** What else shows these tags and must read again after a save. */
  invalidate?: readonly RequestChannel[];
  /** For the tags table, where a page's tests already look for it. */
  tableTestId?: string;
}

function TagTable({
  rows,
  onToggle,
  testId,
}: {
  rows: TagRow[];
  onToggle: (key: string) => void;
  testId: string | undefined;
}) {
  if (rows.length === 0) return <Box color="text-body-secondary">No tags yet.</Box>;
  return (
    <table className="kv-table tag-table" data-testid={testId}>
      <caption className="sr-only">Tags</caption>
      <thead>
        <tr>
          <th scope="col">Key</th>
          <th scope="col">Value</th>
          <th scope="col">Change</th>
          <th scope="col">
            <span className="sr-only">Action</span>
          </th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr
            key={row.key}
            data-testid="tag-row"
            data-key={row.key}
            data-change={row.change}
            className={`tag-row-${row.change}`}
          >
            <th scope="row">{row.key}</th>
            <td>
              {row.value || <span className="tag-empty-value">(empty)</span>}
              {row.was !== undefined && <span className="tag-was"> (was {row.was || '(empty)'})</span>}
            </td>
            <td>{CHANGE_WORDS[row.change]}</td>
            <td>
              {isAwsTag(row.key) ? (
                <span className="tag-aws">Set by AWS</span>
              ) : (
                <Button
                  variant="inline-link"
                  onClick={() => onToggle(row.key)}
                  ariaLabel={`${row.change === 'removed' ? 'Keep' : 'Remove'} tag ${row.key}`}
                  data-testid={`tag-remove-${row.key}`}
                >
                  {row.change === 'removed' ? 'Undo' : row.change === 'new' ? 'Drop' : 'Remove'}
                </Button>
              )}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/**
 * A resource's tags, editable: add or overwrite with AWS's rules checked as typed, remove, then
 * save all the changes in one tags.update. A refusal keeps every change on screen to fix or retry.
 */
export function TagEditor({ arn, tags, invalidate = [], tableTestId }: TagEditorProps) {
  const listed = useSessionQuery('tags.list', { arn }, { enabled: tags === undefined });
  // What AWS answered to the last save here outranks an older read until the editor is left.
  const [afterSave, setAfterSave] = useState<Record<string, string>>();
  const [draft, setDraft] = useState<TagDraft>(EMPTY_DRAFT);
  const [key, setKey] = useState('');
  const [value, setValue] = useState('');
  const [tried, setTried] = useState(false);
  const update = useSageMutation('tags.update', {
    invalidate: ['tags.list', 'tags.find', ...invalidate],
    onSuccess: (output) => {
      setAfterSave(output);
      setDraft(EMPTY_DRAFT);
    },
  });

  const saved = afterSave ?? tags ?? listed.data;
  if (saved === undefined) {
    return (
      <div data-testid="tag-editor" data-state={listed.isError ? 'error' : 'loading'}>
        {listed.isError ? (
          <ErrorNotice
            error={listed.error}
            title="The tags could not be read"
            action={
              <button type="button" className="button" onClick={() => void listed.refetch()}>
                Try again
              </button>
            }
          />
        ) : (
          <p role="status">Loading tags…</p>
        )}
      </div>
    );
  }

  const rows = tagRows(saved, draft);
  const typed = key !== '' || value !== '';
  const problems = typed || tried ? newTagProblems(key.trim(), value.trim(), saved, draft) : {};
  const add = () => {
    setTried(true);
    const check = newTagProblems(key.trim(), value.trim(), saved, draft);
    if (check.key || check.value) return;
    setDraft(addTag(draft, key.trim(), value.trim()));
    setKey('');
    setValue('');
    setTried(false);
  };
  const changed = hasChanges(saved, draft);

  return (
    <div data-testid="tag-editor" data-state="ready" data-dirty={changed ? 'true' : 'false'}>
      <SpaceBetween size="m">
        <TagTable
          rows={rows}
          onToggle={(removed) => setDraft(toggleRemove(saved, draft, removed))}
          testId={tableTestId}
        />
        <form
          className="tag-add-row"
          aria-label="Add a tag"
          onSubmit={(event) => {
            event.preventDefault();
            add();
          }}
        >
          <FormField label="Key" errorText={problems.key}>
            <Input
              value={key}
              onChange={({ detail }) => setKey(detail.value)}
              placeholder="stage"
              nativeInputAttributes={{ 'data-testid': 'tag-key' } as Record<string, string>}
            />
          </FormField>
          <FormField label="Value" errorText={problems.value}>
            <Input
              value={value}
              onChange={({ detail }) => setValue(detail.value)}
              placeholder="prod"
              nativeInputAttributes={{ 'data-testid': 'tag-value' } as Record<string, string>}
            />
          </FormField>
          <div className="tag-add-button">
            <Button formAction="submit" data-testid="tag-add">
              {key.trim() in saved || key.trim() in draft.set ? 'Change' : 'Add'}
            </Button>
          </div>
        </form>
        {update.error !== undefined && (
          <ErrorNotice error={update.error} title="The tags were not saved: your changes are still here" />
        )}
        <div className="tag-actions">
          <Box color="text-body-secondary" fontSize="body-s">
            {countAfter(saved, draft)} of {MAX_TAGS_PER_RESOURCE} tags{changed ? ' once saved' : ''}
          </Box>
          <SpaceBetween direction="horizontal" size="xs">
            <Button
              disabled={!changed || update.isPending}
              onClick={() => setDraft(EMPTY_DRAFT)}
              data-testid="tag-discard"
            >
              Discard changes
            </Button>
            <Button
              variant="primary"
              disabled={!changed}
              loading={update.isPending}
              onClick={() => void update.run({ arn, ...draft })}
              data-testid="tag-save"
            >
              Save tags
            </Button>
          </SpaceBetween>
        </div>
      </SpaceBetween>
    </div>
  );
}
