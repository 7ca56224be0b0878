import { screen } from '@testing-library/react';
import { beforeAll, describe, expect, it } from 'vitest';
import { experimentSummary } from '../support/fake-areas/experiments';
import { demoRuns, preloadExperimentsChunks, renderExperiments } from './experiments-app';

describe('experiments: the lineage address beside experiments', { timeout: 20_000 }, () => {
  beforeAll(async () => {
    await Promise.all([preloadExperimentsChunks(), import('../../../renderer/src/features/lineage/LineageView')]);
  }, 60_000);

  it('opens the lineage look-up from its address with an empty resource (the palette command)', async () => {
    await renderExperiments('#/experiments/lineage?resource=');
    expect(await screen.findByTestId('lineage-idle')).toBeTruthy();
    expect(screen.queryByTestId('runs-table')).toBeNull();
  });

  it('keeps the runs page of an experiment named "lineage", whose address carries no resource', async () => {
    await renderExperiments('#/experiments/lineage', {
      experiments: [experimentSummary('lineage')],
      runs: { lineage: demoRuns() },
    });
    expect(await screen.findByTestId('runs-table')).toBeTruthy();
    expect(screen.queryByTestId('lineage-idle')).toBeNull();
  });
});
