import type { AssociationRecord } from '../base/records';
import { associationKey } from './store';

export type Way = 'up' | 'down';

export interface Traversal {
  /** Lower-cased ARN → the ARN as stored and its distance (in associations) from a start. */
  reached: Map<string, { arn: string; depth: number }>;
  /** Associations crossed, keyed by associationKey; `from` is the end the walk came from. */
  crossed: Map<string, { association: AssociationRecord; from: string; to: string }>;
}

function index(associations: AssociationRecord[], way: Way): Map<string, AssociationRecord[]> {
  const by = new Map<string, AssociationRecord[]>();
  for (const a of associations) {
    const at = (way === 'up' ? a.destinationArn : a.sourceArn).toLowerCase();
    by.set(at, [...(by.get(at) ?? []), a]);
  }
  return by;
}

/**
 * Breadth-first from the starts, up (towards sources: Ascendants) or down (Descendants), crossing
 * at most `maxDepth` associations. Both directions walk up and down separately and merge, so a
 * sibling reached by going up then down is not part of the answer.
 */
export function traverse(associations: AssociationRecord[], starts: string[], ways: Way[], maxDepth: number): Traversal {
  const reached = new Map<string, { arn: string; depth: number }>();
  const crossed = new Map<string, { association: AssociationRecord; from: string; to: string }>();
  for (const start of starts) reached.set(start.toLowerCase(), { arn: start, depth: 0 });
  for (const way of ways) {
    const next = index(associations, way);
    const depthOf = new Map(starts.map((s) => [s.toLowerCase(), 0]));
    let frontier = starts.map((s) => s.toLowerCase());
    for (let depth = 0; depth < maxDepth && frontier.length > 0; depth++) {
      const following: string[] = [];
      for (const at of frontier) {
        for (const a of next.get(at) ?? []) {
          const far = way === 'up' ? a.sourceArn : a.destinationArn;
          const farKey = far.toLowerCase();
          crossed.set(associationKey(a.sourceArn, a.destinationArn), { association: a, from: at, to: farKey });
          if (depthOf.has(farKey)) continue;
          depthOf.set(farKey, depth + 1);
          following.push(farKey);
          const known = reached.get(farKey);
          if (!known || known.depth > depth + 1) reached.set(farKey, { arn: far, depth: depth + 1 });
        }
      }
      frontier = following;
    }
  }
  return { reached, crossed };
}

/**
 * The vertices on the walked paths from the starts to the matched ones (IncludeEdges: "the
 * Associations and lineage entities on the path"), found by walking the crossed associations back.
 */
export function onPaths(traversal: Traversal, matched: Set<string>): Set<string> {
  const cameFrom = new Map<string, string[]>();
  for (const { from, to } of traversal.crossed.values()) cameFrom.set(to, [...(cameFrom.get(to) ?? []), from]);
  const keep = new Set<string>();
  const stack = [...matched];
  while (stack.length > 0) {
    const at = stack.pop() ?? '';
    if (keep.has(at)) continue;
    keep.add(at);
    stack.push(...(cameFrom.get(at) ?? []));
  }
  return keep;
}
