import type { LineageKind } from '../../../../shared/domain/lineage';
import { SageDeckError } from '../../../../shared/errors';
import { isS3Uri, s3UriFromArn } from './s3-uri';

/**
 * One node of the walk. `key` is what identifies it to AWS: a name for endpoints, configs, models
 * and jobs; the ARN for model packages and lineage entities; the URI for data and images.
 */
export interface NodeRef {
  kind: LineageKind;
  key: string;
}

/** The kinds a bare name can be, tried in this order unless the request says which. */
export const NAME_ORDER = ['endpoint', 'model', 'endpoint-config', 'training-job', 'processing-job'] as const;
export type NamedKind = (typeof NAME_ORDER)[number] | 'model-package';

export type ParsedResource =
  | { type: 'ref'; ref: NodeRef }
  | { type: 'package-version'; group: string; version: number }
  | { type: 'name'; name: string; kinds: NamedKind[] };

const ARN_TYPES: Record<string, LineageKind> = {
  endpoint: 'endpoint',
  'endpoint-config': 'endpoint-config',
  model: 'model',
  'model-package': 'model-package',
  'training-job': 'training-job',
  'processing-job': 'processing-job',
  context: 'lineage-entity',
  artifact: 'lineage-entity',
  action: 'lineage-entity',
  'experiment-trial-component': 'lineage-entity',
};

/** Kinds whose key is the ARN itself rather than the name after the resource type. */
const KEYED_BY_ARN = new Set<LineageKind>(['model-package', 'lineage-entity']);

const SAGEMAKER_ARN = /^arn:[^:]+:sagemaker:[^:]*:[^:]*:([a-z-]+)\/(.+)$/;
const PACKAGE_VERSION = /^([a-zA-Z0-9](?:-*[a-zA-Z0-9]){0,62})\/([1-9]\d*)$/;

/** A SageMaker (or S3) ARN as a node, or undefined for a resource type lineage does not cover. */
export function refFromArn(arn: string): NodeRef | undefined {
  const uri = s3UriFromArn(arn);
  if (uri) return { kind: 's3', key: uri };
  const match = SAGEMAKER_ARN.exec(arn);
  const kind = match?.[1] ? ARN_TYPES[match[1]] : undefined;
  if (!kind || !match?.[2]) return undefined;
  return { kind, key: KEYED_BY_ARN.has(kind) ? arn : match[2] };
}

/** How a sentence names a kind: "an endpoint", "a training job". */
export const KIND_NOUNS: Record<LineageKind, string> = {
  s3: 'S3 data',
  'processing-job': 'a processing job',
  'training-job': 'a training job',
  'model-artifact': 'a model artifact',
  'model-package': 'a model package',
  model: 'a model',
  'endpoint-config': 'an endpoint config',
  endpoint: 'an endpoint',
  api: 'a REST API',
  'load-balancer': 'a load balancer',
  image: 'an image',
  'lineage-entity': 'a lineage entity',
};

function invalid(message: string): SageDeckError {
  return new SageDeckError({ code: 'InvalidInput', message, fields: { resource: message }, retryable: false });
}

const COVERED = 'endpoints, endpoint configs, models, model package versions, training and processing jobs, and S3 data';

/** What the user typed, read as an ARN, an s3:// URI, a `group/version` or a bare name. */
export function parseResource(resource: string, kind?: LineageKind): ParsedResource {
  const text = resource.trim();
  if (text.startsWith('arn:')) {
    const ref = refFromArn(text);
    if (!ref) throw invalid(`SageDeck traces the lineage of ${COVERED}; ${text} is none of these.`);
    const compatible = !kind || kind === ref.kind || (kind === 'model-artifact' && ref.kind === 's3');
    if (!compatible) throw invalid(`${text} is the ARN of ${KIND_NOUNS[ref.kind]}, not ${KIND_NOUNS[kind]}.`);
    return { type: 'ref', ref: kind === 'model-artifact' ? { kind, key: ref.key } : ref };
  }
  if (isS3Uri(text)) {
    if (kind && kind !== 's3' && kind !== 'model-artifact') throw invalid(`${text} is an S3 URI, not ${KIND_NOUNS[kind]}.`);
    return { type: 'ref', ref: { kind: kind ?? 's3', key: text } };
  }
  if (text.startsWith('s3://')) throw invalid(`${text} names no bucket: write s3://<bucket>/<prefix>.`);
  const version = PACKAGE_VERSION.exec(text);
  if (version && (!kind || kind === 'model-package')) return { type: 'package-version', group: version[1] ?? '', version: Number(version[2]) };
  if (kind === 'image') return { type: 'ref', ref: { kind, key: text } };
  if (kind === 's3' || kind === 'model-artifact') throw invalid(`Write ${kind === 's3' ? 'data' : 'a model artifact'} as an s3:// URI.`);
  if (kind === 'api' || kind === 'load-balancer') throw invalid(`Look up the endpoint ${KIND_NOUNS[kind]} serves: it is drawn in front of that endpoint.`);
  if (kind === 'lineage-entity') throw invalid('Write a lineage entity as its ARN (arn:aws:sagemaker:…:artifact/…, context/…, action/…).');
  return { type: 'name', name: text, kinds: kind ? [kind] : [...NAME_ORDER] };
}
