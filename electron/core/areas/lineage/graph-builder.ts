import type { LineageEdge, LineageEdgeSource, LineageGraph, LineageKind, LineageNode } from '../../../../shared/domain/lineage';
import { consoleHref } from './console-routes';
import type { NodeRef } from './resource-ref';

/** What a description tells about a node beyond its ref. */
export interface NodeInfo {
  name?: string | undefined;
  arn?: string | undefined;
  status?: string | undefined;
  group?: string | undefined;
  version?: number | undefined;
}

interface Draft extends NodeInfo {
  kind: LineageKind;
  key: string;
}

export const NODE_LIMIT = 300;

const isData = (kind: LineageKind) => kind === 's3' || kind === 'model-artifact';

/**
 * Data is one node per URI whichever way it was reached: a prefix a job wrote is the prefix the
 * next job read. Everything else is one node per kind and key.
 */
export function refId(ref: NodeRef): string {
  return isData(ref.kind) ? `uri:${ref.key}` : `${ref.kind}:${ref.key}`;
}

function nameOf(draft: Draft): string {
  if (draft.name) return draft.name;
  if (draft.kind === 'model-package' || draft.kind === 'lineage-entity') return draft.key.slice(draft.key.indexOf('/') + 1);
  return draft.key;
}

/**
 * Collects nodes and edges as the walk finds them, at most `limit` nodes: past that a new node and
 * its edges are left out and the graph says so. Node ids are the ARN where one is known, the URI for
 * data, so the renderer and the CLI see the identifiers AWS uses.
 */
export class GraphBuilder {
  private readonly drafts = new Map<string, Draft>();
  private readonly edges = new Map<string, LineageEdge & { fromRef: string; toRef: string }>();
  private readonly notices: string[] = [];
  truncated = false;

  constructor(private readonly limit = NODE_LIMIT) {}

  /** Adds the node (or merges what is now known of it); false when the bound left it out. */
  node(ref: NodeRef, info: NodeInfo = {}): boolean {
    const id = refId(ref);
    const draft = this.drafts.get(id);
    if (draft) {
      // A URI first met as data and then as a training job's output is a model artifact.
      if (ref.kind === 'model-artifact') draft.kind = 'model-artifact';
      for (const [field, value] of Object.entries(info)) if (value !== undefined) (draft as unknown as Record<string, unknown>)[field] = value;
      return true;
    }
    if (this.drafts.size >= this.limit) {
      this.truncated = true;
      return false;
    }
    this.drafts.set(id, { kind: ref.kind, key: ref.key, ...Object.fromEntries(Object.entries(info).filter(([, value]) => value !== undefined)) });
    return true;
  }

  /** Nodes no description has named yet (an association added them). */
  unnamed(): NodeRef[] {
    return [...this.drafts.values()].filter((d) => !d.arn).map((d) => ({ kind: d.kind, key: d.key }));
  }

  has(ref: NodeRef): boolean {
    return this.drafts.has(refId(ref));
  }

  /** Links `from` (upstream) to `to`; both are added as nodes. False when the bound left one out. */
  link(from: NodeRef, to: NodeRef, source: LineageEdgeSource, label: string): boolean {
    if (!this.node(from) || !this.node(to)) return false;
    const fromRef = refId(from);
    const toRef = refId(to);
    if (fromRef === toRef) return true;
    // One edge per pair: a description and an association saying the same thing are drawn once,
    // the description's (it says which field matched).
    const pair = `${fromRef}\u0000${toRef}`;
    if (!this.edges.has(pair)) this.edges.set(pair, { from: '', to: '', fromRef, toRef, source, label });
    return true;
  }

  notice(text: string | undefined): void {
    if (text && !this.notices.includes(text)) this.notices.push(text);
  }

  build(focus: NodeRef, sources: LineageEdgeSource[]): LineageGraph {
    const ids = new Map<string, string>();
    const nodes: LineageNode[] = [];
    for (const [ref, draft] of this.drafts) {
      const uri = isData(draft.kind) || draft.kind === 'image' ? draft.key : undefined;
      const id = draft.arn ?? uri ?? (draft.kind === 'model-package' || draft.kind === 'lineage-entity' ? draft.key : ref);
      ids.set(ref, id);
      const name = nameOf(draft);
      const href = consoleHref({ kind: draft.kind, name, uri, key: draft.key, group: draft.group, version: draft.version });
      nodes.push({
        id,
        kind: draft.kind,
        name,
        ...(draft.arn ? { arn: draft.arn } : draft.kind === 'model-package' || draft.kind === 'lineage-entity' ? { arn: draft.key } : {}),
        ...(uri ? { uri } : {}),
        ...(draft.status ? { status: draft.status } : {}),
        ...(href ? { href } : {}),
      });
    }
    const edges = [...this.edges.values()].map(({ fromRef, toRef, source, label }) => ({
      from: ids.get(fromRef) ?? fromRef,
      to: ids.get(toRef) ?? toRef,
      source,
      ...(label ? { label } : {}),
    }));
    const notices = [...this.notices];
    if (this.truncated) notices.push(`The graph stops at ${this.limit} nodes: open one of its nodes to trace further from there.`);
    return {
      focus: ids.get(refId(focus)) ?? refId(focus),
      nodes,
      edges,
      sources,
      ...(notices.length > 0 ? { notice: notices.join(' ') } : {}),
    };
  }
}
