import { DescribeProcessingJobCommand, DescribeTrainingJobCommand, type SageMakerClient } from '@aws-sdk/client-sagemaker';
import table from '../../../../resources/pricing/sagemaker-on-demand.json';
import type { RunningCostRow, RunningNow } from '../../../../shared/domain/cost';
import type { EndpointStatus, EndpointSummary } from '../../../../shared/domain/endpoints';
import type { JobKind, JobSummary } from '../../../../shared/domain/jobs';
import type { ConfigResolver } from '../endpoints/config-resolver';
import { listEndpoints } from '../endpoints/endpoint-listing';
import { scalingCost } from '../endpoints/scaling-cost';
import { listJobs } from '../jobs/job-listing';
import { round2 } from './cost-explorer';

/** Hours in a month as AWS's pricing calculator counts them (24 × 365 / 12), as the scaling guard does. */
const HOURS_PER_MONTH = 730;
/** Pages of endpoints or in-progress jobs read: far beyond what one account runs at once. */
const MAX_PAGES = 10;
/** Endpoints whose instances are up and billed (an update keeps the old instances serving). */
const BILLED: readonly EndpointStatus[] = ['InService', 'Updating', 'SystemUpdating', 'RollingBack', 'UpdateRollbackFailed'];

export interface RunningDeps {
  client: SageMakerClient;
  configs: ConfigResolver;
  generation: number;
  region: string;
  signal: AbortSignal;
}

async function allPages<T>(read: (token: string | undefined) => Promise<{ items: T[]; nextToken?: string; notice?: string }>) {
  const items: T[] = [];
  const notices = new Set<string>();
  let token: string | undefined;
  for (let page = 0; page < MAX_PAGES; page += 1) {
    const answer = await read(token);
    items.push(...answer.items);
    if (answer.notice) notices.add(answer.notice);
    token = answer.nextToken;
    if (!token) break;
  }
  return { items, notices: [...notices] };
}

function priced(row: Omit<RunningCostRow, 'hourlyPrice' | 'hourlyUsd'>, hourlyPrice: number | undefined): RunningCostRow {
  return hourlyPrice === undefined ? row : { ...row, hourlyPrice, hourlyUsd: round2(hourlyPrice * row.instanceCount) };
}

function endpointRows(endpoint: EndpointSummary, region: string): RunningCostRow[] {
  return endpoint.variants.flatMap((variant) => {
    const instanceCount = variant.currentInstanceCount ?? 0;
    if (instanceCount === 0) return [];
    const base = { kind: 'endpoint' as const, name: endpoint.name, variantName: variant.variantName, instanceCount, ...(variant.instanceType ? { instanceType: variant.instanceType } : {}) };
    // The scaling guard's own reading of the hosting prices: one place knows that table section.
    const hourly = variant.instanceType ? scalingCost({ instanceType: variant.instanceType, minCapacity: 1, maxCapacity: 1, region }).hourlyPrice : undefined;
    return [priced(base, hourly)];
  });
}

const jobPrices: Record<JobKind, Record<string, number>> = { training: table.hourly.training, processing: table.hourly.processing };

/** Instance type and count of an in-progress job: from the list when Search carried them, else its Describe. */
async function jobRow(client: SageMakerClient, job: JobSummary, signal: AbortSignal): Promise<RunningCostRow> {
  let { instanceType, instanceCount } = job;
  if (!instanceType || instanceCount === undefined) {
    if (job.kind === 'training') {
      const described = await client.send(new DescribeTrainingJobCommand({ TrainingJobName: job.name }), { abortSignal: signal });
      instanceType = described.ResourceConfig?.InstanceType ?? described.ResourceConfig?.InstanceGroups?.[0]?.InstanceType;
      instanceCount = described.ResourceConfig?.InstanceCount ?? described.ResourceConfig?.InstanceGroups?.reduce((sum, g) => sum + (g.InstanceCount ?? 0), 0);
    } else {
      const described = await client.send(new DescribeProcessingJobCommand({ ProcessingJobName: job.name }), { abortSignal: signal });
      instanceType = described.ProcessingResources?.ClusterConfig?.InstanceType;
      instanceCount = described.ProcessingResources?.ClusterConfig?.InstanceCount;
    }
  }
  const kind = job.kind === 'training' ? 'training-job' : 'processing-job';
  const base = { kind, name: job.name, instanceCount: instanceCount ?? 1, ...(instanceType ? { instanceType } : {}) } as const;
  return priced(base, instanceType ? jobPrices[job.kind][instanceType] : undefined);
}

/**
 * What is billed by the hour now: endpoints with instances up (each variant's current count × the
 * hosting price) and in-progress training and processing jobs (instance count × their price).
 */
export async function runningNow(deps: RunningDeps): Promise<RunningNow> {
  const { client, signal } = deps;
  const [endpoints, training, processing] = await Promise.all([
    allPages((nextToken) => listEndpoints({ client, configs: deps.configs, generation: deps.generation, signal }, { maxResults: 100, nextToken })),
    allPages((nextToken) => listJobs(client, { kind: 'training', status: 'InProgress', maxResults: 100, nextToken }, signal)),
    allPages((nextToken) => listJobs(client, { kind: 'processing', status: 'InProgress', maxResults: 100, nextToken }, signal)),
  ]);
  const jobs = await Promise.all([...training.items, ...processing.items].map((job) => jobRow(client, job, signal)));
  const rows = [...endpoints.items.filter((e) => BILLED.includes(e.status)).flatMap((e) => endpointRows(e, deps.region)), ...jobs].sort(
    (a, b) => (b.hourlyUsd ?? 0) - (a.hourlyUsd ?? 0) || a.name.localeCompare(b.name),
  );
  const totalHourlyUsd = round2(rows.reduce((sum, row) => sum + (row.hourlyUsd ?? 0), 0));
  const notices: string[] = [];
  const unpriced = [...new Set(rows.filter((row) => row.hourlyUsd === undefined).map((row) => row.instanceType ?? 'an unknown type'))];
  if (unpriced.length > 0) notices.push(`The price table has no price for ${unpriced.join(', ')}: those rows are left out of the total.`);
  if (deps.region !== table.region) notices.push(`Prices are ${table.region}'s on-demand prices; ${deps.region} may differ.`);
  notices.push(`Prices recorded ${table.asOf} without a live re-check of AWS's pricing page: verify them there before relying on them.`);
  return {
    rows,
    totalHourlyUsd,
    monthlyAtThisRateUsd: round2(totalHourlyUsd * HOURS_PER_MONTH),
    priceSource: table.source,
    priceDate: table.asOf,
    notices: [...new Set([...endpoints.notices, ...training.notices, ...processing.notices]), ...notices],
  };
}
