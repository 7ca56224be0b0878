import { CreateTrainingJobCommand } from '@aws-sdk/client-sagemaker';
import { describe, expect, it } from 'vitest';
import { demoTrainingRequest } from '../../../electron/sandbox/services/sagemaker/seed/demo-training';
import type { ExperimentPage, Run, RunPage, RunSeriesResult } from '../../../shared/domain/experiments';
import { useDemoWorld } from './demo-world';

const FEATURES = 'churn-feature-set-v2';
const TUNING = 'churn-xgboost-tuning';
const DEMO = { accountId: '111122223333', region: 'us-east-1' };

const world = useDemoWorld();

const auc = (run: Run) => run.metrics.find((m) => m.name === 'validation:auc');

describe('experiments.list', () => {
  it('lists the demo experiments newest first with their tags, and filters them on part of a name', async () => {
    const all = await world().ok<ExperimentPage>('experiments.list', {});
    expect(all.notice).toBeUndefined();
    expect(all.items.map((e) => e.name)).toEqual([FEATURES, TUNING]);
    expect(all.items[0]).toMatchObject({
      arn: expect.stringContaining(`:experiment/${FEATURES}`),
      description: expect.stringContaining('feature set'),
      tags: { project: 'churn' },
    });
    const filtered = await world().ok<ExperimentPage>('experiments.list', { nameContains: 'feature' });
    expect(filtered.items.map((e) => e.name)).toEqual([FEATURES]);
  });
});

describe('experiments.runs and experiments.series', () => {
  it("lists churn-feature-set-v2's runs with parameters, artifacts, metric summaries, status, source job and trial", async () => {
    const page = await world().ok<RunPage>('experiments.runs', { experiment: FEATURES });
    expect(page.notice).toBeUndefined();
    expect(page.trials).toEqual(['churn-features-baseline', 'churn-features-v2']);
    // Training runs 11 to 20 and the live one.
    expect(page.items).toHaveLength(11);
    expect(page.items.map((r) => r.createdAt)).toEqual([...page.items.map((r) => r.createdAt)].sort().reverse());
    for (const run of page.items) {
      expect(run.parameters).toMatchObject({ eta: expect.any(String), max_depth: expect.any(String) });
      expect(run.source).toMatchObject({ kind: 'training', name: run.name.replace(/-aws-training-job$/, '') });
      expect(run.trials).toHaveLength(1);
      expect(page.trials).toContain(run.trials[0]);
      expect(run.inputs.train).toMatch(/^s3:\/\/.*processed\/train\/$/);
    }
    const completed = page.items.filter((r) => r.status === 'Completed');
    expect(completed.length).toBeGreaterThanOrEqual(8);
    for (const run of completed) {
      const summary = auc(run)!;
      expect(summary.last).toBeGreaterThan(0.5);
      expect(summary.max).toBeGreaterThanOrEqual(summary.last!);
      expect(summary.min).toBeLessThanOrEqual(summary.last!);
      expect(summary.count).toBeGreaterThan(1);
      expect(run.outputs['SageMaker.ModelArtifact']).toMatch(/model\.tar\.gz$/);
      expect(run.endedAt).toBeDefined();
    }
    expect(page.items.find((r) => r.status === 'Failed')?.statusMessage).toMatch(/CapacityError/);
    expect(page.items.filter((r) => r.status === 'InProgress')).toHaveLength(1);
  });

  it('gives comparison data for 20 runs across both experiments, their series in one GetMetricData call', async () => {
    // The demo's 21 runs hold 19 with metrics (two failed before their first round): one more sweep
    // run, and the live run finishing, make the comparison's 20.
    await world().sagemaker.send(
      new CreateTrainingJobCommand(
        demoTrainingRequest(DEMO, 'churn-xgb-depth-sweep-extra', { sequence: 22, agoMs: 0, experiment: TUNING, trial: 'churn-xgb-depth-sweep', eta: 0.1, maxDepth: 7, rounds: 60 }),
      ),
    );
    const read = async () =>
      (await Promise.all([FEATURES, TUNING].map((experiment) => world().ok<RunPage>('experiments.runs', { experiment })))).flatMap((p) => p.items);
    await world().advanceUntil(async () => (await read()).every((r) => r.status !== 'InProgress'), 'every run to end', 30);
    const runs = await read();
    expect(runs).toHaveLength(22);
    expect(runs.filter((r) => r.parameters.eta !== undefined && r.parameters.max_depth !== undefined && auc(r)?.last !== undefined)).toHaveLength(20);

    // The newest 20: both failed runs among them.
    const picked = runs.sort((a, b) => b.createdAt.localeCompare(a.createdAt)).slice(0, 20);
    expect(picked.filter((r) => r.status === 'Failed')).toHaveLength(2);
    world().sandbox.control.resetCounters();
    const result = await world().ok<RunSeriesResult>('experiments.series', {
      runs: picked.map((r) => ({ run: r.arn, trainingJob: r.source!.name })),
    });
    expect(world().sandboxCounters()['monitoring:GetMetricData']).toBe(1);

    const charted = new Set(result.series.map((s) => s.run));
    // CloudWatch keeps minute data for 15 days and five-minute data to 63: the demo's older runs
    // (up to 20 days) are charted too, more coarsely.
    const older = (run: Run) => world().clock.now() - Date.parse(run.startedAt ?? run.createdAt) > 15 * 86_400_000;
    const completed = picked.filter((r) => r.status === 'Completed');
    expect(completed.length).toBeGreaterThanOrEqual(17);
    expect(completed.some(older)).toBe(true);
    for (const run of completed) {
      expect(charted.has(run.arn), `${run.name} has series`).toBe(true);
      const series = result.series.find((s) => s.run === run.arn && s.metric === 'validation:auc');
      expect(series?.points.length).toBeGreaterThan(0);
      // Seconds since the job's start, in order, and values within the run's own summary.
      const seconds = series!.points.map((p) => p.seconds);
      expect(seconds).toEqual([...seconds].sort((a, b) => a - b));
      expect(seconds[0]).toBeGreaterThanOrEqual(0);
      expect(Math.max(...series!.points.map((p) => p.value))).toBeLessThanOrEqual(auc(run)!.max! + 1e-9);
    }
    // Runs that failed before their first round have no data: named, not charted.
    for (const run of picked.filter((r) => r.status === 'Failed')) {
      expect(charted.has(run.arn)).toBe(false);
      expect(result.notice).toContain(run.source!.name);
    }
  });
});
