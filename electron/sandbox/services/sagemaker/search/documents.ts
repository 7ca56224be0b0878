import type { Endpoint, ModelPackage, SearchRecord, TrialComponent } from '@aws-sdk/client-sagemaker';
import { key, type RegionState } from '../base/state';
import { describeEndpoint } from '../endpoints/endpoint-operations';
import { describeTrialComponent } from '../experiments/trial-component-operations';
import { searchableTrainingJob } from '../jobs/training-view';
import { describePackage } from '../registry/package-operations';
import { tagsOf } from '../tags/tag-store';
import type { Scalar, SpecialProperty } from './expression';

/** One searchable resource: the record Search returns, and how its special property names resolve. */
export interface SearchDocument {
  record: SearchRecord;
  body: object;
  name: string;
  special: SpecialProperty;
}

type TagList = { Key?: string | undefined; Value?: string | undefined }[];

function tagProperty(tags: TagList, name: string): Scalar[] | undefined {
  if (!name.startsWith('Tags.')) return undefined;
  const wanted = name.slice('Tags.'.length);
  return tags.filter((t) => t.Key === wanted).map((t) => t.Value ?? '');
}

function trainingJobs(state: RegionState): SearchDocument[] {
  return Object.values(state.trainingJobs).map((job) => {
    const body = searchableTrainingJob(job, tagsOf(state, job.arn));
    const special: SpecialProperty = (name) =>
      tagProperty(body.Tags ?? [], name) ??
      (name.startsWith('Metrics.') ? (body.FinalMetricDataList ?? []).filter((m) => m.MetricName === name.slice('Metrics.'.length)).map((m) => m.Value ?? 0) : undefined);
    return { record: { TrainingJob: body }, body, name: job.name, special };
  });
}

function trialComponents(state: RegionState): SearchDocument[] {
  return Object.values(state.trialComponents).map((tc) => {
    const parents = tc.trials.map((trial) => ({ TrialName: trial, ExperimentName: state.trials[key(trial)]?.experimentName }));
    const body: TrialComponent = { ...describeTrialComponent(tc), Tags: tagsOf(state, tc.arn), Parents: parents };
    const job = tc.source ? Object.values(state.trainingJobs).find((j) => j.arn === tc.source?.SourceArn) : undefined;
    if (tc.source) body.SourceDetail = { SourceArn: tc.source.SourceArn, ...(job ? { TrainingJob: searchableTrainingJob(job, tagsOf(state, job.arn)) } : {}) };
    // Metrics.<name> is the last value; Metrics.<name>.<Min|Max|Avg|Last|Count|StdDev> any summary.
    const special: SpecialProperty = (name) => {
      const tags = tagProperty(body.Tags ?? [], name);
      if (tags || !name.startsWith('Metrics.')) return tags;
      const rest = name.slice('Metrics.'.length);
      const stat = /\.(Min|Max|Avg|Last|Count|StdDev)$/.exec(rest)?.[1] as 'Min' | 'Max' | 'Avg' | 'Last' | 'Count' | 'StdDev' | undefined;
      const metric = stat ? rest.slice(0, -(stat.length + 1)) : rest;
      return (body.Metrics ?? []).filter((m) => m.MetricName === metric).map((m) => m[stat ?? 'Last'] ?? 0);
    };
    return { record: { TrialComponent: body }, body, name: tc.name, special };
  });
}

function modelPackages(state: RegionState): SearchDocument[] {
  return Object.values(state.modelPackages).map((p) => {
    const body: ModelPackage = { ...describePackage(p), Tags: tagsOf(state, p.arn) } as ModelPackage;
    return { record: { ModelPackage: body }, body, name: p.arn, special: (name) => tagProperty(body.Tags ?? [], name) };
  });
}

/** AWS's Search `Endpoint` record: DescribeEndpoint's members that the Endpoint shape has, plus Tags. */
function endpoints(state: RegionState): SearchDocument[] {
  return Object.values(state.endpoints).map((e) => {
    const { EndpointName, EndpointArn, EndpointConfigName, ProductionVariants, EndpointStatus, FailureReason, CreationTime, LastModifiedTime } = describeEndpoint(e);
    const body: Endpoint = {
      EndpointName,
      EndpointArn,
      EndpointConfigName,
      ProductionVariants,
      EndpointStatus,
      FailureReason,
      CreationTime,
      LastModifiedTime,
      Tags: tagsOf(state, e.arn),
    } as Endpoint;
    return { record: { Endpoint: body }, body, name: e.name, special: (name) => tagProperty(body.Tags ?? [], name) };
  });
}

/** Resource types the sandbox's Search answers for. */
export const SEARCHABLE: Record<string, (state: RegionState) => SearchDocument[]> = {
  TrainingJob: trainingJobs,
  ExperimentTrialComponent: trialComponents,
  ModelPackage: modelPackages,
  Endpoint: endpoints,
};
