/**
 * The sandbox's stand-in for a deployed XGBoost churn model: a fixed logistic function of the
 * features, so the same input always gets the same probability. Columns, in order:
 * tenure_months, monthly_charges, support_calls, contract_months; any further columns nudge the
 * score a little each. Longer tenure and contracts lower the churn risk, charges and calls raise it.
 */
const WEIGHTS = [-0.045, 0.028, 0.42, -0.055];
const EXTRA_WEIGHT = 0.01;
const BIAS = -1.1;

export function churnProbability(features: number[]): number {
  let z = BIAS;
  features.forEach((x, i) => {
    z += (WEIGHTS[i] ?? EXTRA_WEIGHT) * x;
  });
  const p = 1 / (1 + Math.exp(-z));
  return Math.round(p * 1e8) / 1e8;
}
