import type { EndpointDetail } from '../../../../../shared/domain/endpoints';
import { deploySchema, type DeployInput } from '../../../../../shared/validation/endpoints';
import { zodFieldErrors, type FieldErrors } from '../../live/field-errors';

export type StrategyType = 'allAtOnce' | 'canary' | 'linear';
export type SizeType = 'INSTANCE_COUNT' | 'CAPACITY_PERCENT';

/** The deploy form as typed: numbers stay text until sent, so nothing half-typed is lost. */
export interface DeployDraft {
  endpointName: string;
  group: string;
  modelPackageArn: string;
  override: boolean;
  reason: string;
  instanceType: string;
  instanceCount: string;
  strategy: StrategyType;
  sizeType: SizeType;
  sizeValue: string;
  waitSeconds: string;
  terminationWaitSeconds: string;
  maximumExecutionTimeoutSeconds: string;
  rollbackAlarms: string[];
}

/** `…:model-package/<group>/<version>` → its group. */
export function groupOfArn(arn: string | undefined): string {
  return arn?.match(/:model-package\/([^/]+)\/\d+$/)?.[1] ?? '';
}

/** A new deployment starts from what the endpoint serves now (type, count, group), or plain defaults. */
export function initialDraft(
  name: string | undefined,
  version: string | undefined,
  endpoint: EndpointDetail | undefined,
): DeployDraft {
  const serving = endpoint?.variants[0];
  const count = serving?.desiredInstanceCount ?? serving?.currentInstanceCount ?? 2;
  return {
    endpointName: name ?? '',
    group: groupOfArn(version) || serving?.modelVersion?.group || '',
    modelPackageArn: version ?? '',
    override: false,
    reason: '',
    instanceType: serving?.instanceType ?? 'ml.m5.large',
    instanceCount: String(count),
    // A canary is the safe default on a serving endpoint; a new endpoint has no traffic to protect.
    strategy: endpoint ? 'canary' : 'allAtOnce',
    sizeType: 'INSTANCE_COUNT',
    sizeValue: '1',
    waitSeconds: endpoint ? '300' : '0',
    terminationWaitSeconds: '0',
    maximumExecutionTimeoutSeconds: '',
    rollbackAlarms: endpoint?.lastDeployment?.rollbackAlarms ?? [],
  };
}

const numberOf = (text: string) => (text.trim() === '' ? Number.NaN : Number(text));

/** The request the draft makes, checked with the contract's schema (AWS's ranges) before anything is sent. */
export function deployRequest(draft: DeployDraft): { input?: DeployInput; errors: FieldErrors } {
  const waitSeconds = numberOf(draft.waitSeconds);
  const size = { type: draft.sizeType, value: numberOf(draft.sizeValue) };
  const strategy =
    draft.strategy === 'canary'
      ? { type: 'canary' as const, canarySize: size, waitSeconds }
      : draft.strategy === 'linear'
        ? { type: 'linear' as const, stepSize: size, waitSeconds }
        : { type: 'allAtOnce' as const, waitSeconds };
  const input: DeployInput = {
    endpointName: draft.endpointName.trim(),
    modelPackageArn: draft.modelPackageArn,
    override: draft.override,
    ...(draft.override ? { reason: draft.reason } : {}),
    instanceType: draft.instanceType.trim(),
    instanceCount: numberOf(draft.instanceCount),
    strategy,
    terminationWaitSeconds: numberOf(draft.terminationWaitSeconds),
    ...(draft.maximumExecutionTimeoutSeconds.trim()
      ? { maximumExecutionTimeoutSeconds: numberOf(draft.maximumExecutionTimeoutSeconds) }
      : {}),
    rollbackAlarms: draft.rollbackAlarms,
  };
  const parsed = deploySchema.safeParse(input);
  if (parsed.success) return { input, errors: {} };
  const errors = zodFieldErrors(parsed.error);
  const sizePath = draft.strategy === 'canary' ? 'strategy.canarySize.value' : 'strategy.stepSize.value';
  const numeric: [string, string][] = [
    ['instanceCount', draft.instanceCount],
    ['strategy.waitSeconds', draft.waitSeconds],
    ['terminationWaitSeconds', draft.terminationWaitSeconds],
    ...(draft.strategy === 'allAtOnce' ? [] : ([[sizePath, draft.sizeValue]] as [string, string][])),
  ];
  // zod's words for NaN say nothing useful to a user.
  for (const [path, text] of numeric) if (Number.isNaN(numberOf(text))) errors[path] = 'Enter a number.';
  return { errors };
}
