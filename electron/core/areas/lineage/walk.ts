import { downstreamStep } from './downstream-steps';
import { refId } from './graph-builder';
import type { NodeRef } from './resource-ref';
import { upstreamStep } from './upstream-steps';
import { DESCRIBED_KINDS, describe, factsOf, type DescribedKind, type Step, type WalkContext } from './walk-context';

/**
 * Breadth first from the focus in one direction, a level at a time (the level's look-ups run side
 * by side): nearer nodes are found first, so a bounded graph keeps what is closest to the focus.
 */
async function spread(ctx: WalkContext, focus: NodeRef, step: (node: NodeRef) => Promise<Step>): Promise<void> {
  const seen = new Set([refId(focus)]);
  let frontier = [focus];
  while (frontier.length > 0 && !ctx.graph.truncated) {
    const steps = await Promise.all(frontier.map(step));
    frontier = [];
    for (const { links, next } of steps) {
      for (const link of links) ctx.graph.link(link.from, link.to, 'description', link.label);
      for (const node of next) {
        const id = refId(node);
        if (seen.has(id) || !ctx.graph.has(node)) continue;
        seen.add(id);
        frontier.push(node);
      }
    }
  }
}

/**
 * Upstream (what the focus was made from) and downstream (what was made from it), from the
 * resources' own descriptions. Siblings are not followed: another model trained on the same data is
 * downstream of the data, not of this model.
 */
export async function walkLineage(ctx: WalkContext, focus: NodeRef): Promise<void> {
  ctx.graph.node(focus);
  await spread(ctx, focus, (node) => upstreamStep(ctx, node, node === focus));
  await spread(ctx, focus, (node) => downstreamStep(ctx, node));
}

/** At most this many resources are described only to name and badge nodes an association added. */
const FILL_AT_MOST = 20;

const isDescribed = (node: NodeRef): node is NodeRef & { kind: DescribedKind } => (DESCRIBED_KINDS as readonly string[]).includes(node.kind);

/** Names, ARNs and statuses for nodes SageMaker's associations added (from catalogs already read where possible). */
export async function describeAddedNodes(ctx: WalkContext): Promise<void> {
  const added = ctx.graph.unnamed().filter(isDescribed).slice(0, FILL_AT_MOST);
  await Promise.all(
    added.map(async (node) => {
      const facts = await factsOf(ctx.sources, node.kind, node.key);
      if (facts) describe(ctx, node, facts);
    }),
  );
}
