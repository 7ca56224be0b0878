import Button from '@cloudscape-design/components/button';
import Checkbox from '@cloudscape-design/components/checkbox';
import ColumnLayout from '@cloudscape-design/components/column-layout';
import Form from '@cloudscape-design/components/form';
import FormField from '@cloudscape-design/components/form-field';
import Input from '@cloudscape-design/components/input';
import SpaceBetween from '@cloudscape-design/components/space-between';
import { useState } from 'react';
import type { VariantScaling } from '../../../../../shared/domain/endpoints';
import { messageFor, type FieldErrors } from '../../live/field-errors';
import { useSageMutation } from '../../live/use-sage-mutation';
import { CostPreview } from './CostPreview';
import { draftFrom, scalingRequest, type ScalingDraft } from './scaling-draft';

type TextKey =
  'minCapacity' | 'maxCapacity' | 'policyName' | 'targetValue' | 'scaleInCooldownSeconds' | 'scaleOutCooldownSeconds';

/** Edits a variant's min/max and target-tracking policy, with the cost at min and max before saving. */
export function ScalingForm({ endpointName, scaling }: { endpointName: string; scaling: VariantScaling }) {
  const [draft, setDraft] = useState<ScalingDraft>(() => draftFrom(endpointName, scaling));
  const [local, setLocal] = useState<FieldErrors>({});
  const [saved, setSaved] = useState(false);
  const save = useSageMutation('endpoints.setScaling', {
    invalidate: ['endpoints.scaling', 'endpoints.describe', 'endpoints.list'],
  });
  const errors = { ...save.fieldErrors, ...local };
  const set = (patch: Partial<ScalingDraft>) => {
    setSaved(false);
    setDraft((current) => ({ ...current, ...patch }));
  };

  const field = (key: TextKey, label: string, path: string, description?: string) => (
    <FormField
      label={label}
      description={description}
      errorText={messageFor(errors, path)}
      data-testid={`scaling-formfield-${key}`}
    >
      <Input
        value={draft[key]}
        onChange={({ detail }) => set({ [key]: detail.value })}
        inputMode={key === 'policyName' ? 'text' : 'numeric'}
        data-testid={`scaling-field-${key}`}
      />
    </FormField>
  );
  const submit = () => {
    const { input, errors: found } = scalingRequest(endpointName, scaling.variantName, draft);
    setLocal(found);
    if (!input) return;
    void save.run(input).then((result) => result && setSaved(true));
  };

  return (
    <form
      data-testid="scaling-form"
      onSubmit={(event) => {
        event.preventDefault();
        submit();
      }}
    >
      <Form
        actions={
          <Button variant="primary" formAction="submit" loading={save.isPending} data-testid="scaling-save">
            Save autoscaling
          </Button>
        }
        errorText={save.formError}
      >
        <SpaceBetween size="m">
          <ColumnLayout columns={2}>
            {field('minCapacity', 'Minimum instances', 'minCapacity')}
            {field('maxCapacity', 'Maximum instances', 'maxCapacity')}
          </ColumnLayout>
          <Checkbox
            checked={draft.withPolicy}
            onChange={({ detail }) => set({ withPolicy: detail.checked })}
            description="Scales on SageMakerVariantInvocationsPerInstance."
          >
            Target-tracking policy
          </Checkbox>
          {draft.withPolicy && (
            <ColumnLayout columns={2}>
              {field('policyName', 'Policy name', 'policy.policyName')}
              {field('targetValue', 'Target invocations per instance per minute', 'policy.targetValue')}
              {field('scaleOutCooldownSeconds', 'Scale-out cooldown (seconds)', 'policy.scaleOutCooldownSeconds')}
              {field('scaleInCooldownSeconds', 'Scale-in cooldown (seconds)', 'policy.scaleInCooldownSeconds')}
              <Checkbox
                checked={draft.disableScaleIn}
                onChange={({ detail }) => set({ disableScaleIn: detail.checked })}
              >
                Disable scale-in (never remove instances)
              </Checkbox>
            </ColumnLayout>
          )}
          <CostPreview
            instanceType={scaling.instanceType}
            minCapacity={Number(draft.minCapacity)}
            maxCapacity={Number(draft.maxCapacity)}
            testId="scaling-cost"
          />
          {saved && (
            <div role="status" data-testid="scaling-saved">
              Saved: {scaling.variantName} scales between {draft.minCapacity} and {draft.maxCapacity} instances.
            </div>
          )}
        </SpaceBetween>
      </Form>
    </form>
  );
}
