import { ListEndpointsCommand, ListProcessingJobsCommand, ListTrainingJobsCommand, type SageMakerClient } from '@aws-sdk/client-sagemaker';
import type { S3Client } from '@aws-sdk/client-s3';
import { bucketArn, regionBuckets } from '../backups/buckets';
import { collectPages, type Page } from '../overview/pages';

/** 100 a page: endpoints and this month's jobs of one account and region fit well within. */
const MAX_PAGES = 10;

export interface ListedDeps {
  sagemaker: SageMakerClient;
  s3: S3Client;
  region: string;
  /** The 1st of the month (UTC): jobs created since are this month's cost. */
  monthStart: Date;
  signal: AbortSignal;
}

export interface ListedResources {
  arns: string[];
  /** A list that could not be read, in words. */
  notices: string[];
}

async function pagedArns(read: (token: string | undefined) => Promise<Page<string | undefined>>): Promise<string[]> {
  return (await collectPages(read, MAX_PAGES)).items.filter((arn): arn is string => arn !== undefined);
}

/**
 * The pipeline's billed resources as their own services list them: endpoints, this month's
 * training and processing jobs, and the region's buckets. GetResources answers only for resources
 * that carry or once carried a tag, so these lists are how a never-tagged resource is found.
 */
export async function listedPipelineResources(deps: ListedDeps): Promise<ListedResources> {
  const options = { abortSignal: deps.signal };
  const since = { CreationTimeAfter: deps.monthStart, MaxResults: 100 };
  const reads: [string, () => Promise<string[]>][] = [
    ['endpoints (ListEndpoints)', () =>
      pagedArns(async (token) => {
        const page = await deps.sagemaker.send(new ListEndpointsCommand({ MaxResults: 100, NextToken: token }), options);
        return { items: (page.Endpoints ?? []).map((e) => e.EndpointArn), next: page.NextToken };
      })],
    ['training jobs (ListTrainingJobs)', () =>
      pagedArns(async (token) => {
        const page = await deps.sagemaker.send(new ListTrainingJobsCommand({ ...since, NextToken: token }), options);
        return { items: (page.TrainingJobSummaries ?? []).map((j) => j.TrainingJobArn), next: page.NextToken };
      })],
    ['processing jobs (ListProcessingJobs)', () =>
      pagedArns(async (token) => {
        const page = await deps.sagemaker.send(new ListProcessingJobsCommand({ ...since, NextToken: token }), options);
        return { items: (page.ProcessingJobSummaries ?? []).map((j) => j.ProcessingJobArn), next: page.NextToken };
      })],
    ['buckets (ListBuckets)', async () => (await regionBuckets(deps.s3, deps.region, deps.signal)).buckets.map(bucketArn)],
  ];
  const answers = await Promise.allSettled(reads.map(([, read]) => read()));
  const arns: string[] = [];
  const notices: string[] = [];
  answers.forEach((answer, index) => {
    if (answer.status === 'fulfilled') arns.push(...answer.value);
    else {
      const reason = answer.reason instanceof Error ? `${answer.reason.name}: ${answer.reason.message}` : String(answer.reason);
      notices.push(`The ${reads[index]![0]} could not be read (${reason}): never-tagged ones among them are not listed.`);
    }
  });
  return { arns, notices };
}
