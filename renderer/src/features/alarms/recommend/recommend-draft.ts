import { createRecommendedSchema, type CreateRecommendedInput } from '../../../../../shared/contract/alarms';
import type { RecommendedAlarm } from '../../../../../shared/domain/alarms';
import { zodFieldErrors, type FieldErrors } from '../../live/field-errors';

export interface RecommendRow {
  recommendation: RecommendedAlarm;
  selected: boolean;
  name: string;
  threshold: string;
}

export const rowKey = (r: Pick<RecommendedAlarm, 'kind' | 'variantName'>) => `${r.kind}-${r.variantName}`;

/** Those that do not exist yet are chosen; an existing one is offered, unchosen, as an overwrite. */
export function rowsOf(recommendations: readonly RecommendedAlarm[]): RecommendRow[] {
  return recommendations.map((recommendation) => ({
    recommendation,
    selected: !recommendation.exists,
    name: recommendation.name,
    threshold: String(recommendation.defaultThreshold),
  }));
}

/**
 * The request for the chosen rows, checked with the host's schema. Errors come back per row key
 * (`<kind>-<variant>.threshold`), since the schema's `alarms.<index>` counts chosen rows only.
 */
export function parseRows(endpointName: string, rows: readonly RecommendRow[], snsTopicArn: string): { input: CreateRecommendedInput } | { errors: FieldErrors } {
  const chosen = rows.filter((row) => row.selected);
  const parsed = createRecommendedSchema.safeParse({
    endpointName,
    alarms: chosen.map((row) => ({
      kind: row.recommendation.kind,
      variantName: row.recommendation.variantName,
      name: row.name,
      threshold: row.threshold.trim() === '' ? Number.NaN : Number(row.threshold),
    })),
    ...(snsTopicArn.trim() ? { snsTopicArn } : {}),
  });
  if (parsed.success) return { input: parsed.data };
  return { errors: byRow(zodFieldErrors(parsed.error), chosen) };
}

/** `alarms.2.threshold` → `<kind>-<variant>.threshold` of the third chosen row; other paths unchanged. */
export function byRow(errors: FieldErrors, chosen: readonly RecommendRow[]): FieldErrors {
  const out: FieldErrors = {};
  for (const [path, message] of Object.entries(errors)) {
    const match = /^alarms\.(\d+)\.(.+)$/.exec(path);
    const row = match ? chosen[Number(match[1])] : undefined;
    out[row && match ? `${rowKey(row.recommendation)}.${match[2]}` : path] = message;
  }
  return out;
}
