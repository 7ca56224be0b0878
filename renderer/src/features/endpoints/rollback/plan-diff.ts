import type { HistoryVariant } from '../../../../../shared/domain/endpoints';
import { versionLabel } from '../endpoint-format';

export interface VariantChange {
  variantName: string;
  before: HistoryVariant | undefined;
  after: HistoryVariant | undefined;
  /** Each difference in words ("model version: churn-prediction v3 → churn-prediction v1"); empty when the variant stays as it is. */
  changes: string[];
}

const instancesOf = (variant: HistoryVariant) =>
  variant.instanceType ? `${variant.instanceType} × ${variant.instanceCount ?? '?'}` : 'serverless';

/** Variants before and after a rollback side by side, by name, with what changes on each. */
export function diffVariants(before: readonly HistoryVariant[], after: readonly HistoryVariant[]): VariantChange[] {
  const names = [...new Set([...before.map((v) => v.variantName), ...after.map((v) => v.variantName)])];
  return names.map((variantName) => {
    const was = before.find((v) => v.variantName === variantName);
    const will = after.find((v) => v.variantName === variantName);
    if (!was) return { variantName, before: undefined, after: will, changes: ['variant added'] };
    if (!will) return { variantName, before: was, after: undefined, changes: ['variant removed'] };
    const changes: string[] = [];
    const compare = (what: string, from: string, to: string) => {
      if (from !== to) changes.push(`${what}: ${from} → ${to}`);
    };
    compare(
      'model version',
      versionLabel(was.modelVersion, was.modelName),
      versionLabel(will.modelVersion, will.modelName),
    );
    compare('instances', instancesOf(was), instancesOf(will));
    compare('weight', String(was.weight ?? '-'), String(will.weight ?? '-'));
    return { variantName, before: was, after: will, changes };
  });
}

/** "churn-prediction v1" when every variant after the rollback serves one version; else the config's name. */
export function targetLabel(after: readonly HistoryVariant[], configName: string): string {
  const labels = [...new Set(after.map((variant) => versionLabel(variant.modelVersion, variant.modelName)))];
  return labels.length === 1 && labels[0] ? labels[0] : configName;
}
