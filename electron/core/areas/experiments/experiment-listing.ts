import {
  ListExperimentsCommand,
  SearchCommand,
  type Experiment,
  type ExperimentSummary as AwsExperimentSummary,
  type SageMakerClient,
} from '@aws-sdk/client-sagemaker';
import type { ExperimentPage, ExperimentSummary } from '../../../../shared/domain/experiments';
import { assignDefined, iso } from '../jobs/job-fields';
import { searchIsMissing } from '../jobs/job-listing';
import { tagRecord } from '../tags/resource-tags';
import { readPages } from './paged';

/** The most experiments one list reads: beyond it the list says so and asks for a name. */
export const MAX_EXPERIMENTS = 1000;

export const EXPERIMENTS_CAPPED = `Showing the ${MAX_EXPERIMENTS.toLocaleString('en-US')} newest experiments; type part of a name to find older ones.`;
export const EXPERIMENTS_WITHOUT_SEARCH =
  'This endpoint does not answer SageMaker Search, so experiments were listed with ListExperiments, without their descriptions and tags.';

function fromExperiment(e: Experiment | AwsExperimentSummary, tags: Record<string, string>): ExperimentSummary {
  const name = e.ExperimentName ?? '';
  return assignDefined<ExperimentSummary>(
    { name, arn: e.ExperimentArn ?? '', displayName: e.DisplayName ?? name, createdAt: iso(e.CreationTime) ?? '', tags },
    { description: 'Description' in e ? e.Description : undefined, modifiedAt: iso(e.LastModifiedTime) },
  );
}

async function searchExperiments(client: SageMakerClient, nameContains: string | undefined, signal: AbortSignal) {
  return readPages(async (token) => {
    const answer = await client.send(
      new SearchCommand({
        Resource: 'Experiment',
        SortBy: 'CreationTime',
        SortOrder: 'Descending',
        MaxResults: 100,
        ...(nameContains
          ? {
              SearchExpression: {
                Filters: [
                  { Name: 'ExperimentName', Operator: 'Contains', Value: nameContains },
                  { Name: 'DisplayName', Operator: 'Contains', Value: nameContains },
                ],
                Operator: 'Or',
              },
            }
          : {}),
        ...(token ? { NextToken: token } : {}),
      }),
      { abortSignal: signal },
    );
    const items = (answer.Results ?? []).flatMap((r) => (r.Experiment ? [fromExperiment(r.Experiment, tagRecord(r.Experiment.Tags))] : []));
    return { items, nextToken: answer.NextToken };
  }, { limit: MAX_EXPERIMENTS });
}

/** ListExperiments has no name filter: the fragment is matched here (name or display name, case aside). */
async function listExperiments(client: SageMakerClient, nameContains: string | undefined, signal: AbortSignal) {
  const wanted = nameContains?.toLowerCase();
  return readPages(
    async (token) => {
      const answer = await client.send(
        new ListExperimentsCommand({ SortBy: 'CreationTime', SortOrder: 'Descending', MaxResults: 100, ...(token ? { NextToken: token } : {}) }),
        { abortSignal: signal },
      );
      return { items: (answer.ExperimentSummaries ?? []).map((e) => fromExperiment(e, {})), nextToken: answer.NextToken };
    },
    { limit: MAX_EXPERIMENTS, keep: (e) => !wanted || e.name.toLowerCase().includes(wanted) || e.displayName.toLowerCase().includes(wanted) },
  );
}

/**
 * Experiments, newest first. Search carries each one's tags in the same call; where an endpoint or
 * role has no Search, ListExperiments serves the list and the page says what is missing.
 */
export async function experimentList(client: SageMakerClient, nameContains: string | undefined, signal: AbortSignal): Promise<ExperimentPage> {
  let notice: string | undefined;
  let read: { items: ExperimentSummary[]; capped: boolean };
  try {
    read = await searchExperiments(client, nameContains, signal);
  } catch (error) {
    if (!searchIsMissing(error)) throw error;
    read = await listExperiments(client, nameContains, signal);
    notice = EXPERIMENTS_WITHOUT_SEARCH;
  }
  const notices = [notice, read.capped ? EXPERIMENTS_CAPPED : undefined].filter(Boolean);
  return notices.length > 0 ? { items: read.items, notice: notices.join(' ') } : { items: read.items };
}
