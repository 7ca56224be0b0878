import type { Endpoint, Experiment, ModelPackage, ModelPackageGroup, SearchRecord, TrialComponent } from '@aws-sdk/client-sagemaker';
import { key, type RegionState } from '../base/state';
import { toDate } from '../base/time';
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

/**
 * AWS's Search `TrialComponent` record: DescribeTrialComponent's members that the TrialComponent
 * shape has (not `Sources`), plus Tags, Parents (trial and experiment) and SourceDetail.
 */
function trialComponents(state: RegionState): SearchDocument[] {
  return Object.values(state.trialComponents).map((tc) => {
    const parents = tc.trials.map((trial) => ({ TrialName: trial, ExperimentName: state.trials[key(trial)]?.experimentName }));
    const { Sources: _sources, ...described } = describeTrialComponent(tc);
    const body: TrialComponent = { ...described, Tags: tagsOf(state, tc.arn), Parents: parents };
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

/** A resource whose only special property names are its tags. */
function tagged<T extends { Tags?: TagList | undefined }>(body: T, record: SearchRecord, name: string): SearchDocument {
  return { record, body, name, special: (property) => tagProperty(body.Tags ?? [], property) };
}

/** AWS's Search `Experiment` record (DescribeExperiment's members plus Tags). */
function experiments(state: RegionState): SearchDocument[] {
  return Object.values(state.experiments).map((e) => {
    const body: Experiment = {
      ExperimentName: e.name,
      ExperimentArn: e.arn,
      DisplayName: e.displayName,
      ...(e.description !== undefined ? { Description: e.description } : {}),
      CreationTime: toDate(e.createdMs),
      LastModifiedTime: toDate(e.lastModifiedMs),
      Tags: tagsOf(state, e.arn),
    };
    return tagged(body, { Experiment: body }, e.name);
  });
}

/** AWS's Search `ModelPackageGroup` record (DescribeModelPackageGroup's members plus Tags). */
function modelPackageGroups(state: RegionState): SearchDocument[] {
  return Object.values(state.packageGroups).map((g) => {
    const body: ModelPackageGroup = {
      ModelPackageGroupName: g.name,
      ModelPackageGroupArn: g.arn,
      ...(g.description !== undefined ? { ModelPackageGroupDescription: g.description } : {}),
      CreationTime: toDate(g.createdMs),
      CreatedBy: g.createdBy ?? {},
      ModelPackageGroupStatus: 'Completed',
      Tags: tagsOf(state, g.arn),
    };
    return tagged(body, { ModelPackageGroup: body }, g.name);
  });
}

function modelPackages(state: RegionState): SearchDocument[] {
  return Object.values(state.modelPackages).map((p) => {
    const body: ModelPackage = { ...describePackage(p), Tags: tagsOf(state, p.arn) } as ModelPackage;
    return tagged(body, { ModelPackage: body }, p.arn);
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
    return tagged(body, { Endpoint: body }, e.name);
  });
}

/** Resource types the sandbox's Search answers for. */
export const SEARCHABLE: Record<string, (state: RegionState) => SearchDocument[]> = {
  TrainingJob: trainingJobs,
  ExperimentTrialComponent: trialComponents,
  ModelPackage: modelPackages,
  ModelPackageGroup: modelPackageGroups,
  Endpoint: endpoints,
  Experiment: experiments,
};
