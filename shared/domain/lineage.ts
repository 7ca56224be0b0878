/*
 * The chain a served model came from, and what a dataset fed: S3 input → processing job → output
 * prefix → training job → model artifacts → model package version → model → endpoint config →
 * endpoint → the REST APIs and load balancers in front of it. Built from the resources' own descriptions (matching S3 URIs, ARNs and model data
 * URLs) and, where an account has them, SageMaker's lineage associations.
 */

export const LINEAGE_KINDS = [
  's3',
  'processing-job',
  'training-job',
  'model-artifact',
  'model-package',
  'model',
  'endpoint-config',
  'endpoint',
  'api',
  'load-balancer',
  'image',
  'lineage-entity',
] as const;
export type LineageKind = (typeof LINEAGE_KINDS)[number];

export interface LineageNode {
  /** Stable within one graph: the ARN, or the S3 URI for data. */
  id: string;
  kind: LineageKind;
  /** What people call it: a job or endpoint name, a model package `group/version`, an S3 URI. */
  name: string;
  arn?: string;
  uri?: string;
  /** AWS's status word (InService, Completed, Approved…), absent for data. */
  status?: string;
  /** The console route that opens it (`#/training/jobs/<name>`, `#/data/<bucket>/<prefix>`…). */
  href?: string;
}

export type LineageEdgeSource = 'description' | 'association';

export interface LineageEdge {
  /** Upstream node id (the input). */
  from: string;
  /** Downstream node id (what was made from it). */
  to: string;
  /** How SageDeck knows: a matching field in a description, or an AWS lineage association. */
  source: LineageEdgeSource;
  /** AWS's AssociationType (ContributedTo, Produced, DerivedFrom…) or the matching field. */
  label?: string;
}

export interface LineageGraph {
  /** The node asked about. */
  focus: string;
  nodes: LineageNode[];
  edges: LineageEdge[];
  /** Where the edges came from in this account: descriptions always, associations where AWS has them. */
  sources: LineageEdgeSource[];
  /** What could not be read (an operation the endpoint lacks, a capped listing): in words. */
  notice?: string;
}
