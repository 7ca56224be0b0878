import type { costRequests, costStreams } from '../../../../shared/contract/cost';
import type { CostBudget, CostByTagAnswer, CostSummary, RunningNow, TagValueCost } from '../../../../shared/domain/cost';
import type { RequestHandlersOf, StreamHandlersOf } from '../../../../electron/core/rpc/handlers';

const ACCOUNT = '111122223333';
/** The fake month: five days, today the 5th. */
export const COST_DAYS = [1, 2, 3, 4, 5].map((d) => Date.UTC(2026, 11, d) / 1000);

export interface FakeCostResource {
  arn: string;
  resourceType: string;
  typeLabel: string;
  name: string;
  tags: Record<string, string>;
  /** What Cost Explorer charges it month to date, split evenly over the days. */
  monthToDateUsd: number;
}

export const PROCESSING_ARN = `arn:aws:sagemaker:us-east-1:${ACCOUNT}:processing-job/churn-preprocess-20261204`;
export const ALB_ARN = `arn:aws:elasticloadbalancing:us-east-1:${ACCOUNT}:loadbalancer/app/churn-internal-alb/50dc6c495c0c9188`;
export const ENDPOINT_ARN = `arn:aws:sagemaker:us-east-1:${ACCOUNT}:endpoint/churn-prod`;

function demoResources(): FakeCostResource[] {
  return [
    { arn: ENDPOINT_ARN, resourceType: 'sagemaker:endpoint', typeLabel: 'Endpoint', name: 'churn-prod', tags: { project: 'churn', stage: 'prod' }, monthToDateUsd: 27.6 },
    { arn: PROCESSING_ARN, resourceType: 'sagemaker:processing-job', typeLabel: 'Processing job', name: 'churn-preprocess-20261204', tags: {}, monthToDateUsd: 1.5 },
    { arn: ALB_ARN, resourceType: 'elasticloadbalancing:loadbalancer', typeLabel: 'Load balancer', name: 'churn-internal-alb', tags: { team: 'mlops' }, monthToDateUsd: 0 },
  ];
}

const round2 = (v: number) => Math.round(v * 100) / 100;
const perDay = (total: number) => COST_DAYS.map(() => round2(total / COST_DAYS.length));

/**
 * cost.*: churn-prod on 2 × ml.m5.large running, Cost Explorer with SageMaker and S3, resources
 * whose `project` tag decides cost by tag. `tagResources` tags the fake resources (their cost moves
 * with them); `refuse` makes AWS refuse those ARNs in FailedResourcesMap.
 */
export class FakeCost {
  resources = demoResources();
  running: RunningNow = {
    rows: [
      { kind: 'endpoint', name: 'churn-prod', variantName: 'AllTraffic', instanceType: 'ml.m5.large', instanceCount: 2, hourlyPrice: 0.115, hourlyUsd: 0.23 },
      { kind: 'training-job', name: 'churn-xgb-live', instanceType: 'ml.m5.xlarge', instanceCount: 1, hourlyPrice: 0.23, hourlyUsd: 0.23 },
    ],
    totalHourlyUsd: 0.46,
    monthlyAtThisRateUsd: 335.8,
    priceSource: 'Amazon SageMaker AI pricing page',
    priceDate: '2026-12-05',
    notices: [],
  };
  /** Cost Explorer offered by the endpoint; false answers "not available" as core does. */
  costExplorer = true;
  forecastUsd = 180.4;
  budget: Omit<CostBudget, 'overBudget' | 'message'> | undefined = { profile: 'sandbox', monthlyUsd: 500 };
  readonly refuse = new Set<string>();

  private summary(): CostSummary {
    const services = [
      { service: 'Amazon SageMaker', monthToDateUsd: 29.1, forecastUsd: 170.1 },
      { service: 'Amazon Simple Storage Service', monthToDateUsd: 0.4, forecastUsd: 2.5 },
    ];
    return {
      available: true,
      month: '2026-12',
      monthToDateUsd: 29.5,
      forecastUsd: this.forecastUsd,
      byService: services,
      daily: { id: 'cost-by-service', title: 'Daily cost by service', unit: 'USD', timestamps: COST_DAYS, series: services.map((s) => ({ label: s.service, values: perDay(s.monthToDateUsd) })), thresholds: [] },
      estimated: true,
      notices: [],
    };
  }

  private byTag(tagKey: string): CostByTagAnswer {
    if (!this.costExplorer) return { available: false, tagKey, reason: 'Cost Explorer is not available on this endpoint.' };
    const totals = new Map<string, number>();
    for (const r of this.resources) totals.set(r.tags[tagKey] ?? '', round2((totals.get(r.tags[tagKey] ?? '') ?? 0) + r.monthToDateUsd));
    const values: TagValueCost[] = [...totals]
      .sort((a, b) => b[1] - a[1])
      .map(([value, usd]) => ({ value, label: value === '' ? '(untagged)' : value, untagged: value === '', monthToDateUsd: usd }));
    return {
      available: true,
      tagKey,
      month: '2026-12',
      values,
      totalUsd: round2(values.reduce((s, v) => s + v.monthToDateUsd, 0)),
      daily: { id: `cost-by-tag-${tagKey}`, title: `Daily cost by ${tagKey}`, unit: 'USD', timestamps: COST_DAYS, series: values.map((v) => ({ label: v.label, values: perDay(v.monthToDateUsd) })), thresholds: [] },
      notices: [],
    };
  }

  readonly requests: RequestHandlersOf<typeof costRequests> = {
    'cost.now': async () => structuredClone(this.running),
    'cost.summary': async () => {
      const forecast = this.costExplorer ? this.forecastUsd : undefined;
      const budget = this.budget && {
        ...this.budget,
        overBudget: forecast !== undefined && forecast > this.budget.monthlyUsd,
        ...(forecast !== undefined && forecast > this.budget.monthlyUsd ? { message: `Forecast $${forecast.toFixed(2)} exceeds the monthly budget $${this.budget.monthlyUsd.toFixed(2)}` } : {}),
      };
      const answer = this.costExplorer ? this.summary() : { available: false as const, reason: 'Cost Explorer is not available on this endpoint.' };
      return budget ? { ...answer, budget } : answer;
    },
    'cost.byTag': async (input) => this.byTag(input.tagKey),
    'cost.untagged': async (input) => ({
      tagKey: input.tagKey,
      items: this.resources.filter((r) => !(input.tagKey in r.tags)).map(({ monthToDateUsd: _cost, ...r }) => structuredClone(r)),
      checked: this.resources.length,
      notices: [],
    }),
    'cost.tagResources': async (input) => {
      const tagged: string[] = [];
      const failed = [];
      for (const arn of input.arns) {
        const resource = this.resources.find((r) => r.arn === arn);
        if (!resource || this.refuse.has(arn)) {
          failed.push({ arn, code: 'InvalidParameterException', message: 'The resource does not support tagging.' });
          continue;
        }
        Object.assign(resource.tags, input.tags);
        tagged.push(arn);
      }
      return { tagged, failed };
    },
  };

  readonly streams: StreamHandlersOf<typeof costStreams> = {};
}
