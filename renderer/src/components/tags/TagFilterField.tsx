import './tags.css';
import Button from '@cloudscape-design/components/button';
import Input from '@cloudscape-design/components/input';
import StatusIndicator from '@cloudscape-design/components/status-indicator';
import { useState } from 'react';
import { errorMessage } from '../ErrorNotice';
import { parseTagFilterText } from './tag-edits';
import type { TagFilterState } from './use-tag-filter';

/**
 * The tag filter above a list: `stage=prod, owner` (a key alone matches any value), applied on
 * Enter and kept in the address; says how many loaded rows it hid and what it could not search.
 */
export function TagFilterField({ filter, hidden, what }: { filter: TagFilterState; hidden: number; what: string }) {
  const [text, setText] = useState(filter.text);
  // An address changed from elsewhere (Back, a link) shows its filter in the box.
  const [seen, setSeen] = useState(filter.text);
  if (seen !== filter.text) {
    setSeen(filter.text);
    setText(filter.text);
  }
  const typedProblems = parseTagFilterText(text).problems;
  const active = filter.filters.length > 0 && filter.problems.length === 0;

  return (
    <div
      className="tag-filter"
      data-testid="tag-filter"
      data-state={!active ? 'off' : filter.isPending ? 'loading' : filter.error ? 'error' : 'on'}
    >
      <form
        role="search"
        aria-label={`Filter ${what} by tags`}
        className="tag-filter-form"
        onSubmit={(event) => {
          event.preventDefault();
          if (typedProblems.length === 0) filter.apply(text);
        }}
      >
        <Input
          value={text}
          onChange={({ detail }) => setText(detail.value)}
          type="search"
          placeholder="Tags, e.g. stage=prod, owner"
          ariaLabel={`Filter ${what} by tags: key=value or a key alone, separated by commas`}
          invalid={typedProblems.length > 0}
          nativeInputAttributes={{ 'data-testid': 'tag-filter-input' } as Record<string, string>}
        />
        <Button formAction="submit" data-testid="tag-filter-apply" disabled={typedProblems.length > 0}>
          Filter by tags
        </Button>
        {filter.text && (
          <Button
            variant="inline-link"
            formAction="none"
            onClick={() => filter.apply('')}
            data-testid="tag-filter-clear"
          >
            Clear tags
          </Button>
        )}
      </form>
      <div aria-live="polite" className="tag-filter-status">
        {typedProblems.length > 0 && (
          <StatusIndicator type="error" data-testid="tag-filter-problems">
            {typedProblems.join(' ')}
          </StatusIndicator>
        )}
        {active && filter.isPending && (
          <StatusIndicator type="loading">Finding resources tagged {filter.text}</StatusIndicator>
        )}
        {active && filter.error !== undefined && (
          <span role="alert">
            <StatusIndicator type="error">
              The tag filter could not be applied: {errorMessage(filter.error)}
            </StatusIndicator>{' '}
            <Button variant="inline-link" onClick={filter.retry}>
              Try again
            </Button>
          </span>
        )}
        {active && filter.arns && (
          <span data-testid="tag-filter-hidden" data-hidden={hidden}>
            {hidden === 0
              ? `Every loaded row is tagged ${filter.text}.`
              : `${hidden} hidden by tag filter ${filter.text}.`}
          </span>
        )}
        {active && filter.notice && (
          <span className="tag-filter-notice" data-testid="tag-filter-notice">
            {' '}
            {filter.notice}
          </span>
        )}
      </div>
    </div>
  );
}
