import {
  DescribeTrialComponentCommand,
  ListTrialComponentsCommand,
  ListTrialsCommand,
  SearchCommand,
  type SageMakerClient,
} from '@aws-sdk/client-sagemaker';
import type { Run, RunPage } from '../../../../shared/domain/experiments';
import { mapLimited } from '../data/storage/limited';
import { searchIsMissing } from '../jobs/job-listing';
import { readPages } from './paged';
import { toRun } from './run-view';

export const RUNS_WITHOUT_SEARCH =
  "This endpoint does not answer SageMaker Search, so each run was described one by one (slower) and runs show no tags.";

/** Describe calls at once on the way without Search: a 200-run experiment must not burst past AWS's rate. */
const DESCRIBE_CONCURRENCY = 4;

/** The experiment's trials, oldest first, empty ones included. */
async function trialsOf(client: SageMakerClient, experiment: string, signal: AbortSignal): Promise<string[]> {
  const { items: trials } = await readPages(async (token) => {
    const answer = await client.send(
      new ListTrialsCommand({
        ExperimentName: experiment,
        SortBy: 'CreationTime',
        SortOrder: 'Ascending',
        MaxResults: 100,
        ...(token ? { NextToken: token } : {}),
      }),
      { abortSignal: signal },
    );
    return { items: answer.TrialSummaries ?? [], nextToken: answer.NextToken };
  });
  return trials.map((t) => t.TrialName ?? '').filter(Boolean);
}

/** One Search a hundred runs, each with its parameters, artifacts, metric summaries, parents and tags. */
async function searchRuns(client: SageMakerClient, experiment: string, signal: AbortSignal): Promise<Run[]> {
  const { items: components } = await readPages(async (token) => {
    const answer = await client.send(
      new SearchCommand({
        Resource: 'ExperimentTrialComponent',
        SearchExpression: { Filters: [{ Name: 'Parents.ExperimentName', Operator: 'Equals', Value: experiment }] },
        SortBy: 'CreationTime',
        SortOrder: 'Descending',
        MaxResults: 100,
        ...(token ? { NextToken: token } : {}),
      }),
      { abortSignal: signal },
    );
    return { items: (answer.Results ?? []).flatMap((r) => (r.TrialComponent ? [r.TrialComponent] : [])), nextToken: answer.NextToken };
  });
  return components.map((component) => toRun(component, experiment));
}

/** Without Search: each trial's components, then each component described, a few at a time. */
async function describeRuns(client: SageMakerClient, experiment: string, trials: readonly string[], signal: AbortSignal): Promise<Run[]> {
  const foundIn = new Map<string, string[]>();
  for (const trial of trials) {
    const { items: summaries } = await readPages(async (token) => {
      const answer = await client.send(
        new ListTrialComponentsCommand({ TrialName: trial, MaxResults: 100, ...(token ? { NextToken: token } : {}) }),
        { abortSignal: signal },
      );
      return { items: answer.TrialComponentSummaries ?? [], nextToken: answer.NextToken };
    });
    for (const summary of summaries) {
      const name = summary.TrialComponentName ?? '';
      if (name) foundIn.set(name, [...(foundIn.get(name) ?? []), trial]);
    }
  }
  const runs = await mapLimited([...foundIn.keys()], DESCRIBE_CONCURRENCY, async (name) => {
    const component = await client.send(new DescribeTrialComponentCommand({ TrialComponentName: name }), { abortSignal: signal });
    return toRun(component, experiment, foundIn.get(name));
  });
  return runs.sort((a, b) => b.createdAt.localeCompare(a.createdAt) || a.name.localeCompare(b.name));
}

/** An experiment's runs, newest first, with its trials. */
export async function experimentRuns(client: SageMakerClient, experiment: string, signal: AbortSignal): Promise<RunPage> {
  const trials = await trialsOf(client, experiment, signal);
  try {
    return { experiment, trials, items: await searchRuns(client, experiment, signal) };
  } catch (error) {
    if (!searchIsMissing(error)) throw error;
    return { experiment, trials, items: await describeRuns(client, experiment, trials, signal), notice: RUNS_WITHOUT_SEARCH };
  }
}
