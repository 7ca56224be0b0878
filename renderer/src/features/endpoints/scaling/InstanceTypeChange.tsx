import Alert from '@cloudscape-design/components/alert';
import Autosuggest from '@cloudscape-design/components/autosuggest';
import Box from '@cloudscape-design/components/box';
import Button from '@cloudscape-design/components/button';
import FormField from '@cloudscape-design/components/form-field';
import SpaceBetween from '@cloudscape-design/components/space-between';
import { useState } from 'react';
import type { InstanceTypeChangeResult, VariantScaling } from '../../../../../shared/domain/endpoints';
import { hostingInstanceTypeSchema } from '../../../../../shared/validation/endpoints';
import { HOSTING_INSTANCE_TYPES } from '../../../../../shared/validation/hosting-instance-types';
import { ErrorNotice } from '../../../components/ErrorNotice';
import { useSageMutation } from '../../live/use-sage-mutation';
import { deploymentHref } from '../endpoint-routes';
import { CostPreview } from './CostPreview';

const OPTIONS = HOSTING_INSTANCE_TYPES.map((value) => ({ value }));

function Done({ endpointName, result }: { endpointName: string; result: InstanceTypeChangeResult }) {
  const scaling =
    result.scaling === 'pending'
      ? `Autoscaling (${result.reRegister?.minCapacity ?? '?'}–${result.reRegister?.maxCapacity ?? '?'} instances) is registered again when the update ends.`
      : result.scaling === 'registered'
        ? 'Autoscaling is registered again.'
        : 'The variant had no autoscaling to restore.';
  return (
    <Alert
      type="success"
      header="Instance type change started"
      data-testid="instance-type-started"
      action={<Button href={deploymentHref(endpointName)}>Follow the update</Button>}
    >
      {endpointName} moves to config {result.configName}. {scaling}
    </Alert>
  );
}

/**
 * Changing an autoscaled variant's instance type the way AWS requires: deregister the scalable
 * target, update the endpoint to a copy of its config with the new type, register the target and
 * its policies again once the endpoint is in service. One guided operation, confirmed once.
 */
export function InstanceTypeChange({ endpointName, scaling }: { endpointName: string; scaling: VariantScaling }) {
  const [type, setType] = useState('');
  const [result, setResult] = useState<InstanceTypeChangeResult>();
  const change = useSageMutation('endpoints.changeInstanceType', {
    invalidate: ['endpoints.scaling', 'endpoints.describe', 'endpoints.list'],
  });
  const valid = hostingInstanceTypeSchema.safeParse(type);
  const same = type === scaling.instanceType;
  const problem =
    type === ''
      ? undefined
      : !valid.success
        ? valid.error.issues[0]?.message
        : same
          ? `The variant already runs on ${type}.`
          : undefined;
  const min = scaling.target?.minCapacity ?? scaling.currentInstanceCount ?? 1;
  const max = scaling.target?.maxCapacity ?? scaling.currentInstanceCount ?? 1;

  if (result) return <Done endpointName={endpointName} result={result} />;
  return (
    <SpaceBetween size="m">
      <Box variant="p">
        Now {scaling.instanceType ?? 'not known'}.{' '}
        {scaling.target
          ? 'AWS refuses an instance type change while the variant is registered for autoscaling, so SageDeck does it in three steps:'
          : 'The endpoint is updated to a copy of its config with the new type:'}
      </Box>
      {scaling.target && (
        <ol data-testid="instance-type-steps">
          <li>
            deregister the scalable target ({scaling.target.minCapacity}–{scaling.target.maxCapacity} instances,{' '}
            {scaling.policies.length} polic{scaling.policies.length === 1 ? 'y' : 'ies'});
          </li>
          <li>update the endpoint to a copy of its config with the new type (blue/green, no downtime);</li>
          <li>register the target and its policies again once the endpoint is in service.</li>
        </ol>
      )}
      <FormField
        label="New instance type"
        errorText={problem ?? change.fieldErrors.instanceType}
        data-testid="instance-type-formfield"
      >
        <Autosuggest
          value={type}
          onChange={({ detail }) => setType(detail.value)}
          options={OPTIONS}
          enteredTextLabel={(value) => `Use ${value}`}
          clearAriaLabel="Clear the instance type"
          placeholder="ml.m5.xlarge"
          empty="No instance type matches"
          data-testid="instance-type-input"
        />
      </FormField>
      {valid.success && !same && (
        <CostPreview instanceType={type} minCapacity={min} maxCapacity={max} testId="instance-type-cost" />
      )}
      {change.formError && <ErrorNotice error={change.error} title="The instance type could not be changed" />}
      <Button
        disabled={!valid.success || same}
        loading={change.isPending}
        data-testid="instance-type-submit"
        onClick={() =>
          void change
            .run({ endpointName, variantName: scaling.variantName, instanceType: type })
            .then((done) => done && setResult(done))
        }
      >
        Change instance type
      </Button>
    </SpaceBetween>
  );
}
