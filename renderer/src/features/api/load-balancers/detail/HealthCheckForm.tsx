import Button from '@cloudscape-design/components/button';
import ColumnLayout from '@cloudscape-design/components/column-layout';
import Form from '@cloudscape-design/components/form';
import FormField from '@cloudscape-design/components/form-field';
import Input from '@cloudscape-design/components/input';
import Select from '@cloudscape-design/components/select';
import SpaceBetween from '@cloudscape-design/components/space-between';
import { useState } from 'react';
import type { TargetGroupView } from '../../../../../../shared/domain/load-balancers';
import { messageFor, type FieldErrors } from '../../../live/field-errors';
import { useSageMutation } from '../../../live/use-sage-mutation';
import { draftOf, HEALTH_CHECK_PROTOCOLS, parseDraft, type HealthCheckDraft, type HealthCheckProtocol, type NumberField } from './health-check-draft';

const PROTOCOL_OPTIONS = HEALTH_CHECK_PROTOCOLS.map((value) => ({ value, label: value }));

const NUMBER_FIELDS: { field: NumberField; label: string; description: string; testId: string }[] = [
  { field: 'intervalSeconds', label: 'Interval (seconds)', description: '5 to 300; how often each target is checked.', testId: 'health-check-interval' },
  { field: 'timeoutSeconds', label: 'Timeout (seconds)', description: '2 to 120, shorter than the interval.', testId: 'health-check-timeout' },
  { field: 'healthyThreshold', label: 'Healthy threshold', description: 'Checks in a row that make a target healthy (2 to 10).', testId: 'health-check-healthy-threshold' },
  { field: 'unhealthyThreshold', label: 'Unhealthy threshold', description: 'Failures in a row that make it unhealthy (2 to 10).', testId: 'health-check-unhealthy-threshold' },
];

/**
 * Edit a target group's health check. Checked with the contract's schema before sending; the host
 * asks for confirmation; the host's or AWS's refusal shows next to its field; the draft stays as
 * typed until AWS accepted it.
 */
export function HealthCheckForm({ group, onDone }: { group: TargetGroupView; onDone: () => void }) {
  const [draft, setDraft] = useState<HealthCheckDraft>(() => draftOf(group.healthCheck));
  const [checked, setChecked] = useState<FieldErrors>({});
  const update = useSageMutation('loadBalancers.updateHealthCheck', { invalidate: ['loadBalancers.describe', 'loadBalancers.list'], onSuccess: onDone });
  const errorOf = (field: keyof HealthCheckDraft) => messageFor(checked, field) ?? messageFor(update.fieldErrors, `healthCheck.${field}`);
  const set = (field: keyof HealthCheckDraft) => (value: string) => setDraft((current) => ({ ...current, [field]: value }));
  const http = draft.protocol !== 'TCP';

  const save = () => {
    const parsed = parseDraft(group.arn, draft);
    if ('errors' in parsed) {
      setChecked(parsed.errors);
      return;
    }
    setChecked({});
    update.reset();
    void update.run(parsed.input);
  };

  const text = (field: 'port' | 'path' | 'matcher', label: string, description: string, testId: string) => (
    <FormField label={label} description={description} errorText={errorOf(field)}>
      <Input value={draft[field]} onChange={({ detail }) => set(field)(detail.value)} ariaLabel={label} data-testid={testId} />
    </FormField>
  );

  return (
    <form
      data-testid="health-check-form"
      aria-label={`Health check of ${group.name}`}
      onSubmit={(event) => {
        event.preventDefault();
        save();
      }}
    >
      <Form
        errorText={update.formError}
        errorIconAriaLabel="Error"
        actions={
          <SpaceBetween direction="horizontal" size="xs">
            <Button formAction="none" onClick={onDone} disabled={update.isPending}>
              Cancel
            </Button>
            <Button variant="primary" loading={update.isPending} data-testid="health-check-save">
              Save health check
            </Button>
          </SpaceBetween>
        }
      >
        <ColumnLayout columns={2}>
          <FormField label="Protocol" errorText={errorOf('protocol')}>
            <Select
              selectedOption={PROTOCOL_OPTIONS.find((option) => option.value === draft.protocol) ?? null}
              options={PROTOCOL_OPTIONS}
              onChange={({ detail }) => set('protocol')(detail.selectedOption.value as HealthCheckProtocol)}
              ariaLabel="Protocol"
              data-testid="health-check-protocol"
            />
          </FormField>
          {text('port', 'Port', 'traffic-port (the port each target receives traffic on) or a number.', 'health-check-port')}
          {http && text('path', 'Path', 'Starts with /, for example /ping.', 'health-check-path')}
          {http && text('matcher', 'Success codes', 'Like 200, 200,202 or 200-299.', 'health-check-matcher')}
          {NUMBER_FIELDS.map(({ field, label, description, testId }) => (
            <FormField key={field} label={label} description={description} errorText={errorOf(field)}>
              <Input type="number" inputMode="numeric" value={draft[field]} onChange={({ detail }) => set(field)(detail.value)} ariaLabel={label} data-testid={testId} />
            </FormField>
          ))}
        </ColumnLayout>
      </Form>
    </form>
  );
}
