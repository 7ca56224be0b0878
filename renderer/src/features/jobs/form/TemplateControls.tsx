import Button from '@cloudscape-design/components/button';
import ExpandableSection from '@cloudscape-design/components/expandable-section';
import FormField from '@cloudscape-design/components/form-field';
import Input from '@cloudscape-design/components/input';
import Select from '@cloudscape-design/components/select';
import SpaceBetween from '@cloudscape-design/components/space-between';
import { useState } from 'react';
import type { JobKind } from '../../../../../shared/domain/jobs';
import type { JobStartInput } from '../../../../../shared/validation/sagemaker';
import { navigateHref } from '../../../app/hash-route';
import { errorMessage } from '../../../components/ErrorNotice';
import { useSageMutation } from '../../live/use-sage-mutation';
import { useSessionQuery } from '../../use-session-query';
import { newJobHref } from '../job-routes';

/** Start from a saved template, save the current values as one, or delete one. */
export function TemplateControls({ kind, currentInput }: { kind: JobKind; currentInput: () => JobStartInput | undefined }) {
  const templates = useSessionQuery('jobs.listTemplates', {});
  const mine = (templates.data ?? []).filter((template) => template.input.kind === kind);
  const [selected, setSelected] = useState<string | undefined>();
  const [name, setName] = useState('');
  const [saved, setSaved] = useState<string | undefined>();
  const save = useSageMutation('jobs.saveTemplate', { invalidate: ['jobs.listTemplates'], onSuccess: (template) => setSaved(template.name) });
  const remove = useSageMutation('jobs.deleteTemplate', { invalidate: ['jobs.listTemplates'], onSuccess: () => setSelected(undefined) });
  const chosen = mine.find((template) => template.id === selected);

  return (
    <ExpandableSection headerText="Templates" variant="container" data-testid="job-templates">
      <SpaceBetween size="m">
        {[
          <FormField key="use" label="Start from a template" errorText={remove.error !== undefined ? errorMessage(remove.error) : undefined}>
            <SpaceBetween direction="horizontal" size="xs">
              {[
                <Select
                  key="select"
                  data-testid="job-template-select"
                  selectedOption={chosen ? { value: chosen.id, label: chosen.name } : null}
                  options={mine.map((template) => ({ value: template.id, label: template.name, description: `Saved ${template.savedAt}` }))}
                  placeholder={templates.isPending ? 'Loading templates…' : mine.length ? 'Choose a template' : 'No templates yet'}
                  empty="No templates yet"
                  onChange={({ detail }) => setSelected(detail.selectedOption.value)}
                />,
                <Button key="open" formAction="none" data-testid="job-template-use" disabled={!chosen} onClick={() => chosen && navigateHref(newJobHref(kind, { template: chosen.id }))}>
                  Use template
                </Button>,
                <Button
                  key="delete"
                  formAction="none"
                  data-testid="job-template-delete"
                  disabled={!chosen}
                  loading={remove.isPending}
                  onClick={() => chosen && void remove.run({ id: chosen.id, name: chosen.name })}
                >
                  Delete template
                </Button>,
              ]}
            </SpaceBetween>
          </FormField>,
          <FormField
            key="save"
            label="Save these values as a template"
            errorText={save.fieldErrors.name ?? (save.error !== undefined ? errorMessage(save.error) : undefined)}
            constraintText={saved ? `Saved "${saved}".` : undefined}
          >
            <SpaceBetween direction="horizontal" size="xs">
              {[
                <Input key="name" value={name} placeholder="Template name" ariaLabel="Template name" data-testid="job-template-name" onChange={({ detail }) => setName(detail.value)} />,
                <Button
                  key="save"
                  formAction="none"
                  data-testid="job-template-save"
                  loading={save.isPending}
                  onClick={() => {
                    setSaved(undefined);
                    const input = currentInput();
                    if (input) void save.run({ name: name.trim(), input });
                  }}
                >
                  Save as template
                </Button>,
              ]}
            </SpaceBetween>
          </FormField>,
        ]}
      </SpaceBetween>
    </ExpandableSection>
  );
}
