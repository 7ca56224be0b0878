import { ListProcessingJobsCommand, type SageMakerClient } from '@aws-sdk/client-sagemaker';
import {
  CreateScheduleCommand,
  DeleteScheduleCommand,
  GetScheduleCommand,
  type GetScheduleOutput,
  ListSchedulesCommand,
  type SchedulerClient,
  UpdateScheduleCommand,
} from '@aws-sdk/client-scheduler';
import type { jobsRequests } from '../../../../shared/contract/jobs';
import type { JobSchedule, JobSummary } from '../../../../shared/domain/jobs';
import { SageDeckError } from '../../../../shared/errors';
import type { RequestHandlersOf } from '../../rpc/handlers';
import type { SessionClients } from '../../session/session-clients';
import { fromProcessingSummary } from './job-summary';
import { createScheduleRequest, stateUpdateRequest } from './schedule-requests';
import { jobNameFilter, jobNamePatternOf, PROCESSING_JOB_TARGET, SCHEDULE_GROUP, toJobSchedule } from './schedule-view';

type ScheduleChannels = 'jobs.listSchedules' | 'jobs.createSchedule' | 'jobs.setScheduleState' | 'jobs.deleteSchedule';

export interface ScheduleDeps {
  clients: SessionClients;
  now: () => number;
}

const RECENT_JOBS = 10;

/** The jobs a schedule started, newest first: one ListProcessingJobs call, filtered by the name pattern. */
async function recentJobs(
  client: SageMakerClient,
  schedule: GetScheduleOutput,
  signal: AbortSignal,
): Promise<JobSummary[]> {
  const pattern = jobNamePatternOf(schedule.Target?.Input);
  if (!pattern) return [];
  const filter = jobNameFilter(pattern);
  // Without a fixed part to search by, the newest ten jobs of the account would say nothing.
  if (!filter.nameContains) return [];
  const answer = await client.send(
    new ListProcessingJobsCommand({
      NameContains: filter.nameContains,
      SortBy: 'CreationTime',
      SortOrder: 'Descending',
      MaxResults: RECENT_JOBS,
    }),
    { abortSignal: signal },
  );
  return (answer.ProcessingJobSummaries ?? [])
    .filter((job) => filter.matches(job.ProcessingJobName ?? ''))
    .map(fromProcessingSummary);
}

async function processingScheduleNames(client: SchedulerClient, signal: AbortSignal): Promise<string[]> {
  const names: string[] = [];
  let token: string | undefined;
  do {
    const page = await client.send(
      new ListSchedulesCommand({ GroupName: SCHEDULE_GROUP, MaxResults: 100, NextToken: token }),
      { abortSignal: signal },
    );
    for (const summary of page.Schedules ?? [])
      if (summary.Target?.Arn === PROCESSING_JOB_TARGET && summary.Name) names.push(summary.Name);
    token = page.NextToken;
  } while (token);
  return names;
}

/** ConflictException on create is about the name the user typed: shown next to that field. */
function withNameConflict(error: unknown): unknown {
  if (!(error instanceof Error) || error.name !== 'ConflictException') return error;
  const requestId = (error as { $metadata?: { requestId?: string } }).$metadata?.requestId;
  return new SageDeckError({
    code: error.name,
    message: error.message,
    fields: { name: error.message },
    retryable: false,
    ...(requestId ? { requestId } : {}),
  });
}

/** EventBridge Scheduler schedules that start processing jobs (issue 8, Part B 5). */
export function scheduleHandlers(deps: ScheduleDeps): Pick<RequestHandlersOf<typeof jobsRequests>, ScheduleChannels> {
  const clientsNow = async () => {
    const clients = await deps.clients.current();
    return { scheduler: clients.get('scheduler'), sagemaker: clients.get('sagemaker') };
  };

  const getSchedule = (client: SchedulerClient, name: string, signal: AbortSignal) =>
    client.send(new GetScheduleCommand({ Name: name, GroupName: SCHEDULE_GROUP }), { abortSignal: signal });

  const describe = async (name: string, signal: AbortSignal): Promise<JobSchedule> => {
    const { scheduler, sagemaker } = await clientsNow();
    const schedule = await getSchedule(scheduler, name, signal);
    return toJobSchedule(schedule, deps.now(), await recentJobs(sagemaker, schedule, signal));
  };

  return {
    'jobs.listSchedules': async (_input, ctx) => {
      const { scheduler } = await clientsNow();
      const names = await processingScheduleNames(scheduler, ctx.signal);
      const found = await Promise.all(
        // Schedules are few and all on screen, so each is described; one deleted meanwhile is dropped.
        names.map((name) =>
          describe(name, ctx.signal).catch((error: unknown) => {
            if (error instanceof Error && error.name === 'ResourceNotFoundException') return undefined;
            throw error;
          }),
        ),
      );
      return found.filter((schedule): schedule is JobSchedule => schedule !== undefined);
    },
    'jobs.createSchedule': async (input, ctx) => {
      const { scheduler } = await clientsNow();
      try {
        await scheduler.send(new CreateScheduleCommand(createScheduleRequest(input)), { abortSignal: ctx.signal });
      } catch (error) {
        throw withNameConflict(error);
      }
      return describe(input.name, ctx.signal);
    },
    'jobs.setScheduleState': async (input, ctx) => {
      const { scheduler } = await clientsNow();
      const current = await getSchedule(scheduler, input.name, ctx.signal);
      await scheduler.send(new UpdateScheduleCommand(stateUpdateRequest(current, input.enabled, deps.now())), {
        abortSignal: ctx.signal,
      });
      return describe(input.name, ctx.signal);
    },
    'jobs.deleteSchedule': async (input, ctx) => {
      const { scheduler } = await clientsNow();
      await scheduler.send(new DeleteScheduleCommand({ Name: input.name, GroupName: SCHEDULE_GROUP }), {
        abortSignal: ctx.signal,
      });
      return { deleted: true };
    },
  };
}
