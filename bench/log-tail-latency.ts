import { CreateLogGroupCommand, CreateLogStreamCommand, PutLogEventsCommand } from '@aws-sdk/client-cloudwatch-logs';
import type { Page } from 'playwright-core';
import { hrefForTail } from './log-tail-route';
import { figure, type Figure } from './figure';
import { consolePage, percentile, startCliTail, startTailWorld, wallNow, type TailWorld } from './log-tail-support';

const GROUP = '/bench/tail-latency';
const STREAMS = ['worker-1', 'worker-2'];
const EVENTS_PER_SOURCE = 40;
/** `aws logs tail --follow` sleeps 5 s between polls: give its last poll time to print. */
const CLI_GRACE_MS = 7_000;

declare const document: { body: unknown };
declare const MutationObserver: new (fn: (records: { addedNodes: ArrayLike<{ textContent: string | null }> }[]) => void) => {
  observe(target: unknown, options: { childList: boolean; subtree: boolean; characterData: boolean }): void;
};

/**
 * Records, in the page, when each bench line first appears on screen: the tail follows, so a new
 * line is rendered as soon as it is in the viewer's store (at the next animation frame).
 */
async function watchArrivals(page: Page): Promise<void> {
  await page.evaluate(() => {
    const scope = globalThis as unknown as { __arrived: Record<string, number> };
    scope.__arrived = {};
    new MutationObserver((records) => {
      const at = performance.timeOrigin + performance.now();
      for (const record of records) {
        for (const node of Array.from(record.addedNodes)) {
          for (const match of (node.textContent ?? '').matchAll(/bench-latency-[a-z]+-\d+/g)) scope.__arrived[match[0]] ??= at;
        }
      }
    }).observe(document.body, { childList: true, subtree: true, characterData: true });
  });
}

const arrivals = (page: Page) => page.evaluate(() => (globalThis as unknown as { __arrived: Record<string, number> }).__arrived);

/** Opens the group's tail and waits until it follows from the expected source. */
async function openTail(world: TailWorld, source: 'live' | 'polling'): Promise<Page> {
  const page = await consolePage(world);
  await page.goto(`${world.host.origin}/${hrefForTail(GROUP)}`);
  await page.waitForSelector(`[data-testid="tail-status"][data-phase="live"][data-source="${source}"]`, { timeout: 60_000 });
  await watchArrivals(page);
  return page;
}

/** Puts one event at a time at irregular gaps (so no phase of a poll or update period is favoured). */
async function produce(world: TailWorld, label: string, returnedAt: Map<string, number>): Promise<void> {
  for (let i = 0; i < EVENTS_PER_SOURCE; i++) {
    await new Promise((resolve) => setTimeout(resolve, 250 + ((i * 0.618) % 1) * 500));
    const message = `bench-latency-${label}-${i}`;
    await world.logs.send(
      new PutLogEventsCommand({ logGroupName: GROUP, logStreamName: STREAMS[i % STREAMS.length], logEvents: [{ timestamp: Date.now(), message }] }),
    );
    returnedAt.set(message, wallNow());
  }
}

function latencies(returnedAt: Map<string, number>, arrived: Record<string, number>, label: string): { values: number[]; missing: number } {
  const values: number[] = [];
  let missing = 0;
  for (const [message, at] of returnedAt) {
    if (!message.includes(`-${label}-`)) continue;
    const seen = arrived[message];
    if (seen === undefined) missing++;
    else values.push(seen - at);
  }
  return { values, missing };
}

/**
 * PutLogEvents returns → the line on screen in the console (chromium against the web host, over
 * real HTTP to the sandbox), with Live Tail and then with polling (Live Tail refused by a fault rule,
 * as an endpoint without it would), next to `aws logs tail --follow` on the same group → its stdout.
 */
export async function benchLogTailLatency(): Promise<Figure[]> {
  const world = await startTailWorld();
  const returnedAt = new Map<string, number>();
  const cliArrived: Record<string, number> = {};
  try {
    await world.logs.send(new CreateLogGroupCommand({ logGroupName: GROUP }));
    for (const stream of STREAMS) await world.logs.send(new CreateLogStreamCommand({ logGroupName: GROUP, logStreamName: stream }));
    const cli = startCliTail(world.sandbox, GROUP, (line, at) => {
      for (const match of line.matchAll(/bench-latency-[a-z]+-\d+/g)) cliArrived[match[0]] ??= at;
    });
    try {
      const live = await openTail(world, 'live');
      await produce(world, 'live', returnedAt);
      // The last line is on its way (Live Tail sends once a second): let it land before closing.
      await live
        .waitForFunction((last) => (globalThis as unknown as { __arrived: Record<string, number> }).__arrived[last] !== undefined, `bench-latency-live-${EVENTS_PER_SOURCE - 1}`, { timeout: 10_000 })
        .catch(() => undefined);
      const liveArrived = await arrivals(live);
      // Viewers of one target share its upstream: close the Live Tail viewer so the next one
      // starts its own, which the fault rule turns into polling.
      await live.close();
      await world.sandbox.control.addFault({ operation: 'logs:StartLiveTail', kind: 'unknownOperation' });
      const polling = await openTail(world, 'polling');
      await produce(world, 'polling', returnedAt);
      await new Promise((resolve) => setTimeout(resolve, CLI_GRACE_MS));
      const results = {
        live: latencies(returnedAt, liveArrived, 'live'),
        polling: latencies(returnedAt, await arrivals(polling), 'polling'),
      };
      const figures: Figure[] = [];
      for (const source of ['live', 'polling'] as const) {
        const peer = latencies(returnedAt, cliArrived, source);
        const name = source === 'live' ? 'Live Tail' : 'polling';
        console.log(`   ${name}: ${results[source].values.length} of ${EVENTS_PER_SOURCE} lines seen (${results[source].missing} missing); aws logs tail saw ${peer.values.length}`);
        for (const p of [50, 95]) {
          figures.push(
            figure(
              `delivery with ${name}: PutLogEvents return → line on screen, p${p} of ${EVENTS_PER_SOURCE}`,
              percentile(results[source].values, p),
              'ms',
              'aws logs tail --follow → stdout, same events',
              percentile(peer.values, p),
              p === 95 ? 'ratio at most 0.20 (p95 at least 5× lower)' : undefined,
            ),
          );
        }
      }
      return figures;
    } finally {
      cli.stop();
    }
  } finally {
    await world.stop();
  }
}
