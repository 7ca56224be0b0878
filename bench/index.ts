import '../electron/core/quiet-sdk-warning';
import { formatFigure, type Figure } from './figure';
import { benchShellStartup } from './shell-startup';

type Bench = { name: string; run: () => Promise<Figure[]> };

/** Optional benches are loaded lazily so one missing module cannot stop the others. */
const BENCHES: Bench[] = [
  { name: 'shell startup (chromium against the web host)', run: benchShellStartup },
  {
    name: 'sandbox throughput',
    run: async () => (await import('./sandbox-throughput')).benchSandboxThroughput(),
  },
  {
    name: 'jobs list over 10,000 training jobs (chromium against the web host)',
    run: async () => (await import('./jobs-list')).benchJobsList(),
  },
  {
    name: 'Live Tail delivery',
    run: async () => (await import('./live-tail-latency')).benchLiveTailDelivery(),
  },
];

async function main(): Promise<void> {
  let failed = false;
  for (const bench of BENCHES) {
    console.log(`\n== ${bench.name}`);
    try {
      for (const f of await bench.run()) console.log(formatFigure(f));
    } catch (error) {
      failed = true;
      console.log(`failed: ${error instanceof Error ? error.message : String(error)}`);
    }
  }
  process.exitCode = failed ? 1 : 0;
}

void main();
