import type { jobsRequests } from '../../../../shared/contract/jobs';
import { ErrorCodes, SageDeckError } from '../../../../shared/errors';
import type { RequestHandlersOf } from '../../rpc/handlers';
import type { SessionClients } from '../../session/session-clients';

type ScheduleChannels = 'jobs.listSchedules' | 'jobs.createSchedule' | 'jobs.setScheduleState' | 'jobs.deleteSchedule';

export interface ScheduleDeps {
  clients: SessionClients;
  now: () => number;
}

// TEMPORARY while the schedules slice is being written in parallel: replaced before this lands.
export function scheduleHandlers(_deps: ScheduleDeps): Pick<RequestHandlersOf<typeof jobsRequests>, ScheduleChannels> {
  const pending = async (): Promise<never> => {
    throw new SageDeckError({ code: ErrorCodes.Internal, message: 'Schedules are being built.', retryable: false });
  };
  return {
    'jobs.listSchedules': pending,
    'jobs.createSchedule': pending,
    'jobs.setScheduleState': pending,
    'jobs.deleteSchedule': pending,
  };
}
