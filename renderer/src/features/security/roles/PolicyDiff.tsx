import type { DiffLine } from '../../../../../shared/domain/roles';

const MARK = { same: ' ', added: '+', removed: '−' } as const;
const WORD = { same: '', added: 'added: ', removed: 'removed: ' } as const;

/**
 * The current and suggested documents as one line diff. Added and removed lines carry a + or −
 * mark and words for screen readers, not only a colour.
 */
export function PolicyDiff({ lines, label }: { lines: DiffLine[]; label: string }) {
  const added = lines.filter((l) => l.op === 'added').length;
  const removed = lines.filter((l) => l.op === 'removed').length;
  return (
    <div>
      <p data-testid="suggestion-diff-summary">
        {added} lines added (+), {removed} lines removed (−).
      </p>
      {/* Long lines scroll sideways: focusable so the keyboard can scroll it too. */}
      <pre className="api-code role-diff" role="region" aria-label={label} tabIndex={0} data-testid="suggestion-diff">
        {lines.map((line, index) => (
          <span key={index} className={`role-diff-line role-diff-${line.op}`} data-op={line.op}>
            <span className="role-diff-mark" aria-hidden="true">
              {MARK[line.op]}{' '}
            </span>
            <span className="sr-only">{WORD[line.op]}</span>
            {line.text}
            {'\n'}
          </span>
        ))}
      </pre>
    </div>
  );
}
