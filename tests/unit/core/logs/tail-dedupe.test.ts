import { describe, expect, it } from 'vitest';
import { Deduper } from '../../../../electron/core/areas/logs/tail/dedupe';
import type { LogEvent } from '../../../../shared/domain/logs';

const live = (timestamp: number, message: string, stream = 's'): LogEvent => ({ id: '', timestamp, group: 'g', stream, message });
const filtered = (timestamp: number, message: string, id: string): LogEvent => ({ ...live(timestamp, message), id });
const messages = (events: LogEvent[]) => events.map((event) => `${event.timestamp} ${event.message}`);

describe('Deduper', () => {
  it('keeps identical lines at the same millisecond as separate events, and delivers each once across reads', () => {
    const dedupe = new Deduper(0);
    expect(messages(dedupe.accept([live(10, 'tick'), live(10, 'tick')], 1))).toEqual(['10 tick', '10 tick']);
    // A backfill from the boundary returns both again, and a third written since: only the third is new.
    expect(messages(dedupe.accept([filtered(10, 'tick', 'a'), filtered(10, 'tick', 'b'), filtered(10, 'tick', 'c')], 2))).toEqual(['10 tick']);
    // The same read counting further does not re-deliver what another read delivered.
    expect(dedupe.accept([live(10, 'tick')], 1)).toEqual([]);
  });

  it('derives stable ids for Live Tail events and keeps FilterLogEvents ids', () => {
    const dedupe = new Deduper(0);
    const [a, b] = dedupe.accept([live(5, 'x'), live(5, 'x')], 1);
    expect(a?.id).toMatch(/^5-[\w-]{16}-1$/);
    expect(b?.id).toMatch(/^5-[\w-]{16}-2$/);
    expect(new Deduper(0).accept([live(5, 'x')], 7)[0]?.id).toBe(a?.id);
    expect(dedupe.accept([filtered(6, 'y', 'evt-1')], 2)[0]?.id).toBe('evt-1');
  });

  it('tells streams and groups apart', () => {
    const dedupe = new Deduper(0);
    expect(dedupe.accept([live(1, 'm', 'a'), live(1, 'm', 'b')], 1)).toHaveLength(2);
  });

  it('forgets what is older than the window: late Live Tail events pass, FilterLogEvents re-reads do not', () => {
    const dedupe = new Deduper(1_000);
    dedupe.accept([live(100, 'old'), live(5_000, 'new')], 1);
    expect(dedupe.tracked).toBe(1);
    expect(messages(dedupe.accept([live(100, 'late arrival')], 1))).toEqual(['100 late arrival']);
    expect(dedupe.accept([filtered(100, 'old', 'e1')], 2)).toEqual([]);
    // Within the window the overlap of a backfill and a live session is exact.
    expect(messages(dedupe.accept([filtered(4_500, 'mid', 'e2'), filtered(5_000, 'new', 'e3')], 3))).toEqual(['4500 mid']);
  });

  it('delivers an event once however many polling passes re-read it, and a late one among them', () => {
    const dedupe = new Deduper(20_000);
    const pass1 = [filtered(1_000, 'a', 'e1'), filtered(1_000, 'a', 'e2'), filtered(5_000, 'b', 'e3')];
    expect(dedupe.accept(pass1, 1)).toHaveLength(3);
    // The next passes re-read their lookback: the same events, and one ingested late between them.
    expect(dedupe.accept(pass1, 2)).toEqual([]);
    expect(messages(dedupe.accept([...pass1.slice(0, 2), filtered(3_000, 'late', 'e4'), pass1[2]!], 3))).toEqual(['3000 late']);
    expect(dedupe.accept([...pass1.slice(0, 2), filtered(3_000, 'late', 'e4'), pass1[2]!], 4)).toEqual([]);
  });

  it('does not deliver twice what the cap made it forget inside the window', () => {
    const dedupe = new Deduper(60_000, 100);
    const events = Array.from({ length: 1_000 }, (_, i) => filtered(i, `m${i}`, `e${i}`));
    expect(dedupe.accept(events, 1)).toHaveLength(1_000);
    expect(dedupe.accept(events, 2)).toEqual([]);
    expect(messages(dedupe.accept([filtered(999, 'new at the newest', 'x')], 3))).toEqual(['999 new at the newest']);
  });

  it('caps what it remembers whatever the rate', () => {
    const dedupe = new Deduper(60_000, 100);
    dedupe.accept(Array.from({ length: 1_000 }, (_, i) => live(i, `m${i}`)), 1);
    expect(dedupe.tracked).toBeLessThanOrEqual(100);
  });
});
