import { fireEvent, screen } from '@testing-library/react';
// axe-core comes with @axe-core/playwright (the e2e's axe); the same engine checks the DOM here.
import axe from 'axe-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { preloadExperimentsChunks, renderExperiments } from './experiments-app';

// jsdom lays nothing out, so contrast cannot be measured here (the e2e checks it in both themes);
// landmarks belong to the shell.
const RULES = { 'color-contrast': { enabled: false }, region: { enabled: false } };

async function violations(): Promise<string[]> {
  const result = await axe.run(screen.getByTestId('experiments-area'), { rules: RULES });
  return result.violations.map(
    (violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`,
  );
}

// axe over several screens is slow on a loaded 2-core runner; the limit only catches hangs.
describe('Experiments area accessibility', { timeout: 90_000 }, () => {
  beforeAll(preloadExperimentsChunks, 60_000);

  it('has named controls whose names hold their visible words on the list, the runs, the comparison and the re-run dialog', async () => {
    await renderExperiments('#/experiments');
    await screen.findByTestId('experiment-row-churn-experiment');
    expect(await violations()).toEqual([]);

    window.location.hash = '#/experiments/churn-experiment?filter=eta+%3E';
    await screen.findByTestId('run-row-run-a', {}, { timeout: 10_000 });
    await screen.findAllByText(/Expected a value after ">"/);
    expect(await violations()).toEqual([]);

    window.location.hash = '#/experiments/churn-experiment/compare?runs=run-a,run-c,prep';
    await screen.findByTestId('compare-scatter', {}, { timeout: 10_000 });
    expect(await violations()).toEqual([]);

    fireEvent.click(screen.getByTestId('run-rerun-run-a'));
    await screen.findByTestId('rerun-modal');
    const dialog = await axe.run(screen.getByTestId('rerun-modal'), { rules: RULES });
    expect(dialog.violations.map((violation) => violation.id)).toEqual([]);
  });
});
