import { test as base } from './fixtures';
import { JobsPage } from './jobs-page';
import { recordNotifications } from './notifications';

/**
 * The embedded sandbox's clock runs this many times faster than real time in the jobs tests: the
 * demo seed's processing jobs (90 s to start, a step every 15 s) finish in seconds.
 */
export const JOBS_TIME_SCALE = 30;

interface JobsFixtures {
  jobs: JobsPage;
}

export const test = base.extend<JobsFixtures>({
  home: async ({ home }, use) => {
    home.env.SAGEDECK_SANDBOX_TIME_SCALE = String(JOBS_TIME_SCALE);
    await use(home);
  },
  // Desktop notifications are granted to the app's origin and recorded (see notifications.ts).
  page: async ({ debianChromium, host }, use) => {
    const context = await debianChromium.newContext();
    await recordNotifications(context, host.origin);
    const page = await context.newPage();
    await use(page);
    await context.close();
  },
  jobs: async ({ shell }, use) => {
    await use(new JobsPage(shell));
  },
});

export { expect } from '@playwright/test';
