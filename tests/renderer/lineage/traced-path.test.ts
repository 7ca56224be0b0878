import { describe, expect, it } from 'vitest';
import type { LineageEdge } from '../../../shared/domain/lineage';
import { tracePath } from '../../../renderer/src/features/lineage/traced-path';

const edge = (from: string, to: string, source: LineageEdge['source'] = 'description'): LineageEdge => ({ from, to, source });

describe('the highlighted path of a lineage graph', () => {
  it('follows what the descriptions say serves now, not every run AWS associated with the data', () => {
    const edges = [
      edge('raw', 'preprocess-day-10'),
      edge('preprocess-day-10', 'processed'),
      edge('preprocess-day-11', 'processed', 'association'),
      edge('processed', 'train-v3'),
      edge('train-v3', 'endpoint'),
      edge('train-v1', 'endpoint', 'association'),
    ];
    const path = tracePath({ focus: 'endpoint', edges });
    expect(path.direction).toBe('upstream');
    expect([...path.nodes].sort()).toEqual(['endpoint', 'preprocess-day-10', 'processed', 'raw', 'train-v3']);
  });

  it('uses AWS associations when no description reaches the focus', () => {
    const path = tracePath({ focus: 'entity', edges: [edge('dataset', 'entity', 'association')] });
    expect([...path.nodes].sort()).toEqual(['dataset', 'entity']);
  });

  it('traces raw data forward to what it fed', () => {
    const path = tracePath({ focus: 'raw', edges: [edge('raw', 'job'), edge('job', 'endpoint')] });
    expect(path.direction).toBe('downstream');
    expect(path.nodes.has('endpoint')).toBe(true);
  });
});
