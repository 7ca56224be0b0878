import { useVirtualizer } from '@tanstack/react-virtual';
import { useCallback, useLayoutEffect, useRef, useState, type KeyboardEvent, type WheelEvent } from 'react';
import { LogLine } from './LogLine';
import type { TailSession } from './tail-session';
import { useTailVersion } from './use-tail';
import { VisibleIndex } from './visible-index';

// One unwrapped line is exactly this tall (tail.css): estimates that match keep the scroll steady.
const ROW_HEIGHT = 20;
// Scrolled further than this from the end is the user reading, not the list catching up.
const AWAY_FROM_END = ROW_HEIGHT * 2;
const PAUSING_KEYS = new Set(['ArrowUp', 'PageUp', 'Home']);

/**
 * The lines of a tail, virtualised: only the rows on screen exist in the DOM, so a full buffer
 * costs what forty rows cost. While following it stays pinned to the newest line; scrolling up
 * (wheel, keys, scrollbar) pauses following and keeps the lines being read in place while older
 * ones are dropped or loaded.
 */
export function LogLines({ session }: { session: TailSession }) {
  useTailVersion(session);
  const [index] = useState(() => new VisibleIndex());
  const scrollRef = useRef<HTMLDivElement>(null);
  const [expanded, setExpanded] = useState<ReadonlySet<number>>(() => new Set());
  const pinning = useRef(false);
  // The line at the top of the view while paused, by absolute position, and the row it was in.
  const anchor = useRef<{ position: number; row: number } | undefined>(undefined);
  const { buffer, options, following } = session;

  index.update(buffer, session.criteria());
  const count = index.count;
  const wrap = options.wrap;

  // The virtualizer's functions are read fresh each render and never handed to a memoised child.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_HEIGHT,
    // Every batch while following shifts every row, so each overscanned row is re-rendered and restyled per batch.
    overscan: 6,
    // Pinning to the newest line scrolls once per batch; a synchronous render inside that scroll
    // event made one long task of the batch's render and a second one. Scheduled, it runs apart.
    useFlushSync: false,
  });
  useLayoutEffect(() => {
    // Our own anchoring keeps the view still while paused; the library's correction would fight it.
    virtualizer.shouldAdjustScrollPositionOnItemSizeChange = () => false;
  }, [virtualizer]);

  const toggleJson = useCallback((position: number) => {
    setExpanded((current) => {
      const next = new Set(current);
      if (next.has(position)) next.delete(position);
      else next.add(position);
      return next;
    });
  }, []);

  useLayoutEffect(() => {
    const element = scrollRef.current;
    if (!element || count === 0) return;
    if (following) {
      pinning.current = true;
      element.scrollTop = element.scrollHeight;
      requestAnimationFrame(() => (pinning.current = false));
      anchor.current = undefined;
      return;
    }
    const held = anchor.current;
    if (!held) return;
    const row = index.rowOf(held.position);
    if (row >= 0 && row !== held.row) {
      anchor.current = { position: held.position, row };
      virtualizer.scrollToIndex(row, { align: 'start' });
    }
  });

  const pause = () => {
    if (!session.following) return;
    session.setFollowing(false);
    rememberTop();
  };

  const rememberTop = () => {
    const first = virtualizer.range?.startIndex;
    if (first === undefined || first >= index.count) return;
    anchor.current = { position: index.positionAt(first), row: first };
  };

  const onScroll = () => {
    const element = scrollRef.current;
    if (!element) return;
    if (session.following) {
      const fromEnd = element.scrollHeight - element.scrollTop - element.clientHeight;
      if (!pinning.current && fromEnd > AWAY_FROM_END) pause();
      return;
    }
    rememberTop();
  };

  const onWheel = (event: WheelEvent) => {
    if (event.deltaY < 0) pause();
  };

  const onKeyDown = (event: KeyboardEvent) => {
    if (PAUSING_KEYS.has(event.key)) pause();
  };

  const items = virtualizer.getVirtualItems();
  return (
    <div
      ref={scrollRef}
      className={`tail-lines${wrap ? ' tail-wrap' : ''}`}
      role="region"
      aria-label={`Log lines of ${session.label}`}
      // Focusable so the keyboard scrolls it (arrows, Page Up/Down) and End resumes following.
      tabIndex={0}
      data-testid="tail-lines"
      data-rows={count}
      onScroll={onScroll}
      onWheel={onWheel}
      onKeyDown={onKeyDown}
    >
      {count === 0 && <p className="tail-empty">{emptyText(session)}</p>}
      <div className="tail-lines-inner" style={{ height: virtualizer.getTotalSize() }}>
        {items.map((item) => {
          const position = index.positionAt(item.index);
          const stream = buffer.streamAt(position);
          return (
            <div
              key={item.key}
              ref={virtualizer.measureElement}
              data-index={item.index}
              className="tail-row"
              data-testid="tail-line"
              style={{ transform: `translateY(${item.start}px)` }}
            >
              <LogLine
                timestamp={buffer.timeAt(position)}
                stream={stream}
                streamLabel={buffer.streamInfo(stream)?.label ?? ''}
                message={buffer.messageAt(position)}
                utc={options.utc}
                highlight={options.regex.all}
                position={position}
                expanded={expanded.has(position)}
                onToggleJson={toggleJson}
              />
            </div>
          );
        })}
      </div>
    </div>
  );
}

function emptyText(session: TailSession): string {
  if (session.buffer.length > 0) return 'No line matches the filters.';
  if (session.phase === 'search') return session.search?.loading ? 'Searching…' : 'No events in this time range.';
  if (session.phase === 'connecting') return 'Starting the tail…';
  return 'Waiting for log events…';
}
