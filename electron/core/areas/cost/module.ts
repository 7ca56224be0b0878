import type { costRequests, costStreams } from '../../../../shared/contract/cost';
import type { CostByTagAnswer, CostSummaryAnswer } from '../../../../shared/domain/cost';
import type { AreaModule } from '../area-module';
import type { SecurityAreaDeps } from '../security-area-deps';
import { ConfigResolver } from '../endpoints/config-resolver';
import { openBudgetReader } from './budget';
import { costByTag } from './by-tag';
import { costExplorerMissing } from './cost-explorer';
import { listedPipelineResources } from './listed-resources';
import { monthPeriod } from './month';
import { runningNow } from './running-now';
import { costSummary } from './summary';
import { tagResources } from './tag-resources';
import { untaggedResources } from './untagged';

export type CostAreaDeps = SecurityAreaDeps;

/** Cost Explorer's answer, or what to say when the endpoint has none. */
async function unlessMissing<T>(read: () => Promise<T>) {
  try {
    return await read();
  } catch (error) {
    const missing = costExplorerMissing(error);
    if (missing) return missing;
    throw error;
  }
}

/** What runs now and its $/hour, month-to-date and forecast by service and by cost-allocation tag, untagged resources, the budget. */
export function costArea(deps: CostAreaDeps): AreaModule<typeof costRequests, typeof costStreams> {
  const now = deps.now ?? Date.now;
  const configs = new ConfigResolver();
  const budgets = openBudgetReader(deps.dataDir);
  const client = async <S extends 'sagemaker' | 'costExplorer' | 'tagging'>(service: S) => (await deps.clients.current()).get(service);

  return {
    requests: {
      'cost.now': async (_input, ctx) => {
        const session = deps.session.current();
        return runningNow({ client: await client('sagemaker'), configs, generation: session.generation, region: session.region, signal: ctx.signal });
      },
      'cost.summary': async (_input, ctx): Promise<CostSummaryAnswer> => {
        const answer = await unlessMissing(async () => costSummary(await client('costExplorer'), monthPeriod(now()), ctx.signal));
        const budget = await budgets.against(deps.session.current().profile, answer.available ? answer.forecastUsd : undefined);
        return budget ? { ...answer, budget } : answer;
      },
      'cost.byTag': async (input, ctx): Promise<CostByTagAnswer> => {
        const answer = await unlessMissing(async () => costByTag(await client('costExplorer'), monthPeriod(now()), input.tagKey, ctx.signal));
        return { ...answer, tagKey: input.tagKey };
      },
      'cost.untagged': async (input, ctx) => {
        const listed = async () => {
          const clients = await deps.clients.current();
          const monthStart = new Date(`${monthPeriod(now()).start}T00:00:00Z`);
          return listedPipelineResources({ sagemaker: clients.get('sagemaker'), s3: clients.get('s3'), region: deps.session.current().region, monthStart, signal: ctx.signal });
        };
        return untaggedResources(await client('tagging'), listed, input.tagKey, ctx.signal);
      },
      'cost.tagResources': async (input, ctx) => tagResources(await client('tagging'), input, ctx.signal),
    },
    streams: {},
    dispose: () => undefined,
  };
}
