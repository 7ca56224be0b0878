import { describe, expect, it } from 'vitest';
import { DeliveryQueue, type EventsBatch } from '../../../../electron/core/areas/logs/tail/delivery-queue';
import type { LogEvent } from '../../../../shared/domain/logs';

const events = (from: number, count: number): LogEvent[] =>
  Array.from({ length: count }, (_, i) => ({ id: String(from + i), timestamp: from + i, group: 'g', stream: 's', message: `m${from + i}` }));

function queue() {
  const sent: EventsBatch[] = [];
  const q = new DeliveryQueue((batch) => sent.push(batch), { batchSize: 10, maxUnacked: 2, maxQueued: 25 });
  return { q, sent };
}

describe('DeliveryQueue', () => {
  it('sends a delivery at once in batches, never more than the unacknowledged limit', () => {
    const { q, sent } = queue();
    q.push(events(0, 15), false);
    expect(sent.map((batch) => batch.events.length)).toEqual([10, 5]);
    q.push(events(15, 3), true);
    expect(sent).toHaveLength(2);
    expect(q.queued).toBe(3);
    q.ack(0);
    expect(sent[2]).toMatchObject({ seq: 2, sampled: true, droppedByHost: 0 });
    expect(sent[2]?.events.map((event) => event.id)).toEqual(['15', '16', '17']);
  });

  it('keeps at most maxQueued waiting, dropping the oldest and counting them in the next batch', () => {
    const { q, sent } = queue();
    q.push(events(0, 20), false);
    for (let i = 0; i < 10; i++) q.push(events(20 + i * 10, 10), false);
    expect(q.queued).toBe(25);
    q.ack(1);
    expect(sent[2]).toMatchObject({ droppedByHost: 75 });
    expect(sent[2]?.events[0]?.id).toBe('95');
    expect(sent[3]?.droppedByHost).toBe(0);
  });

  it('flushes everything when the tail ends, and ignores stale or future acks', () => {
    const { q, sent } = queue();
    q.push(events(0, 25), false);
    q.ack(5);
    q.ack(-1);
    expect(sent).toHaveLength(2);
    q.flush();
    expect(sent.map((batch) => batch.seq)).toEqual([0, 1, 2]);
    expect(q.queued).toBe(0);
  });

  it('an ack that arrives while a batch is being sent does not resend its counters', () => {
    const sent: EventsBatch[] = [];
    const q: DeliveryQueue = new DeliveryQueue(
      (batch) => {
        sent.push(batch);
        q.ack(batch.seq);
      },
      { batchSize: 10, maxUnacked: 1, maxQueued: 100 },
    );
    q.push(events(0, 30), true);
    expect(sent.map((batch) => [batch.events.length, batch.sampled])).toEqual([
      [10, true],
      [10, false],
      [10, false],
    ]);
  });
});
