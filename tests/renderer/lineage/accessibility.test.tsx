import { fireEvent, screen } from '@testing-library/react';
// axe-core comes with @axe-core/playwright (the e2e's axe); the same engine checks the DOM here.
import axe from 'axe-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { preloadChunks } from '../support/app-ready';
import { churnProdLineage } from '../support/fake-areas/lineage';
import { preloadRegistryChunks, renderRegistry } from '../registry/registry-app';
import { renderLineage } from './lineage-view';

// jsdom lays nothing out, so contrast is the e2e's to check in both themes; landmarks belong to the shell.
const RULES = { 'color-contrast': { enabled: false }, region: { enabled: false } };

async function violations(element: Element): Promise<string[]> {
  const result = await axe.run(element, { rules: RULES });
  return result.violations.map(
    (violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`,
  );
}

describe('lineage and tags accessibility', { timeout: 90_000 }, () => {
  beforeAll(
    () =>
      Promise.all([
        preloadChunks(),
        preloadRegistryChunks(),
        import('../../../renderer/src/features/lineage/LineageView'),
      ]),
    60_000,
  );

  it('names every card by its stage, name and status, and passes axe as a graph and as a list', async () => {
    await renderLineage('churn-prod', (host) => host.lineage.graphs.set('churn-prod', churnProdLineage()));
    await screen.findByTestId('lineage-graph');
    for (const node of screen.getAllByTestId('lineage-node'))
      expect(node.getAttribute('aria-label')).toMatch(
        /^(S3 data|Processing job|Container image|Training job|Model artifacts|Model version|Model|Endpoint config|Endpoint) /,
      );
    expect(await violations(screen.getByTestId('lineage-view'))).toEqual([]);
    fireEvent.click(screen.getByText('List view'));
    await screen.findByTestId('lineage-list');
    expect(await violations(screen.getByTestId('lineage-view'))).toEqual([]);
  });

  it('passes axe on the tag editor with a pending change and an invalid key', async () => {
    await renderRegistry('#/registry/churn-prediction/4');
    const editor = await screen.findByTestId('tag-editor');
    fireEvent.click(screen.getByTestId('tag-remove-project'));
    fireEvent.change(screen.getByTestId('tag-key'), { target: { value: 'aws:x' } });
    expect(await violations(editor)).toEqual([]);
  });
});
