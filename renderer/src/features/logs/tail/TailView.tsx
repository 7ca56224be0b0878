import { type KeyboardEvent } from 'react';
import { LogLines } from './LogLines';
import { StreamToggles } from './StreamToggles';
import { TailControls } from './TailControls';
import { TailFilters } from './TailFilters';
import { TailRange } from './TailRange';
import type { TailSession } from './tail-session';
import { TailStatus } from './TailStatus';

/** Typing in a field must never toggle following. */
function isTyping(target: EventTarget): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName);
}

/**
 * One tail: how it is going, where it starts, its filters and controls, the streams and the lines.
 * Each part subscribes to the session by itself, so this frame re-renders only what reads it.
 * End (or F) anywhere in the view resumes following; F pauses it again.
 */
export function TailView({ session }: { session: TailSession }) {
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.altKey || event.ctrlKey || event.metaKey || isTyping(event.target)) return;
    if (event.key === 'End') session.setFollowing(true);
    else if (event.key === 'f' || event.key === 'F') session.setFollowing(!session.following);
  };
  return (
    <section className="tail-view" data-testid="tail-view" data-target={session.key} aria-label={`Tail of ${session.label}`} onKeyDown={onKeyDown}>
      <TailStatus session={session} />
      <TailRange session={session} />
      <TailFilters session={session} />
      <TailControls session={session} />
      <StreamToggles session={session} />
      <LogLines session={session} />
    </section>
  );
}
