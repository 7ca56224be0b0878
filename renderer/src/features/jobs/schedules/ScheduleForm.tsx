import Button from '@cloudscape-design/components/button';
import Checkbox from '@cloudscape-design/components/checkbox';
import Container from '@cloudscape-design/components/container';
import Form from '@cloudscape-design/components/form';
import FormField from '@cloudscape-design/components/form-field';
import Header from '@cloudscape-design/components/header';
import Input from '@cloudscape-design/components/input';
import Select from '@cloudscape-design/components/select';
import SpaceBetween from '@cloudscape-design/components/space-between';
import { useState, type ReactNode } from 'react';
import { navigateHref } from '../../../app/hash-route';
import { messageFor, type FieldErrors } from '../../live/field-errors';
import { useSageMutation } from '../../live/use-sage-mutation';
import { useSessionQuery } from '../../use-session-query';
import { schedulesHref, type ScheduleSource } from '../job-routes';
import { useFormSource, useJobSource, type ResolvedSource } from './use-schedule-source';
import { emptyScheduleDraft, suggestedJobNamePattern, validateSchedule, type ScheduleDraft } from './schedule-draft';

const TEXT_FIELDS: { path: keyof ScheduleDraft; label: string; description?: string }[] = [
  { path: 'name', label: 'Schedule name' },
  { path: 'expression', label: 'Expression', description: 'rate(1 day), cron(0 2 * * ? *) or at(2026-12-24T10:00:00).' },
  { path: 'timezone', label: 'Time zone', description: 'IANA name, e.g. UTC or Europe/Paris.' },
  { path: 'schedulerRoleArn', label: 'Scheduler role ARN', description: 'The role EventBridge Scheduler assumes to start the job.' },
  { path: 'jobNamePattern', label: 'Job name pattern', description: 'Must include <aws.scheduler.execution-id>: every run needs a unique job name.' },
  { path: 'description', label: 'Description (optional)' },
];

// Where each form field's errors come from in the schedule input.
const ERROR_PATH: Partial<Record<keyof ScheduleDraft, string>> = { jobNamePattern: 'job.name' };

function TemplateSource({ template }: { template?: string | undefined }) {
  const templates = useSessionQuery('jobs.listTemplates', {});
  const processing = (templates.data ?? []).filter((candidate) => candidate.input.kind === 'processing');
  const [sourceId, setSourceId] = useState(template);
  const chosen = processing.find((candidate) => candidate.id === sourceId);
  const picker = (errors: FieldErrors) => (
    <FormField key="source" label="Template" errorText={errors.source} description="Save one from the processing start form.">
      <Select
        data-testid="schedule-field-template"
        selectedOption={chosen ? { value: chosen.id, label: chosen.name } : null}
        options={processing.map((candidate) => ({ value: candidate.id, label: candidate.name }))}
        placeholder={templates.isPending ? 'Loading templates…' : 'Choose a processing template'}
        empty="No processing templates yet"
        onChange={({ detail }) => setSourceId(detail.selectedOption.value)}
      />
    </FormField>
  );
  const source = chosen ? { input: chosen.input, label: chosen.name, pattern: suggestedJobNamePattern(chosen.name) } : {};
  return <ScheduleFormBody source={source} picker={picker} />;
}

function JobSource({ name }: { name: string }) {
  return <ScheduleFormBody source={useJobSource(name)} />;
}

function DraftSource({ storeKey }: { storeKey: string }) {
  return <ScheduleFormBody source={useFormSource(storeKey)} />;
}

/**
 * `#/processing/schedules/new`: a schedule that starts a processing job from a saved template
 * (`?template=<id>`), from a job's detail (`?job=<name>`) or from the start form (`?form=<draft key>`).
 */
export default function ScheduleForm({ from }: { from: ScheduleSource }) {
  if (from.job) return <JobSource name={from.job} />;
  if (from.form) return <DraftSource storeKey={from.form} />;
  return <TemplateSource template={from.template} />;
}

function ScheduleFormBody({ source, picker }: { source: ResolvedSource; picker?: (errors: FieldErrors) => ReactNode }) {
  const [draft, setDraft] = useState<ScheduleDraft>(emptyScheduleDraft);
  const [local, setLocal] = useState<FieldErrors>({});
  const create = useSageMutation('jobs.createSchedule', { invalidate: ['jobs.listSchedules'], onSuccess: () => navigateHref(schedulesHref()) });
  const errors = Object.keys(local).length > 0 ? local : create.fieldErrors;
  const pattern = draft.jobNamePattern || (source.pattern ?? '');

  const submit = () => {
    const checked = validateSchedule({ ...draft, jobNamePattern: pattern }, source.input);
    setLocal(checked.errors);
    if (checked.input) void create.run(checked.input);
  };
  const other = Object.keys(errors).filter((path) => path.startsWith('job.') && path !== 'job.name');

  return (
    <form data-testid="schedule-form" noValidate onSubmit={(event) => (event.preventDefault(), submit())}>
      <Form
        header={<Header variant="h1">Create a processing job schedule</Header>}
        errorText={create.formError ?? (other.length ? `The template's job is not valid: ${other.map((path) => `${path}: ${errors[path]}`).join('; ')}` : undefined)}
        actions={
          <SpaceBetween direction="horizontal" size="xs">
            {[
              <Button key="cancel" formAction="none" href={schedulesHref()}>
                Cancel
              </Button>,
              <Button key="submit" variant="primary" formAction="submit" loading={create.isPending} data-testid="schedule-form-submit">
                Create schedule
              </Button>,
            ]}
          </SpaceBetween>
        }
      >
        <Container>
          <SpaceBetween size="m">
            {[
              picker ? (
                picker(errors)
              ) : (
                <FormField key="source" label="Starts" errorText={source.problem ?? errors.source}>
                  <span data-testid="schedule-source">{source.pending ? 'Reading the job…' : (source.label ?? '-')}</span>
                </FormField>
              ),
              ...TEXT_FIELDS.map((field) => {
                const error = messageFor(errors, ERROR_PATH[field.path] ?? field.path);
                return (
                  <FormField key={field.path} label={field.label} description={field.description} errorText={error} data-testid={`schedule-formfield-${field.path}`}>
                    <Input
                      value={field.path === 'jobNamePattern' ? pattern : String(draft[field.path])}
                      invalid={error !== undefined}
                      data-testid={`schedule-field-${field.path}`}
                      onChange={({ detail }) => setDraft({ ...draft, [field.path]: detail.value })}
                    />
                  </FormField>
                );
              }),
              <Checkbox key="enabled" checked={draft.enabled} onChange={({ detail }) => setDraft({ ...draft, enabled: detail.checked })}>
                Enabled from the start
              </Checkbox>,
            ]}
          </SpaceBetween>
        </Container>
      </Form>
    </form>
  );
}
