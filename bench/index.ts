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
    name: 'log tail delivery latency: console (Live Tail, polling) vs aws logs tail --follow',
    run: async () => (await import('./log-tail-latency')).benchLogTailLatency(),
  },
  {
    name: 'log tail at 10,000 events/s through polling into chromium',
    run: async () => (await import('./log-tail-throughput')).benchLogTailThroughput(),
  },
  {
    name: 'Live Tail delivery',
    run: async () => (await import('./live-tail-latency')).benchLiveTailDelivery(),
  },
  {
    name: 'metrics dashboard: 6 charts × 2 weeks at 1 minute in chromium vs uPlot minimal example',
    run: async () => (await import('./metrics-dashboard')).benchMetricsDashboard(),
  },
  {
    name: 'upload 200 MB: SageDeck uploader vs aws s3 cp --recursive',
    run: async () => (await import('./upload-throughput')).benchUploadThroughput(),
  },
  {
    name: 'experiments compare: 50 runs × 100 parameters × 20 metrics in chromium vs plain React tables',
    run: async () => (await import('./experiments-compare')).benchExperimentsCompare(),
  },
  {
    name: 'lineage graph: 200 nodes drawn and panned in chromium vs a static SVG',
    run: async () => (await import('./lineage-graph')).benchLineageGraph(),
  },
  {
    name: 'apigateway data plane: churn-api invoke URL vs direct InvokeEndpoint',
    run: async () => (await import('./apigateway-throughput')).benchApiGatewayThroughput(),
  },
];

async function main(): Promise<void> {
  // `npm run bench -- tail` runs only the benches whose name contains "tail".
  const only = process.argv.slice(2).join(' ').toLowerCase();
  let failed = false;
  for (const bench of BENCHES.filter((candidate) => candidate.name.toLowerCase().includes(only))) {
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
