import type { LineageEdgeSource, LineageKind } from '../../../../shared/domain/lineage';

/** The stage's word on a card and in the list. */
export const KIND_LABELS: Record<LineageKind, string> = {
  s3: 'S3 data',
  'processing-job': 'Processing job',
  'training-job': 'Training job',
  'model-artifact': 'Model artifacts',
  'model-package': 'Model version',
  model: 'Model',
  'endpoint-config': 'Endpoint config',
  endpoint: 'Endpoint',
  api: 'REST API',
  'load-balancer': 'Load balancer',
  image: 'Container image',
  'lineage-entity': 'Lineage entity',
};

/** A small mark beside the word, decorative (the word says it). */
export const KIND_MARKS: Record<LineageKind, string> = {
  s3: '▤',
  'processing-job': '⚙',
  'training-job': '⚙',
  'model-artifact': '◆',
  'model-package': '▣',
  model: '◈',
  'endpoint-config': '☰',
  endpoint: '⇥',
  api: '⇄',
  'load-balancer': '⋔',
  image: '⬚',
  'lineage-entity': '○',
};

export const SOURCE_LABELS: Record<LineageEdgeSource, string> = {
  description: 'From the descriptions',
  association: 'AWS lineage association',
};

export type StatusTone = 'success' | 'progress' | 'error' | 'stopped' | 'neutral';

const TONES: [RegExp, StatusTone][] = [
  [/^(InService|Completed|Approved|Available|Succeeded|active|Deployed)$/, 'success'],
  [/^(Failed|Rejected|OutOfService|failed|active_impaired)$/, 'error'],
  [/^(Stopped|Deleted)$/, 'stopped'],
  [/(Progress|Creating|Updating|Pending|Stopping|Deleting|RollingBack|Starting|provisioning)/, 'progress'],
];

/** The colour family of an AWS status word; the word itself is always shown next to it. */
export function statusTone(status: string | undefined): StatusTone {
  if (!status) return 'neutral';
  return TONES.find(([pattern]) => pattern.test(status))?.[1] ?? 'neutral';
}

export const TONE_MARKS: Record<StatusTone, string> = {
  success: '✓',
  progress: '↻',
  error: '✕',
  stopped: '■',
  neutral: '•',
};

/** Long names keep their start and end (an S3 prefix's last folder says most): `s3://bucket/…/train/`. */
export function shorten(text: string, max: number): string {
  if (text.length <= max) return text;
  const head = Math.ceil((max - 1) * 0.45);
  return `${text.slice(0, head)}…${text.slice(text.length - (max - 1 - head))}`;
}
