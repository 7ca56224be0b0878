import FormField from '@cloudscape-design/components/form-field';
import TextFilter from '@cloudscape-design/components/text-filter';
import { useState } from 'react';
import type { z } from 'zod';

/**
 * A name-prefix search sent to AWS (DescribeLogGroups / DescribeLogStreams prefixes): applied once
 * typing pauses, and only when the contract's schema accepts it, so a name AWS would refuse shows
 * its rule here instead of an error from AWS.
 */
export function PrefixSearch({
  label,
  placeholder,
  countText,
  schema,
  testId,
  onApply,
}: {
  label: string;
  placeholder: string;
  countText?: string | undefined;
  schema: z.ZodType<string>;
  testId: string;
  onApply: (prefix: string | undefined) => void;
}) {
  const [text, setText] = useState('');
  const [problem, setProblem] = useState<string>();
  const apply = (value: string) => {
    if (value === '') {
      setProblem(undefined);
      onApply(undefined);
      return;
    }
    const parsed = schema.safeParse(value);
    setProblem(parsed.success ? undefined : parsed.error.issues[0]?.message);
    if (parsed.success) onApply(value);
  };
  return (
    <FormField errorText={problem} data-testid={`${testId}-field`}>
      <TextFilter
        data-testid={testId}
        filteringText={text}
        filteringPlaceholder={placeholder}
        filteringAriaLabel={label}
        filteringClearAriaLabel="Clear the search"
        countText={countText}
        onChange={({ detail }) => setText(detail.filteringText)}
        onDelayedChange={({ detail }) => apply(detail.filteringText)}
      />
    </FormField>
  );
}
