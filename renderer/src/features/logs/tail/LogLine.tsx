import { memo } from 'react';
import { splitMatches } from './client-regex';
import { NOTE_STREAM } from './line-buffer';
import { formatTimestamp, jsonOf, levelOf } from './line-format';

export interface LogLineProps {
  timestamp: number;
  /** 0 for the viewer's own notes. */
  stream: number;
  streamLabel: string;
  message: string;
  utc: boolean;
  highlight: RegExp | undefined;
  /** Absolute buffer position: what the JSON toggle reports. */
  position: number;
  expanded: boolean;
  onToggleJson: (position: number) => void;
}

// Colours repeat after this many streams; the label beside the colour tells them apart.
export const STREAM_COLOURS = 8;

/**
 * One row of the list. Level and JSON are worked out here, for the rows on screen only; memo keeps
 * rows whose content did not change from rendering again when a batch arrives.
 */
export const LogLine = memo(function LogLine({ timestamp, stream, streamLabel, message, utc, highlight, position, expanded, onToggleJson }: LogLineProps) {
  if (stream === NOTE_STREAM) {
    return (
      <div className="tail-line tail-note" data-testid="tail-note">
        <span className="tail-time">{formatTimestamp(timestamp, utc)}</span> <strong>{message}</strong>
      </div>
    );
  }
  const json = jsonOf(message);
  const level = levelOf(message, json);
  return (
    <div className={`tail-line${level ? ` tail-level-${level}` : ''}`} data-level={level}>
      <span className="tail-time">{formatTimestamp(timestamp, utc)}</span>{' '}
      <span className={`tail-stream tail-stream-c${(stream - 1) % STREAM_COLOURS}`}>{streamLabel}</span>{' '}
      <span className="tail-message">
        {splitMatches(message, highlight).map((segment, index) =>
          segment.match ? (
            <mark key={index} className="tail-match">
              {segment.text}
            </mark>
          ) : (
            segment.text
          ),
        )}
      </span>
      {json && (
        <>
          {' '}
          <button type="button" className="tail-json-toggle" aria-expanded={expanded} onClick={() => onToggleJson(position)}>
            {expanded ? 'Hide JSON' : 'JSON'}
          </button>
          {expanded && <pre className="tail-json">{JSON.stringify(json, null, 2)}</pre>}
        </>
      )}
    </div>
  );
});
