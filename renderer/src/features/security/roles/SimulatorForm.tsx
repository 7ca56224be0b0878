import Button from '@cloudscape-design/components/button';
import Form from '@cloudscape-design/components/form';
import FormField from '@cloudscape-design/components/form-field';
import Input from '@cloudscape-design/components/input';
import Select from '@cloudscape-design/components/select';
import SpaceBetween from '@cloudscape-design/components/space-between';
import { useState } from 'react';
import type { SimulationAnswer } from '../../../../../shared/domain/roles';
import { simulateSchema, type ContextEntryInput } from '../../../../../shared/validation/roles';
import { messageFor, zodFieldErrors, type FieldErrors } from '../../live/field-errors';
import { useSageMutation } from '../../live/use-sage-mutation';
import { SimulationResults } from './SimulationResults';

interface ContextDraft {
  key: string;
  type: ContextEntryInput['type'];
  values: string;
}

const TYPES = ['string', 'stringList', 'boolean', 'numeric', 'ip', 'date'] as const;
const splitList = (text: string) => text.split(/[\s,]+/).map((s) => s.trim()).filter(Boolean);

/** "Can this role do X on Y?": actions, resource ARNs and context entries, answered by IAM's simulator. */
export function SimulatorForm({ roleName }: { roleName: string }) {
  const [actions, setActions] = useState('');
  const [resources, setResources] = useState('');
  const [context, setContext] = useState<ContextDraft[]>([]);
  const [checked, setChecked] = useState<FieldErrors>({});
  const simulate = useSageMutation('roles.simulate');
  const [answer, setAnswer] = useState<SimulationAnswer>();
  const errorOf = (path: string) => messageFor(checked, path) ?? messageFor(simulate.fieldErrors, path);
  const setEntry = (index: number, patch: Partial<ContextDraft>) => setContext((rows) => rows.map((row, at) => (at === index ? { ...row, ...patch } : row)));

  const submit = () => {
    const resourceList = splitList(resources);
    const parsed = simulateSchema.safeParse({
      roleName,
      actions: splitList(actions),
      ...(resourceList.length ? { resources: resourceList } : {}),
      ...(context.length ? { context: context.map((c) => ({ key: c.key, type: c.type, values: splitList(c.values) })) } : {}),
    });
    if (!parsed.success) {
      setChecked(zodFieldErrors(parsed.error));
      return;
    }
    setChecked({});
    simulate.reset();
    setAnswer(undefined);
    void simulate.run(parsed.data).then(setAnswer);
  };

  return (
    <form
      data-testid="role-simulator"
      aria-label={`Simulate ${roleName}'s permissions`}
      onSubmit={(event) => {
        event.preventDefault();
        submit();
      }}
    >
      <Form
        actions={
          <Button variant="primary" formAction="submit" loading={simulate.isPending} data-testid="simulate-submit">
            Simulate
          </Button>
        }
        errorText={simulate.formError}
      >
        <SpaceBetween size="s">
          <FormField label="Actions" description="One or more, separated by commas: s3:GetObject, s3:DeleteBucket." errorText={errorOf('actions') ?? errorOf('actions.0')}>
            <Input value={actions} onChange={({ detail }) => setActions(detail.value)} placeholder="s3:DeleteBucket" data-testid="simulate-action" ariaLabel="Actions" />
          </FormField>
          <FormField label="Resources (optional)" description="ARNs separated by commas; empty means any (*)." errorText={errorOf('resources') ?? errorOf('resources.0')}>
            <Input value={resources} onChange={({ detail }) => setResources(detail.value)} placeholder="arn:aws:s3:::sagedeck-demo-churn-data" data-testid="simulate-resource" ariaLabel="Resources (optional)" />
          </FormField>
          {context.map((entry, index) => (
            <SpaceBetween key={index} size="xs" direction="horizontal">
              <FormField label={`Context key ${index + 1}`} errorText={errorOf(`context.${index}.key`)}>
                <Input value={entry.key} onChange={({ detail }) => setEntry(index, { key: detail.value })} placeholder="aws:SourceIp" data-testid={`simulate-context-key-${index}`} ariaLabel={`Context key ${index + 1}`} />
              </FormField>
              <FormField label={`Type ${index + 1}`}>
                <Select
                  selectedOption={{ value: entry.type, label: entry.type }}
                  options={TYPES.map((t) => ({ value: t, label: t }))}
                  onChange={({ detail }) => setEntry(index, { type: detail.selectedOption.value as ContextDraft['type'] })}
                  ariaLabel={`Type ${index + 1}`}
                />
              </FormField>
              <FormField label={`Values ${index + 1}`} errorText={errorOf(`context.${index}.values`)}>
                <Input value={entry.values} onChange={({ detail }) => setEntry(index, { values: detail.value })} placeholder="203.0.113.7" data-testid={`simulate-context-values-${index}`} ariaLabel={`Values ${index + 1}`} />
              </FormField>
              <Button variant="inline-link" formAction="none" onClick={() => setContext((rows) => rows.filter((_, at) => at !== index))} ariaLabel={`Remove context entry ${index + 1}`}>
                Remove
              </Button>
            </SpaceBetween>
          ))}
          <Button formAction="none" onClick={() => setContext((rows) => [...rows, { key: '', type: 'string', values: '' }])} data-testid="simulate-add-context">
            Add context entry
          </Button>
        </SpaceBetween>
      </Form>
      {answer && <SimulationResults answer={answer} />}
    </form>
  );
}
