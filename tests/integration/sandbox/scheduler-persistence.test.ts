import { ListProcessingJobsCommand, SageMakerClient } from '@aws-sdk/client-sagemaker';
import { CreateScheduleCommand, GetScheduleCommand, SchedulerClient } from '@aws-sdk/client-scheduler';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createLogsModule } from '../../../electron/sandbox/services/logs';
import { createSageMakerModule } from '../../../electron/sandbox/services/sagemaker';
import { createSchedulerModule } from '../../../electron/sandbox/services/scheduler';
import { PROCESSING_TARGET, ROLE, processingTemplate } from './scheduler-harness';
import { startTestSandbox, tempDir, type TestSandbox } from './support';

vi.mock('../../../electron/sandbox/services', () => ({ MODULE_FACTORIES: [] }));

const cleanups: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

async function start(dataDir: string): Promise<{ env: TestSandbox; scheduler: SchedulerClient; sagemaker: SageMakerClient }> {
  const env = await startTestSandbox({ modules: [createLogsModule, createSageMakerModule, createSchedulerModule], dataDir });
  const scheduler = new SchedulerClient({ ...env.config, maxAttempts: 1 });
  const sagemaker = new SageMakerClient({ ...env.config, maxAttempts: 1 });
  cleanups.push(async () => {
    scheduler.destroy();
    sagemaker.destroy();
    await env.stop();
  });
  return { env, scheduler, sagemaker };
}

describe('Scheduler persistence', () => {
  it('keeps schedules across a restart and fires them afterwards', async () => {
    const dataDir = tempDir('sagedeck-scheduler-data-');
    cleanups.push(() => dataDir.remove());
    const first = await start(dataDir.path);
    await first.scheduler.send(
      new CreateScheduleCommand({ Name: 'hourly', ScheduleExpression: 'cron(0 * * * ? *)', FlexibleTimeWindow: { Mode: 'OFF' }, Target: { Arn: PROCESSING_TARGET, RoleArn: ROLE, Input: processingTemplate('hourly') } }),
    );
    await first.env.stop();

    const second = await start(dataDir.path);
    expect((await second.scheduler.send(new GetScheduleCommand({ Name: 'hourly' }))).ScheduleExpression).toBe('cron(0 * * * ? *)');
    second.env.clock.advance(3_600_000);
    const jobs = await second.sagemaker.send(new ListProcessingJobsCommand({}));
    expect(jobs.ProcessingJobSummaries?.map((job) => job.ProcessingJobName)).toEqual(['hourly']);
  });
});
