import { CloudWatchLogsClient, CreateLogGroupCommand, CreateLogStreamCommand, PutLogEventsCommand, StartLiveTailCommand } from '@aws-sdk/client-cloudwatch-logs';
import { startSandbox } from '../electron/sandbox';
import { figure, formatFigure, median, type Figure } from './figure';

const TIME_SCALE = 20;
const EVENTS = 30;
const GROUP = 'bench/live-tail';
const STREAM = 'bench-1';

/**
 * Time from PutLogEvents returning to the event arriving on an open StartLiveTail stream, over
 * real HTTP with the real SDK client. The sandbox runs at time scale 20, so an update "second"
 * lasts 50 ms; the peer figure is that update period, the wait Live Tail's own cadence imposes.
 * A delivery near half the period (plus loopback overhead) means nothing else adds delay.
 */
export async function benchLiveTailDelivery(): Promise<Figure[]> {
  const sandbox = await startSandbox({ timeScale: TIME_SCALE });
  const client = new CloudWatchLogsClient({
    endpoint: sandbox.endpoint,
    region: sandbox.region,
    credentials: sandbox.credentials,
    // StartLiveTail would otherwise send to stream-127.0.0.1 / streaming-127.0.0.1.
    disableHostPrefix: true,
  });
  const periodMs = 1000 / TIME_SCALE;
  const waiting = new Map<string, (arrivedAt: number) => void>();
  const abort = new AbortController();
  try {
    await client.send(new CreateLogGroupCommand({ logGroupName: GROUP }));
    await client.send(new CreateLogStreamCommand({ logGroupName: GROUP, logStreamName: STREAM }));
    const tail = await client.send(new StartLiveTailCommand({ logGroupIdentifiers: [GROUP] }), { abortSignal: abort.signal });
    const reading = (async () => {
      for await (const event of tail.responseStream ?? []) {
        const arrivedAt = performance.now();
        for (const result of event.sessionUpdate?.sessionResults ?? []) waiting.get(result.message ?? '')?.(arrivedAt);
      }
    })().catch(() => undefined);

    const latencies: number[] = [];
    for (let i = 0; i < EVENTS; i++) {
      // Spread the puts over the update period so the median is not locked to one phase of it.
      await new Promise((resolve) => setTimeout(resolve, ((i * 0.618) % 1) * periodMs));
      const message = `bench event ${i}`;
      const arrived = new Promise<number>((resolve) => waiting.set(message, resolve));
      await client.send(new PutLogEventsCommand({ logGroupName: GROUP, logStreamName: STREAM, logEvents: [{ timestamp: Date.now(), message }] }));
      const returnedAt = performance.now();
      latencies.push((await arrived) - returnedAt);
      waiting.delete(message);
    }
    abort.abort();
    await reading;
    return [
      figure(`Live Tail delivery: PutLogEvents return → event on stream (median of ${EVENTS}, time scale ${TIME_SCALE})`, median(latencies), 'ms', 'update period', periodMs, 'about half the update period'),
    ];
  } finally {
    abort.abort();
    client.destroy();
    await sandbox.stop();
  }
}

if (require.main === module) {
  benchLiveTailDelivery().then(
    (figures) => {
      for (const f of figures) console.log(formatFigure(f));
    },
    (error: unknown) => {
      console.error(error);
      process.exitCode = 1;
    },
  );
}
