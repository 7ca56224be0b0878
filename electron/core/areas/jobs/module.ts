import {
  CreateProcessingJobCommand,
  CreateTrainingJobCommand,
  DescribeProcessingJobCommand,
  DescribeTrainingJobCommand,
  ListTagsCommand,
  StopProcessingJobCommand,
  StopTrainingJobCommand,
  type SageMakerClient,
} from '@aws-sdk/client-sagemaker';
import type { jobsRequests, jobsStreams } from '../../../../shared/contract/jobs';
import type { JobKind, JobPage } from '../../../../shared/domain/jobs';
import { ErrorCodes, SageDeckError } from '../../../../shared/errors';
import type { SessionClients } from '../../session/session-clients';
import type { SessionManager } from '../../session/session-manager';
import { SingleFlight } from '../../watch/single-flight';
import type { WriteEpoch } from '../../watch/write-epoch';
import { watchKey, type WatcherRegistry } from '../../watch/watcher-registry';
import type { AreaModule } from '../area-module';
import { withFieldErrors } from './aws-field-errors';
import { jobLogStreams, trainingMetrics } from './job-extras';
import { listJobs, type JobQuery } from './job-listing';
import { openJobTemplates } from './job-templates';
import { jobWatchSource } from './job-watch';
import { processingDetail } from './processing-detail';
import { ProcessingInstances } from './processing-instances';
import { scheduleHandlers } from './schedules';
import { createProcessingJobRequest, createTrainingJobRequest } from './start-requests';
import { trainingDetail } from './training-detail';

export interface JobsAreaDeps {
  clients: SessionClients;
  session: SessionManager;
  watchers: WatcherRegistry;
  /** Finished writes: a list asked for after one never joins a list call begun before it. */
  writes?: WriteEpoch;
  dataDir: string;
  now?: () => number;
}

async function tagsOf(client: SageMakerClient, arn: string, signal: AbortSignal): Promise<Record<string, string>> {
  const answer = await client.send(new ListTagsCommand({ ResourceArn: arn, MaxResults: 100 }), { abortSignal: signal });
  return Object.fromEntries((answer.Tags ?? []).map((tag) => [tag.Key ?? '', tag.Value ?? '']));
}

/** Processing and training jobs: live lists, detail, start, clone (a start from a detail), stop, schedules. */
export function jobsArea(deps: JobsAreaDeps): AreaModule<typeof jobsRequests, typeof jobsStreams> {
  const now = deps.now ?? Date.now;
  const sagemaker = async () => (await deps.clients.current()).get('sagemaker');
  const pollingSagemaker = async () => (await deps.clients.current()).get('sagemaker', 'polling');
  // A list opening asks for its first page and starts a watcher whose first poll is that page: one call.
  const firstPages = new SingleFlight<JobPage>(deps.writes);
  const firstPage = (query: JobQuery, client: () => Promise<SageMakerClient>, signal: AbortSignal) => {
    const { kind, status, nameContains, createdAfter, createdBefore } = query;
    const key = watchKey(deps.session.current().generation, 'jobs-first-page', {
      kind,
      status,
      nameContains,
      createdAfter,
      createdBefore,
    });
    return firstPages.run(key, async () =>
      listJobs(await client(), { ...query, nextToken: undefined, maxResults: 100 }, signal),
    );
  };
  const templates = openJobTemplates(deps.dataDir, now);
  const instances = new ProcessingInstances();

  const describe = async (kind: JobKind, name: string, signal: AbortSignal) => {
    const client = await sagemaker();
    const region = deps.session.current().region;
    if (kind === 'training') {
      const job = await client.send(new DescribeTrainingJobCommand({ TrainingJobName: name }), { abortSignal: signal });
      return trainingDetail(job, await tagsOf(client, job.TrainingJobArn ?? '', signal), region, now());
    }
    const job = await client.send(new DescribeProcessingJobCommand({ ProcessingJobName: name }), {
      abortSignal: signal,
    });
    return processingDetail(job, await tagsOf(client, job.ProcessingJobArn ?? '', signal), region, now());
  };

  return {
    requests: {
      'jobs.list': async (input, ctx) =>
        input.nextToken === undefined && input.maxResults === 100
          ? firstPage(input, sagemaker, ctx.signal)
          : listJobs(await sagemaker(), input, ctx.signal),
      'jobs.describe': async (input, ctx) => describe(input.kind, input.name, ctx.signal),
      'jobs.instances': async (input, ctx) =>
        instances.of(await sagemaker(), deps.session.current().generation, input.names, ctx.signal),
      'jobs.start': async (input, ctx) => {
        const client = await sagemaker();
        try {
          const answer =
            input.kind === 'training'
              ? await client.send(new CreateTrainingJobCommand(createTrainingJobRequest(input)), {
                  abortSignal: ctx.signal,
                })
              : await client.send(new CreateProcessingJobCommand(createProcessingJobRequest(input)), {
                  abortSignal: ctx.signal,
                });
          return { arn: 'TrainingJobArn' in answer ? (answer.TrainingJobArn ?? '') : (answer.ProcessingJobArn ?? '') };
        } catch (error) {
          throw withFieldErrors(error);
        }
      },
      'jobs.stop': async (input, ctx) => {
        const client = await sagemaker();
        if (input.kind === 'training')
          await client.send(new StopTrainingJobCommand({ TrainingJobName: input.name }), { abortSignal: ctx.signal });
        else
          await client.send(new StopProcessingJobCommand({ ProcessingJobName: input.name }), {
            abortSignal: ctx.signal,
          });
        return { stopping: true };
      },
      'jobs.metrics': async (input, ctx) => {
        const job = await describe('training', input.name, ctx.signal);
        const names = [
          ...new Set([...job.metricDefinitions.map((m) => m.name), ...job.finalMetrics.map((m) => m.name)]),
        ];
        const start = new Date(job.startedAt ?? job.createdAt);
        const end = job.endedAt ? new Date(new Date(job.endedAt).getTime() + 60_000) : new Date(now());
        return trainingMetrics(
          (await deps.clients.current()).get('cloudwatch'),
          { name: input.name, metricNames: names, start, end },
          ctx.signal,
        );
      },
      'jobs.logStreams': async (input, ctx) =>
        jobLogStreams((await deps.clients.current()).get('logs'), input.kind, input.name, ctx.signal),
      'jobs.listTemplates': async () => templates.list(),
      'jobs.saveTemplate': async (input) => templates.save(input.name, input.input),
      'jobs.deleteTemplate': async (input) => {
        if (!(await templates.remove(input.id))) {
          throw new SageDeckError({
            code: ErrorCodes.InvalidInput,
            message: `No template named "${input.name}".`,
            retryable: false,
          });
        }
        return { deleted: true };
      },
      ...scheduleHandlers({ clients: deps.clients, now }),
    },
    streams: {
      'jobs.watch': (input, emit) => {
        const key = watchKey(deps.session.current().generation, `jobs:${input.kind}`, input);
        return deps.watchers.watch(
          key,
          () => jobWatchSource((signal) => firstPage(input, pollingSagemaker, signal)),
          emit,
        );
      },
    },
    dispose: () => undefined,
  };
}
