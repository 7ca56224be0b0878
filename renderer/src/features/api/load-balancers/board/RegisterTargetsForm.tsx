import Button from '@cloudscape-design/components/button';
import Form from '@cloudscape-design/components/form';
import FormField from '@cloudscape-design/components/form-field';
import Input from '@cloudscape-design/components/input';
import SpaceBetween from '@cloudscape-design/components/space-between';
import { useState } from 'react';
import type { TargetGroupView } from '../../../../../../shared/domain/load-balancers';
import { askNotificationPermissionOnce } from '../../../jobs/notifications/permission';
import { messageFor, type FieldErrors } from '../../../live/field-errors';
import { useSageMutation } from '../../../live/use-sage-mutation';
import { emptyTarget, parseTargets, type TargetDraft } from './register-draft';

/** Row 0 keeps the plain test ids the e2e types into; later rows are numbered. */
const idFor = (base: string, index: number) => (index === 0 ? base : `${base}-${index}`);

const ID_HINT: Record<string, string> = {
  instance: 'An EC2 instance id, like i-0a1b2c3d4e5f60004.',
  ip: 'An IPv4 or IPv6 address in the VPC (or anywhere, with zone "all").',
  lambda: 'A Lambda function ARN.',
};

/**
 * Register one or more targets (instance id, IP or Lambda ARN, port, optional zone), checked with the
 * contract's schema before sending. The host asks for confirmation and journals it; the rows stay as
 * typed until AWS accepted them.
 */
export function RegisterTargetsForm({ group, onDone }: { group: TargetGroupView; onDone: () => void }) {
  const [rows, setRows] = useState<TargetDraft[]>(() => [emptyTarget(group.port)]);
  const [checked, setChecked] = useState<FieldErrors>({});
  const register = useSageMutation('loadBalancers.registerTargets', {
    invalidate: ['loadBalancers.targets', 'loadBalancers.describe', 'loadBalancers.list'],
    onSuccess: onDone,
  });
  const errorOf = (path: string) => messageFor(checked, path) ?? messageFor(register.fieldErrors, path);
  const set = (index: number, field: keyof TargetDraft) => (value: string) =>
    setRows((current) => current.map((row, at) => (at === index ? { ...row, [field]: value } : row)));
  const lambda = group.targetType === 'lambda';

  const submit = () => {
    askNotificationPermissionOnce();
    const parsed = parseTargets(group.arn, rows);
    if ('errors' in parsed) {
      setChecked(parsed.errors);
      return;
    }
    setChecked({});
    register.reset();
    void register.run(parsed.input);
  };

  return (
    <form
      data-testid="register-targets-form"
      aria-label={`Register targets in ${group.name}`}
      onSubmit={(event) => {
        event.preventDefault();
        submit();
      }}
    >
      <Form
        errorText={register.formError ?? messageFor(checked, 'targets')}
        errorIconAriaLabel="Error"
        actions={
          <SpaceBetween direction="horizontal" size="xs">
            <Button formAction="none" onClick={onDone} disabled={register.isPending}>
              Cancel
            </Button>
            <Button variant="primary" loading={register.isPending} data-testid="register-targets-submit">
              Register {rows.length === 1 ? 'target' : `${rows.length} targets`}
            </Button>
          </SpaceBetween>
        }
      >
        <SpaceBetween size="s">
          {rows.map((row, index) => (
            <div className="lb-target-row" key={index}>
              <FormField label={`Target ${index + 1}`} description={ID_HINT[group.targetType] ?? ID_HINT.instance} errorText={errorOf(`targets.${index}.id`)}>
                <Input value={row.id} onChange={({ detail }) => set(index, 'id')(detail.value)} ariaLabel={`Target ${index + 1}`} data-testid={idFor('register-target-id', index)} />
              </FormField>
              {!lambda && (
                <FormField label="Port" errorText={errorOf(`targets.${index}.port`)}>
                  <Input type="number" inputMode="numeric" value={row.port} onChange={({ detail }) => set(index, 'port')(detail.value)} ariaLabel={`Port of target ${index + 1}`} data-testid={idFor('register-target-port', index)} />
                </FormField>
              )}
              {!lambda && (
                <FormField label="Availability Zone (optional)" errorText={errorOf(`targets.${index}.availabilityZone`)}>
                  <Input value={row.availabilityZone} onChange={({ detail }) => set(index, 'availabilityZone')(detail.value)} ariaLabel={`Availability Zone of target ${index + 1}`} data-testid={idFor('register-target-az', index)} />
                </FormField>
              )}
              {rows.length > 1 && (
                <Button formAction="none" variant="icon" iconName="remove" ariaLabel={`Remove target ${index + 1}`} onClick={() => {
                    setChecked({});
                    setRows((current) => current.filter((_, at) => at !== index));
                  }} />
              )}
            </div>
          ))}
          <Button formAction="none" iconName="add-plus" onClick={() => setRows((current) => [...current, emptyTarget(group.port)])} data-testid="register-target-add">
            Add another target
          </Button>
        </SpaceBetween>
      </Form>
    </form>
  );
}
