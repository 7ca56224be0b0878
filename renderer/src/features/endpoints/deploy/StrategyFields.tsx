import ColumnLayout from '@cloudscape-design/components/column-layout';
import FormField from '@cloudscape-design/components/form-field';
import Input from '@cloudscape-design/components/input';
import RadioGroup from '@cloudscape-design/components/radio-group';
import SegmentedControl from '@cloudscape-design/components/segmented-control';
import SpaceBetween from '@cloudscape-design/components/space-between';
import { messageFor, type FieldErrors } from '../../live/field-errors';
import type { DeployDraft, SizeType, StrategyType } from './deploy-draft';

interface Props {
  draft: DeployDraft;
  set: (patch: Partial<DeployDraft>) => void;
  errors: FieldErrors;
  /** A new endpoint has no old fleet: the strategy does not apply. */
  existing: boolean;
}

const STRATEGIES = [
  {
    value: 'allAtOnce',
    label: 'Blue/green, all at once',
    description: 'The new fleet takes all traffic when ready, then bakes before the old one goes.',
  },
  {
    value: 'canary',
    label: 'Canary',
    description: 'A small share first (at most 50% of the new fleet), bake, then the rest.',
  },
  { value: 'linear', label: 'Linear', description: 'Equal steps of 10–50% of the new fleet, baking after each.' },
];

/** Blue/green strategy: kind, step or canary size, bake time and the waits, within AWS's ranges. */
export function StrategyFields({ draft, set, errors, existing }: Props) {
  if (!existing) return <p>A new endpoint is created directly; strategies apply to updates of a serving endpoint.</p>;
  const sizePath = draft.strategy === 'canary' ? 'strategy.canarySize.value' : 'strategy.stepSize.value';
  const text = (
    key: 'sizeValue' | 'waitSeconds' | 'terminationWaitSeconds' | 'maximumExecutionTimeoutSeconds',
    label: string,
    path: string,
    description?: string,
  ) => (
    <FormField
      label={label}
      description={description}
      errorText={messageFor(errors, path)}
      data-testid={`deploy-formfield-${key}`}
    >
      <Input
        value={draft[key]}
        inputMode="numeric"
        onChange={({ detail }) => set({ [key]: detail.value })}
        data-testid={`deploy-field-${key}`}
      />
    </FormField>
  );
  return (
    <SpaceBetween size="m">
      <FormField label="Strategy" errorText={messageFor(errors, 'strategy')}>
        <RadioGroup
          value={draft.strategy}
          onChange={({ detail }) => set({ strategy: detail.value as StrategyType })}
          items={STRATEGIES}
          data-testid="deploy-field-strategy"
        />
      </FormField>
      {draft.strategy !== 'allAtOnce' && (
        <ColumnLayout columns={2}>
          <FormField label={draft.strategy === 'canary' ? 'Canary size in' : 'Step size in'}>
            <SegmentedControl
              label={draft.strategy === 'canary' ? 'Canary size in' : 'Step size in'}
              selectedId={draft.sizeType}
              onChange={({ detail }) => set({ sizeType: detail.selectedId as SizeType })}
              options={[
                { id: 'INSTANCE_COUNT', text: 'Instances' },
                { id: 'CAPACITY_PERCENT', text: 'Percent' },
              ]}
            />
          </FormField>
          {text(
            'sizeValue',
            draft.strategy === 'canary' ? 'Canary size' : 'Step size',
            sizePath,
            draft.sizeType === 'CAPACITY_PERCENT' ? 'Percent of the new fleet.' : 'Instances of the new fleet.',
          )}
        </ColumnLayout>
      )}
      <ColumnLayout columns={3}>
        {text('waitSeconds', 'Bake time (seconds)', 'strategy.waitSeconds', '0–3,600: how long each step is watched.')}
        {text(
          'terminationWaitSeconds',
          'Old fleet kept for (seconds)',
          'terminationWaitSeconds',
          '0–3,600 after the shift.',
        )}
        {text(
          'maximumExecutionTimeoutSeconds',
          'Deployment timeout (seconds, optional)',
          'maximumExecutionTimeoutSeconds',
          '600–28,800, longer than every wait.',
        )}
      </ColumnLayout>
    </SpaceBetween>
  );
}
