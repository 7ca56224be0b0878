import { useMemo } from 'react';
import { tokenize } from './velocity-tokens';

/**
 * A mapping template or JSON Schema, highlighted (colours in api.css from Cloudscape's tokens, so
 * dark mode follows). A named, focusable region: a long template scrolls by keyboard too.
 */
export function HighlightedCode({ code, label, testId }: { code: string; label: string; testId?: string }) {
  const tokens = useMemo(() => tokenize(code), [code]);
  return (
    // Long lines scroll sideways: focusable so the keyboard can scroll it too.
    <pre className="api-code" role="region" aria-label={label} tabIndex={0} data-testid={testId}>
      <code>
        {tokens.map((token, index) =>
          token.kind === 'text' ? token.text : (
            <span key={index} className={`api-code-${token.kind}`}>
              {token.text}
            </span>
          ),
        )}
      </code>
    </pre>
  );
}
