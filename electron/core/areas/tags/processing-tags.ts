import { ListProcessingJobsCommand, type SageMakerClient } from '@aws-sdk/client-sagemaker';
import type { TagFilter } from '../../../../shared/domain/tags';
import { mapLimited } from '../data/storage/limited';
import { listTags } from './resource-tags';

/** Processing jobs have no Search resource in AWS: only this many of the newest are checked. */
export const PROCESSING_JOBS_CHECKED = 100;
const TAG_READS_AT_ONCE = 4;
const REMEMBERED_MS = 30_000;

interface Snapshot {
  generation: number;
  readAt: number;
  jobs: { arn: string; tags: Record<string, string> }[];
  /** More processing jobs exist than were read. */
  capped: boolean;
}

export function carriesAll(tags: Record<string, string>, filters: readonly TagFilter[]): boolean {
  return filters.every((f) => f.key in tags && (f.value === undefined || tags[f.key] === f.value));
}

/**
 * The newest processing jobs with their tags (ListProcessingJobs, then ListTags each, a few at a
 * time), remembered for half a minute per session so filtering one list after another does not
 * read a hundred jobs' tags each time.
 */
export class ProcessingJobTags {
  private snapshot: Snapshot | undefined;

  constructor(private readonly now: () => number) {}

  forget(): void {
    this.snapshot = undefined;
  }

  async matching(client: SageMakerClient, generation: number, filters: readonly TagFilter[], signal: AbortSignal) {
    const snapshot = await this.read(client, generation, signal);
    return { arns: snapshot.jobs.filter((job) => carriesAll(job.tags, filters)).map((job) => job.arn), capped: snapshot.capped };
  }

  private async read(client: SageMakerClient, generation: number, signal: AbortSignal): Promise<Snapshot> {
    const known = this.snapshot;
    if (known && known.generation === generation && this.now() - known.readAt < REMEMBERED_MS) return known;
    const answer = await client.send(
      new ListProcessingJobsCommand({ SortBy: 'CreationTime', SortOrder: 'Descending', MaxResults: PROCESSING_JOBS_CHECKED }),
      { abortSignal: signal },
    );
    const arns = (answer.ProcessingJobSummaries ?? []).map((job) => job.ProcessingJobArn ?? '').filter(Boolean);
    const jobs = await mapLimited(arns, TAG_READS_AT_ONCE, async (arn) => ({ arn, tags: await listTags(client, arn, signal) }));
    this.snapshot = { generation, readAt: this.now(), jobs, capped: Boolean(answer.NextToken) };
    return this.snapshot;
  }
}
