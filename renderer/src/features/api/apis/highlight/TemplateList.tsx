import SpaceBetween from '@cloudscape-design/components/space-between';
import { HighlightedCode } from './HighlightedCode';

interface TemplateListProps {
  /** Content type → template. */
  templates: Record<string, string>;
  /** What to say when there is none ("Passed through"). */
  none: string;
  /** The accessible name of one content type's template. */
  label: (contentType: string) => string;
  testId?: (contentType: string) => string;
}

/** Templates keyed by content type (integration responses, gateway responses), each highlighted. */
export function TemplateList({ templates, none, label, testId }: TemplateListProps) {
  const entries = Object.entries(templates);
  if (entries.length === 0) return <>{none}</>;
  return (
    <SpaceBetween size="xxs">
      {entries.map(([contentType, template]) => (
        <HighlightedCode key={contentType} code={template} label={label(contentType)} {...(testId ? { testId: testId(contentType) } : {})} />
      ))}
    </SpaceBetween>
  );
}
