import type { ReactNode } from 'react';
import type { StageResult } from '../../../../shared/domain/overview';
import { HEALTH_LABEL, type Health, type StageHealth, type StageId } from './stage-health';

/** A glyph per state as well as a colour: the state reads without colour vision too. */
const GLYPH: Record<Health, string> = { healthy: '✓', attention: '!', failing: '✕' };

export interface StageCardProps {
  id: StageId;
  title: string;
  /** The stage's area. */
  href: string;
  result: StageResult<unknown>;
  health: StageHealth;
  onRetry: () => void;
  retrying: boolean;
  children?: ReactNode;
}

/** One stage of the pipeline: its state in colour and words, its figures, or why it could not be read. */
export function StageCard({ id, title, href, result, health, onRetry, retrying, children }: StageCardProps) {
  const headingId = `overview-stage-${id}-title`;
  return (
    <section className={`stage-card stage-${health.health}`} data-testid={`overview-stage-${id}`} aria-labelledby={headingId}>
      <header className="stage-card-header">
        <h3 id={headingId}>
          <a href={href}>{title}</a>
        </h3>
        <p className={`stage-health stage-health-${health.health}`} data-testid={`overview-stage-${id}-health`}>
          <span aria-hidden="true" className="stage-health-glyph">
            {GLYPH[health.health]}
          </span>
          <span>{HEALTH_LABEL[health.health]}</span>
          <span className="stage-health-reason">· {health.reason}</span>
        </p>
      </header>
      {result.ok ? (
        <>
          {children}
          {result.notice && (
            <p className="stage-notice" data-testid={`overview-stage-${id}-notice`}>
              {result.notice}
            </p>
          )}
        </>
      ) : (
        <div className="notice stage-error" role="alert" data-testid={`overview-stage-${id}-error`}>
          <p>{result.message}</p>
          <p className="notice-meta">{result.code}</p>
          <button type="button" className="button" onClick={onRetry} disabled={retrying} data-testid={`overview-stage-${id}-retry`}>
            {retrying ? 'Reading again…' : 'Retry'}
          </button>
        </div>
      )}
    </section>
  );
}
