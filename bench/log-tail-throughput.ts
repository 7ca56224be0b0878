import { CreateLogGroupCommand, CreateLogStreamCommand, PutLogEventsCommand } from '@aws-sdk/client-cloudwatch-logs';
import type { CDPSession, Page } from 'playwright-core';
import { figure, type Figure } from './figure';
import { hrefForTail } from './log-tail-route';
import { consolePage, startTailWorld, type TailWorld } from './log-tail-support';

const GROUP = '/bench/tail-throughput';
const STREAMS = ['algo-1', 'algo-2', 'algo-3', 'algo-4'];
const RATE = 10_000;
const TICK_MS = 100;
const MEASURED_SECONDS = 30;
const HEAP_AT_EVENTS = 1_000_000;

declare const PerformanceObserver: new (fn: (list: { getEntries(): { duration: number }[] }) => void) => {
  observe(options: { type: string; buffered: boolean }): void;
};

/** The longest main-thread task since the page loaded (Long Tasks API: tasks of 50 ms and more). */
const LONG_TASKS_SCRIPT = () => {
  const scope = globalThis as unknown as { __longest: number; __longTasks: number };
  scope.__longest = 0;
  scope.__longTasks = 0;
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) {
      scope.__longTasks++;
      scope.__longest = Math.max(scope.__longest, entry.duration);
    }
  }).observe({ type: 'longtask', buffered: true });
};

const longTasks = (page: Page) =>
  page.evaluate(() => {
    const scope = globalThis as unknown as { __longest: number; __longTasks: number };
    const result = { longest: scope.__longest, count: scope.__longTasks };
    scope.__longest = 0;
    scope.__longTasks = 0;
    return result;
  });

async function heapMb(cdp: CDPSession): Promise<number> {
  await cdp.send('HeapProfiler.collectGarbage');
  const usage = (await cdp.send('Runtime.getHeapUsage')) as { usedSize: number };
  return usage.usedSize / 1_048_576;
}

const eventsSeen = async (page: Page) => Number((await page.getAttribute('[data-testid="tail-status"]', 'data-events-seen')) ?? 0);

/** One message of about 120 bytes, like a training container's progress line. */
const message = (n: number, stream: string) => `{"level":"INFO","host":"${stream}","step":${n},"loss":${(1 / (1 + n / 1e5)).toFixed(6)},"msg":"batch done"}`;

/** Puts RATE events per second for `seconds` seconds, spread over the streams, on a drift-free schedule. */
async function produce(world: TailWorld, seconds: number, firstNumber: number): Promise<number> {
  const perTick = (RATE * TICK_MS) / 1000 / STREAMS.length;
  const started = performance.now();
  let n = firstNumber;
  for (let tick = 0; tick < (seconds * 1000) / TICK_MS; tick++) {
    const wait = started + tick * TICK_MS - performance.now();
    if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
    const now = Date.now();
    await Promise.all(
      STREAMS.map((stream) => {
        const logEvents = Array.from({ length: perTick }, (_, i) => ({ timestamp: now - TICK_MS + Math.floor((i * TICK_MS) / perTick), message: message(n++, stream) }));
        return world.logs.send(new PutLogEventsCommand({ logGroupName: GROUP, logStreamName: stream, logEvents }));
      }),
    );
  }
  return n - firstNumber;
}

/** Waits until the viewer has seen `count` events or stops moving for 10 s; returns what it saw. */
async function settle(page: Page, count: number): Promise<number> {
  let seen = await eventsSeen(page);
  let lastMove = performance.now();
  while (seen < count && performance.now() - lastMove < 10_000) {
    await page.waitForTimeout(250);
    const now = await eventsSeen(page);
    if (now !== seen) lastMove = performance.now();
    seen = now;
  }
  return seen;
}

/**
 * 10,000 events a second for 30 s through polling (Live Tail refused by a fault rule) into the
 * console in chromium, following: events lost, the longest main-thread task while following, and
 * the page's heap once a million events have passed through the default 100,000-line buffer.
 */
export async function benchLogTailThroughput(): Promise<Figure[]> {
  const world = await startTailWorld();
  try {
    await world.logs.send(new CreateLogGroupCommand({ logGroupName: GROUP }));
    for (const stream of STREAMS) await world.logs.send(new CreateLogStreamCommand({ logGroupName: GROUP, logStreamName: stream }));
    await world.sandbox.control.addFault({ operation: 'logs:StartLiveTail', kind: 'unknownOperation' });
    const page = await consolePage(world);
    await page.addInitScript(LONG_TASKS_SCRIPT);
    await page.goto(`${world.host.origin}/${hrefForTail(GROUP)}`);
    await page.reload();
    await page.waitForSelector('[data-testid="tail-status"][data-phase="live"]', { timeout: 60_000 });
    const cdp = await page.context().newCDPSession(page);
    const heapBefore = await heapMb(cdp);
    // The same page, following an idle tail for a few seconds: its longest task is the floor.
    await longTasks(page);
    await page.waitForTimeout(5_000);
    const idle = await longTasks(page);

    const put = await produce(world, MEASURED_SECONDS, 0);
    const seen = await settle(page, put);
    const busy = await longTasks(page);

    const rest = await produce(world, (HEAP_AT_EVENTS - put) / RATE, put);
    const seenAll = await settle(page, put + rest);
    const heapAfter = await heapMb(cdp);
    const buffered = Number((await page.getAttribute('[data-testid="tail-status"]', 'data-lines-buffered')) ?? 0);
    console.log(`   put ${put} events in ${MEASURED_SECONDS} s, the viewer saw ${seen}; ${busy.count} long tasks while following (${idle.count} idle)`);
    console.log(`   then ${rest} more: ${seenAll} seen in all, ${buffered} lines buffered`);
    return [
      figure(`events lost at ${RATE}/s for ${MEASURED_SECONDS} s through polling`, put - seen, 'events', 'events put', put, '0 lost'),
      figure(`longest main-thread task while following ${RATE}/s`, busy.longest, 'ms', 'same page following an idle tail', idle.longest, 'under 100 ms (tasks under 50 ms are not reported: 0 means none)'),
      figure(`renderer heap after ${seenAll.toLocaleString()} events (default buffer)`, heapAfter, 'MB', 'same page before the tail had events', heapBefore, 'under 300 MB'),
    ];
  } finally {
    await world.stop();
  }
}
