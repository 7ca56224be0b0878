import type { ServiceDefinition, ServiceModuleFactory } from '../../types';
import { demoSchedule } from './demo-seed';
import { groupOperations } from './group-operations';
import { schedulerOperations } from './operations';
import { SCHEDULER_ROUTES } from './routes';
import { ScheduleRunner } from './runner';
import { SchedulerStore, scheduleKey } from './store';
import { schedulerTagSource } from './tag-source';
import { registerTagSource } from '../tagging/directory';

/**
 * EventBridge Scheduler (restJson1, signing name `scheduler`): schedules fire on the sandbox
 * clock; the universal target `sagemaker:createProcessingJob` starts processing jobs through
 * `env.bus.processing`.
 */
export const createSchedulerModule: ServiceModuleFactory = (env) => {
  const store = new SchedulerStore();
  const runner = new ScheduleRunner(env, store);
  registerTagSource(env.bus, schedulerTagSource(store));
  env.bus.scheduleRuns = {
    list: () =>
      store.all().flatMap((region) =>
        [...region.schedules.values()].flatMap((schedule) =>
          schedule.invocations.map((run) => ({
            ...region.where,
            scheduleArn: schedule.arn,
            scheduledTime: new Date(run.scheduledMs).toISOString(),
            executionId: run.executionId,
            outcome: run.outcome,
            detail: run.detail,
          })),
        ),
      ),
  };

  const service: ServiceDefinition = {
    signingName: 'scheduler',
    protocol: 'restJson1',
    operations: { ...schedulerOperations(store, runner), ...groupOperations(store, runner) },
    routes: SCHEDULER_ROUTES,
    snapshot: () => store.snapshot(),
    restore: (state) => {
      runner.stopAll();
      store.restore(state);
      runner.armAll();
    },
    reset: () => {
      runner.stopAll();
      store.reset();
    },
  };
  return {
    services: [service],
    seed: (kind, where) => {
      if (kind !== 'demo') return;
      const schedule = demoSchedule(where, env.clock.now());
      store.region(where).schedules.set(scheduleKey(schedule.groupName, schedule.name), schedule);
      runner.arm(where, schedule);
    },
    dispose: () => runner.stopAll(),
  };
};
