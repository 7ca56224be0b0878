import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { beforeAll, describe, expect, it } from 'vitest';
import { lineageHref } from '../../../renderer/src/features/lineage/lineage-routes';
import { preloadChunks } from '../support/app-ready';
import { churnProdLineage } from '../support/fake-areas/lineage';
import { renderLineage } from './lineage-view';

const ENDPOINT_ARN = 'arn:aws:sagemaker:us-east-1:123456789012:endpoint/churn-prod';
const nodes = () => screen.getAllByTestId('lineage-node');
const nodeNamed = (name: string) => nodes().find((node) => node.dataset.name === name)!;
const graphView = () =>
  screen.getByTestId('lineage-graph').dataset.view!.split(',').map(Number) as [number, number, number];

async function renderChurnProd(change: (graph: ReturnType<typeof churnProdLineage>) => void = () => {}) {
  const graph = churnProdLineage();
  change(graph);
  const app = await renderLineage('churn-prod', (host) => host.lineage.graphs.set('churn-prod', graph));
  await screen.findByTestId('lineage-graph');
  return app;
}

describe('lineage graph', { timeout: 20_000 }, () => {
  beforeAll(async () => {
    await Promise.all([preloadChunks(), import('../../../renderer/src/features/lineage/LineageView')]);
  }, 60_000);

  it('draws the chain from the raw data to the endpoint in reading order, each with its stage, status word and link', async () => {
    await renderChurnProd();
    expect(nodes().map((node) => node.dataset.kind)).toEqual([
      's3',
      'processing-job',
      'processing-job',
      's3',
      'image',
      'training-job',
      'model-artifact',
      'model-package',
      'model',
      'endpoint-config',
      'endpoint',
    ]);
    expect(nodes()[0]!.dataset.name).toBe('s3://sagedeck-demo-data/churn/raw/');
    expect(nodes().at(-1)!.dataset.name).toBe('churn-prod');

    const training = nodeNamed('churn-train-3');
    expect(training.getAttribute('href')).toBe('#/training/jobs/churn-train-3');
    expect(training.textContent).toContain('Training job');
    expect(training.textContent).toContain('Completed');
    expect(nodeNamed('churn-explore').textContent).toContain('Failed');
    expect(nodeNamed('churn-prediction/3').getAttribute('href')).toBe('#/registry/churn-prediction/3');
    expect(nodeNamed('churn-prod').textContent).toContain('InService');
    // A model has no screen of its own: its card traces the lineage from it instead.
    expect(nodeNamed('churn-model-3').getAttribute('href')).toBe(
      lineageHref('arn:aws:sagemaker:us-east-1:123456789012:model/churn-model-3'),
    );

    const edges = screen.getByTestId('lineage-graph').querySelectorAll('path[data-source]');
    expect(edges).toHaveLength(11);
    expect([...edges].filter((edge) => edge.getAttribute('data-source') === 'association')).toHaveLength(1);
    expect(screen.getByTestId('lineage-legend').textContent).toContain('AWS lineage association (dashed)');
    expect(screen.queryByTestId('lineage-notice')).toBeNull();
  });

  it('highlights the path from the endpoint back to its data, and not the job that only read the same data', async () => {
    await renderChurnProd();
    const highlighted = nodes().filter((node) => within(node).queryByTestId('lineage-highlighted'));
    expect(highlighted.map((node) => node.dataset.name)).toEqual(
      nodes()
        .map((node) => node.dataset.name)
        .filter((name) => name !== 'churn-explore'),
    );
    expect(nodeNamed('churn-explore').dataset.highlighted).toBe('false');
    expect(nodeNamed('churn-prod').getAttribute('aria-label')).toContain('on the traced path');
    expect(screen.getByTestId('lineage-legend').textContent).toContain('The path from churn-prod back to its data');
  });

  it('shows only the highlighted path when asked, and everything again after', async () => {
    await renderChurnProd();
    const all = nodes().length;
    const toggle = within(screen.getByTestId('lineage-path-only')).getByRole('checkbox');
    fireEvent.click(toggle);
    await waitFor(() => expect(nodes()).toHaveLength(all - 1));
    expect(nodes().some((node) => node.dataset.name === 'churn-explore')).toBe(false);
    expect(nodes().every((node) => node.dataset.highlighted === 'true')).toBe(true);
    fireEvent.click(toggle);
    await waitFor(() => expect(nodes()).toHaveLength(all));
  });

  it('traces a data prefix forward to what it fed when nothing is upstream of it', async () => {
    const graph = churnProdLineage();
    graph.focus = 's3://sagedeck-demo-data/churn/raw/';
    await renderLineage(graph.focus, (host) => host.lineage.graphs.set(graph.focus, graph));
    await screen.findByTestId('lineage-graph');
    expect(nodeNamed('churn-explore').dataset.highlighted).toBe('true');
    expect(nodeNamed('sagemaker-xgboost:1.7-1').dataset.highlighted).toBe('false');
    expect(screen.getByTestId('lineage-legend').textContent).toContain('What s3://sagedeck-demo-data/churn/raw/ fed');
  });

  it('pans with the arrow keys and zooms with the keys and buttons; Fit to view returns to the whole graph', async () => {
    await renderChurnProd();
    const graph = screen.getByTestId('lineage-graph');
    const [x, y, scale] = graphView();
    fireEvent.keyDown(graph, { key: 'ArrowLeft' });
    expect(graphView()).toEqual([x + 48, y, scale]);
    fireEvent.keyDown(graph, { key: 'ArrowUp', shiftKey: true });
    expect(graphView()).toEqual([x + 48, y + 192, scale]);
    fireEvent.keyDown(graph, { key: '+' });
    expect(graphView()[2]).toBeGreaterThan(scale);
    fireEvent.click(screen.getByTestId('lineage-zoom-out'));
    fireEvent.click(screen.getByTestId('lineage-zoom-out'));
    expect(graphView()[2]).toBeLessThan(scale);
    fireEvent.click(screen.getByTestId('lineage-fit'));
    expect(graphView()).toEqual([x, y, scale]);
  });

  it('brings a card reached by Tab into view when zoomed in', async () => {
    await renderChurnProd();
    const graph = screen.getByTestId('lineage-graph');
    for (let press = 0; press < 6; press++) fireEvent.keyDown(graph, { key: '+' });
    const [x] = graphView();
    fireEvent.focusIn(nodeNamed('churn-prod'));
    // The endpoint is the rightmost card: the drawing moves left until it shows.
    expect(graphView()[0]).toBeLessThan(x);
    const [left] = graphView();
    fireEvent.focusIn(nodes()[0]!);
    expect(graphView()[0]).toBeGreaterThan(left);
  });

  it('pans by dragging the background, while a press on a card stays a click', async () => {
    await renderChurnProd();
    const graph = screen.getByTestId('lineage-graph');
    const [x, y] = graphView();
    fireEvent.pointerDown(graph, { button: 0, pointerId: 1, clientX: 100, clientY: 100 });
    fireEvent.pointerMove(graph, { pointerId: 1, clientX: 160, clientY: 70 });
    fireEvent.pointerUp(graph, { pointerId: 1 });
    expect(graphView().slice(0, 2)).toEqual([x + 60, y - 30]);
    fireEvent.pointerDown(nodeNamed('churn-prod'), { button: 0, pointerId: 2, clientX: 10, clientY: 10 });
    fireEvent.pointerMove(graph, { pointerId: 2, clientX: 90, clientY: 10 });
    expect(graphView().slice(0, 2)).toEqual([x + 60, y - 30]);
  });

  it('offers the graph as a list of resources and links for screen readers', async () => {
    await renderChurnProd();
    fireEvent.click(screen.getByText('List view'));
    const list = await screen.findByTestId('lineage-list');
    expect(screen.queryByTestId('lineage-graph')).toBeNull();
    const rows = within(list).getAllByTestId('lineage-list-node');
    expect(rows).toHaveLength(11);
    expect(rows.at(-1)!.textContent).toContain('churn-prod (looked up)');
    expect(within(rows.at(-1)!).getByText('churn-prod').getAttribute('href')).toBe('#/endpoints/churn-prod');
    const association = within(list)
      .getAllByTestId('lineage-list-edge')
      .filter((row) => row.dataset.source === 'association');
    expect(association.map((row) => row.textContent)).toEqual([
      'churn-preprocesschurn-train-3AWS lineage association (ContributedTo)',
    ]);
  });

  it('says what was tried when nothing has the name, in the session region', async () => {
    const { host } = await renderLineage('churn-prd');
    expect(await screen.findByText('Nothing called churn-prd was found')).toBeTruthy();
    expect(screen.getByTestId('lineage-tried').textContent).toContain(
      'for an endpoint, a model, an endpoint config, a training job and a processing job with this name',
    );
    expect(screen.getByTestId('lineage-tried').textContent).toContain('us-east-1');
    expect(host.callsTo('lineage.get').at(-1)?.input).toEqual({ resource: 'churn-prd' });
  });

  it('says when the chain comes from descriptions alone and what could not be read', async () => {
    await renderChurnProd((graph) => {
      graph.edges = graph.edges.filter((edge) => edge.source === 'description');
      graph.sources = ['description'];
      graph.notice = 'ListAssociations is not available on this endpoint.';
    });
    const notice = screen.getByTestId('lineage-notice');
    expect(notice.textContent).toContain('ListAssociations is not available on this endpoint.');
    expect(notice.textContent).toContain("Derived from the resources' descriptions only");
  });

  it('says when a resource is linked to nothing', async () => {
    const graph = {
      focus: ENDPOINT_ARN,
      nodes: [{ id: ENDPOINT_ARN, arn: ENDPOINT_ARN, kind: 'endpoint' as const, name: 'lonely', status: 'InService' }],
      edges: [],
      sources: ['description' as const],
    };
    await renderLineage(ENDPOINT_ARN, (host) => host.lineage.graphs.set(ENDPOINT_ARN, graph));
    expect((await screen.findByTestId('lineage-empty')).textContent).toContain(
      'Nothing upstream or downstream of lonely was found.',
    );
    expect(nodes()).toHaveLength(1);
  });

  it('looks up another resource from the box at its own address, and refuses an empty one', async () => {
    await renderChurnProd();
    const box = screen.getByTestId('lineage-resource') as HTMLInputElement;
    expect(box.value).toBe('churn-prod');
    fireEvent.change(box, { target: { value: '  ' } });
    fireEvent.click(screen.getByTestId('lineage-lookup'));
    expect(await screen.findByText('Enter an ARN, a name or an s3:// URI.')).toBeTruthy();
    fireEvent.change(box, { target: { value: 's3://sagedeck-demo-data/churn/raw/' } });
    fireEvent.click(screen.getByTestId('lineage-lookup'));
    await waitFor(() => expect(window.location.hash).toBe(lineageHref('s3://sagedeck-demo-data/churn/raw/')));
  });
});
