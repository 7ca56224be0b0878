import Button from '@cloudscape-design/components/button';
import Checkbox from '@cloudscape-design/components/checkbox';
import FormField from '@cloudscape-design/components/form-field';
import Input from '@cloudscape-design/components/input';
import { useState, type FormEvent } from 'react';
import type { TailSession } from './tail-session';
import { useTailSelect } from './use-tail';

/**
 * The two filters: CloudWatch's filter pattern, applied by AWS (restarts the tail), and a regular
 * expression applied here to the lines already held (highlights, or keeps only matching lines).
 */
export function TailFilters({ session }: { session: TailSession }) {
  useTailSelect(session, ({ filterPattern, options }) => JSON.stringify([filterPattern, options.regex.text, options.regex.error, options.onlyMatching]));
  const [pattern, setPattern] = useState(session.filterPattern);
  // Typed text is React state: the session re-renders a frame later, too late for a controlled input.
  const [regexText, setRegexText] = useState(session.options.regex.text);
  const { regex, onlyMatching } = session.options;

  const applyPattern = (event: FormEvent) => {
    event.preventDefault();
    session.setFilterPattern(pattern);
  };

  return (
    <div className="tail-filters">
      <form onSubmit={applyPattern} className="tail-inline-form" data-testid="tail-pattern-form">
        <FormField
          label="Filter pattern"
          description={session.filterPattern ? `AWS applies: ${session.filterPattern}` : 'CloudWatch syntax; AWS filters, the tail restarts.'}
        >
          <Input value={pattern} onChange={({ detail }) => setPattern(detail.value)} placeholder="ERROR" data-testid="tail-pattern" />
        </FormField>
        <Button formAction="submit" data-testid="tail-pattern-apply">
          Apply pattern
        </Button>
      </form>
      <div className="tail-inline-form">
        <FormField label="Highlight (regular expression)" errorText={regex.error} description="Applied here to the lines held.">
          <Input
            value={regexText}
            onChange={({ detail }) => {
              setRegexText(detail.value);
              session.setOptions({ regexText: detail.value });
            }}
            placeholder="loss=0\.[0-4]"
            invalid={regex.error !== undefined}
            data-testid="tail-regex"
          />
        </FormField>
        <Checkbox checked={onlyMatching} onChange={({ detail }) => session.setOptions({ onlyMatching: detail.checked })} data-testid="tail-only-matching">
          Only matching lines
        </Checkbox>
      </div>
    </div>
  );
}
