import FormField from '@cloudscape-design/components/form-field';
import Textarea from '@cloudscape-design/components/textarea';

const isMac = typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.platform);

/**
 * The query text, in a monospace field; Ctrl+Enter (⌘+Enter on a Mac) runs it. AWS's compile
 * error (MalformedQueryException) shows under the field, where the mistake is.
 */
export function QueryEditor({
  value,
  onChange,
  onRun,
  errorText,
}: {
  value: string;
  onChange: (next: string) => void;
  onRun: () => void;
  errorText?: string | undefined;
}) {
  return (
    <div className="insights-editor">
      <FormField
        label="Query"
        description={`Logs Insights query language. ${isMac ? '⌘' : 'Ctrl'}+Enter runs the query.`}
        errorText={errorText}
        stretch
        data-testid="insights-query-field"
      >
        <Textarea
          data-testid="insights-query"
          value={value}
          rows={6}
          spellcheck={false}
          placeholder="fields @timestamp, @message | sort @timestamp desc | limit 20"
          onChange={({ detail }) => onChange(detail.value)}
          onKeyDown={({ detail }) => {
            if (detail.key === 'Enter' && (detail.ctrlKey || detail.metaKey)) onRun();
          }}
        />
      </FormField>
    </div>
  );
}
