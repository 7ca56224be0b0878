import Button from '@cloudscape-design/components/button';
import FormField from '@cloudscape-design/components/form-field';
import Input from '@cloudscape-design/components/input';
import { useState } from 'react';
import { navigateHref } from '../../app/hash-route';
import { lineageHref } from './lineage-routes';

const MAX_RESOURCE = 2048;

function problem(text: string): string | undefined {
  if (!text) return 'Enter an ARN, a name or an s3:// URI.';
  if (text.length > MAX_RESOURCE) return `At most ${MAX_RESOURCE} characters.`;
  if (/^s3:\/\/$/i.test(text)) return 'Add the bucket after s3://.';
  return undefined;
}

/** Look up another resource: its lineage opens at its own address, so Back returns here. */
export function ResourceBox({ current }: { current: string }) {
  const [text, setText] = useState(current);
  const [tried, setTried] = useState(false);
  const error = tried ? problem(text.trim()) : undefined;
  return (
    <form
      role="search"
      aria-label="Look up a resource's lineage"
      onSubmit={(event) => {
        event.preventDefault();
        setTried(true);
        if (!problem(text.trim())) navigateHref(lineageHref(text.trim()));
      }}
    >
      <FormField
        label="Resource"
        description="An ARN, the name of an endpoint, model, endpoint config, training or processing job, or an s3:// URI."
        errorText={error}
        stretch
      >
        <div className="lineage-lookup-row">
          <Input
            value={text}
            onChange={({ detail }) => setText(detail.value)}
            placeholder="churn-prod or s3://bucket/prefix/"
            ariaLabel="Resource to trace"
            nativeInputAttributes={{ 'data-testid': 'lineage-resource' } as Record<string, string>}
          />
          <Button formAction="submit" variant="primary" data-testid="lineage-lookup">
            Show lineage
          </Button>
        </div>
      </FormField>
    </form>
  );
}
