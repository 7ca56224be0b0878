import type { VariantScaling } from '../../../../../shared/domain/endpoints';
import { setScalingSchema, type SetScalingInput } from '../../../../../shared/validation/endpoints';
import { zodFieldErrors, type FieldErrors } from '../../live/field-errors';

/** The form's text as typed: numbers stay strings until sent, so a half-typed value is never lost. */
export interface ScalingDraft {
  minCapacity: string;
  maxCapacity: string;
  withPolicy: boolean;
  policyName: string;
  targetValue: string;
  scaleInCooldownSeconds: string;
  scaleOutCooldownSeconds: string;
  disableScaleIn: boolean;
}

/** Starts from what AWS holds: the target's capacities and the first target-tracking policy. */
export function draftFrom(endpointName: string, scaling: VariantScaling): ScalingDraft {
  const policy = scaling.policies.find((candidate) => candidate.policyType === 'TargetTrackingScaling');
  const count = scaling.currentInstanceCount ?? 1;
  return {
    minCapacity: String(scaling.target?.minCapacity ?? count),
    maxCapacity: String(scaling.target?.maxCapacity ?? count),
    withPolicy: policy !== undefined || scaling.target === undefined,
    policyName: policy?.policyName ?? `${endpointName}-${scaling.variantName}-invocations`,
    targetValue: String(policy?.targetValue ?? 750),
    scaleInCooldownSeconds: String(policy?.scaleInCooldownSeconds ?? 300),
    scaleOutCooldownSeconds: String(policy?.scaleOutCooldownSeconds ?? 300),
    disableScaleIn: policy?.disableScaleIn ?? false,
  };
}

// An empty box is "not a number", not 0: Number('') would pass a minimum of 0.
const numberOf = (text: string) => (text.trim() === '' ? Number.NaN : Number(text));

/** The request the draft makes, checked with the contract's schema; field errors keyed as the host keys them. */
export function scalingRequest(
  endpointName: string,
  variantName: string,
  draft: ScalingDraft,
): { input?: SetScalingInput; errors: FieldErrors } {
  const input = {
    endpointName,
    variantName,
    minCapacity: numberOf(draft.minCapacity),
    maxCapacity: numberOf(draft.maxCapacity),
    ...(draft.withPolicy
      ? {
          policy: {
            policyName: draft.policyName,
            targetValue: numberOf(draft.targetValue),
            scaleInCooldownSeconds: numberOf(draft.scaleInCooldownSeconds),
            scaleOutCooldownSeconds: numberOf(draft.scaleOutCooldownSeconds),
            disableScaleIn: draft.disableScaleIn,
          },
        }
      : {}),
  };
  const parsed = setScalingSchema.safeParse(input);
  if (parsed.success) return { input, errors: {} };
  const errors = zodFieldErrors(parsed.error);
  // zod's words for NaN ("expected number, received NaN") say nothing useful to a user.
  const numeric: [string, string][] = [
    ['minCapacity', draft.minCapacity],
    ['maxCapacity', draft.maxCapacity],
    ...(draft.withPolicy
      ? ([
          ['policy.targetValue', draft.targetValue],
          ['policy.scaleInCooldownSeconds', draft.scaleInCooldownSeconds],
          ['policy.scaleOutCooldownSeconds', draft.scaleOutCooldownSeconds],
        ] as [string, string][])
      : []),
  ];
  for (const [path, text] of numeric) if (Number.isNaN(numberOf(text))) errors[path] = 'Enter a number.';
  return { errors };
}
