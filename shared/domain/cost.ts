import type { MetricChart } from './metrics';

/*
 * Cost: what runs now (priced from the shipped on-demand table), what Cost Explorer says the month
 * cost so far and will cost, by service and by cost-allocation tag, and the resources missing the
 * tag. Amounts are USD as numbers; charts are the shared columnar MetricChart (one day a point).
 */

export type RunningKind = 'endpoint' | 'training-job' | 'processing-job';

export interface RunningCostRow {
  kind: RunningKind;
  /** Endpoint or job name; for an endpoint with several variants, one row per variant. */
  name: string;
  variantName?: string;
  instanceType?: string;
  instanceCount: number;
  /** Price of one instance-hour; absent when the table has no price for the type. */
  hourlyPrice?: number;
  /** instanceCount × hourlyPrice. */
  hourlyUsd?: number;
}

export interface RunningNow {
  rows: RunningCostRow[];
  totalHourlyUsd: number;
  /** totalHourlyUsd × 730 hours: the month at this rate. */
  monthlyAtThisRateUsd: number;
  priceSource: string;
  priceDate: string;
  /** Unpriced instance types, other regions, what could not be read. */
  notices: string[];
}

export interface CostBudget {
  profile: string;
  /** The profile's monthly budget (set with the endpoints' autoscaling guard). */
  monthlyUsd: number;
  /** The month's forecast exceeds the budget. */
  overBudget: boolean;
  /** Said when over: "Forecast $X exceeds the monthly budget $Y". */
  message?: string;
}

export interface ServiceCost {
  service: string;
  monthToDateUsd: number;
  /** Month-end total forecast for this service, when Cost Explorer could forecast it. */
  forecastUsd?: number;
}

/** Where Cost Explorer is not offered (another emulator, no permission): said plainly. */
export interface CostUnavailable {
  available: false;
  reason: string;
}

export interface CostSummary {
  available: true;
  /** The month being reported: YYYY-MM (UTC, as Cost Explorer counts days). */
  month: string;
  monthToDateUsd: number;
  /** Month-to-date plus Cost Explorer's forecast of the rest of the month. */
  forecastUsd?: number;
  byService: ServiceCost[];
  /** Daily cost per service this month. */
  daily: MetricChart;
  /** Cost Explorer's figures for today are estimated until the day is over. */
  estimated: boolean;
  notices: string[];
}

export type CostSummaryAnswer = (CostSummary | CostUnavailable) & { budget?: CostBudget };

export interface TagValueCost {
  /** As people read it: "churn", or "(untagged)" for AWS's `project$`. */
  label: string;
  /** The value as AWS spells it; '' for resources without the key. */
  value: string;
  untagged: boolean;
  monthToDateUsd: number;
}

export interface CostByTag {
  available: true;
  tagKey: string;
  month: string;
  values: TagValueCost[];
  totalUsd: number;
  daily: MetricChart;
  notices: string[];
}

export type CostByTagAnswer = (CostByTag | CostUnavailable) & { tagKey: string };

export interface UntaggedResource {
  arn: string;
  /** The Tagging API's type: `sagemaker:training-job`, `s3` (bucket), `elasticloadbalancing:loadbalancer`… */
  resourceType: string;
  /** In words: "Training job", "S3 bucket". */
  typeLabel: string;
  name: string;
  /** The tags it carries (none of them the key asked about). */
  tags: Record<string, string>;
}

export interface UntaggedResources {
  tagKey: string;
  items: UntaggedResource[];
  /** How many of the pipeline's resources were checked (tagged or not). */
  checked: number;
  notices: string[];
}

export interface TagFailure {
  arn: string;
  code: string;
  message: string;
}

export interface TagResourcesResult {
  tagged: string[];
  failed: TagFailure[];
}
