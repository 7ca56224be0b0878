import { GetObjectCommand, type S3Client } from '@aws-sdk/client-s3';
import type { MetricsReport, VersionMetric } from '../../../../shared/domain/registry';

/** A statistics file larger than this is not a metrics report: it is not parsed. */
const MAX_REPORT_BYTES = 1_000_000;

/**
 * Numbers from a model quality statistics file in SageMaker's format
 * (`{ "binary_classification_metrics": { "auc": { "value": 0.91, "standard_deviation": … } } }`):
 * every object with a numeric `value`, named by its key.
 */
export function reportMetrics(json: unknown): VersionMetric[] {
  const found: VersionMetric[] = [];
  const visit = (node: unknown, name: string | undefined) => {
    if (typeof node !== 'object' || node === null || Array.isArray(node)) return;
    const value = (node as { value?: unknown }).value;
    if (name !== undefined && typeof value === 'number' && Number.isFinite(value)) {
      found.push({ name, value, source: 'model-metrics' });
      return;
    }
    for (const [key, child] of Object.entries(node)) visit(child, key);
  };
  visit(json, undefined);
  return found;
}

function bucketAndKey(uri: string): { Bucket: string; Key: string } | undefined {
  const match = /^s3:\/\/([^/]+)\/(.+)$/.exec(uri);
  return match ? { Bucket: match[1] ?? '', Key: match[2] ?? '' } : undefined;
}

/**
 * Reads the model quality statistics report (the one with metric values) for the version's detail.
 * A missing or unreadable file becomes a note beside the metrics, never a failed detail: the
 * package stays reviewable with the metrics its metadata carries.
 */
export async function readQualityReport(
  s3: S3Client,
  reports: MetricsReport[],
  signal: AbortSignal,
): Promise<{ metrics: VersionMetric[]; notes: string[] }> {
  const report = reports.find((candidate) => candidate.kind === 'ModelQuality.Statistics');
  const location = report ? bucketAndKey(report.s3Uri) : undefined;
  if (!report || !location) return { metrics: [], notes: [] };
  try {
    const object = await s3.send(new GetObjectCommand(location), { abortSignal: signal });
    const text = (await object.Body?.transformToString('utf-8')) ?? '';
    if (text.length > MAX_REPORT_BYTES) return { metrics: [], notes: [`The model quality statistics at ${report.s3Uri} are over 1 MB: not read.`] };
    return { metrics: reportMetrics(JSON.parse(text)), notes: [] };
  } catch (error) {
    const reason = error instanceof SyntaxError ? 'it is not JSON' : `${error instanceof Error ? error.name : 'Error'}: ${error instanceof Error ? error.message : String(error)}`;
    return { metrics: [], notes: [`The model quality statistics at ${report.s3Uri} could not be read (${reason}).`] };
  }
}
