import Alert from '@cloudscape-design/components/alert';
import Button from '@cloudscape-design/components/button';
import Checkbox from '@cloudscape-design/components/checkbox';
import Container from '@cloudscape-design/components/container';
import Form from '@cloudscape-design/components/form';
import FormField from '@cloudscape-design/components/form-field';
import Header from '@cloudscape-design/components/header';
import SpaceBetween from '@cloudscape-design/components/space-between';
import { useState } from 'react';
import type { JobKind } from '../../../../../shared/domain/jobs';
import { navigateHref } from '../../../app/hash-route';
import { messageFor, type FieldErrors } from '../../live/field-errors';
import { useSageMutation } from '../../live/use-sage-mutation';
import { jobHref, jobListHref, newScheduleHref } from '../job-routes';
import { askNotificationPermissionOnce } from '../notifications/permission';
import { useDraftStore } from './draft-store';
import { FLAG_FIELDS, INSTANCE_TYPES, ROW_FIELDS, SCALAR_FIELDS } from './field-specs';
import { blankRow, validateDraft, type JobDraft } from './job-draft';
import { RowsEditor } from './RowsEditor';
import { ScalarFieldInput } from './ScalarFieldInput';
import { TemplateControls } from './TemplateControls';

const NONE: FieldErrors = {};

/**
 * The start form over a stored draft: every keystroke lands in the draft store, so an error answer,
 * a trip to another screen or a reload loses nothing. Checked with the host's own zod schema first;
 * the host's or AWS's refusal shows next to the field it names.
 */
export function JobFormBody({ kind, storeKey, draft, title }: { kind: JobKind; storeKey: string; draft: JobDraft; title: string }) {
  const save = useDraftStore((state) => state.save);
  const discard = useDraftStore((state) => state.discard);
  const [clientErrors, setClientErrors] = useState<FieldErrors>(NONE);
  const start = useSageMutation('jobs.start', {
    invalidate: ['jobs.list'],
    onSuccess: (_output, input) => {
      discard(storeKey);
      navigateHref(jobHref(kind, input.name));
    },
  });
  // A local refusal means nothing was sent; otherwise the last answer's field messages stand.
  const errors = Object.keys(clientErrors).length > 0 ? clientErrors : start.fieldErrors;
  const update = (change: Partial<JobDraft>) => save(storeKey, { ...draft, ...change });
  const checked = () => {
    const result = validateDraft(draft);
    setClientErrors(Object.keys(result.errors).length > 0 ? result.errors : NONE);
    return result.input;
  };
  const submit = () => {
    askNotificationPermissionOnce();
    const input = checked();
    if (input) void start.run(input);
  };
  const hostRefusedFields = Object.keys(clientErrors).length === 0 && Object.keys(start.fieldErrors).length > 0;

  return (
    <form
      data-testid="job-form"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        submit();
      }}
    >
      <Form
        header={<Header variant="h1">{title}</Header>}
        errorText={start.formError ?? (hostRefusedFields ? 'AWS refused some values: see the messages next to the fields.' : undefined)}
        errorIconAriaLabel="Error"
        actions={
          <SpaceBetween direction="horizontal" size="xs">
            {[
              <Button key="cancel" formAction="none" href={jobListHref(kind)}>
                Back to the list
              </Button>,
              kind === 'processing' && (
                <Button
                  key="schedule"
                  formAction="none"
                  data-testid="job-form-schedule"
                  onClick={() => {
                    // The schedule form reads this draft; only values that would start a job are scheduled.
                    if (checked()) navigateHref(newScheduleHref({ form: storeKey }));
                  }}
                >
                  Schedule these values
                </Button>
              ),
              <Button key="submit" variant="primary" formAction="submit" loading={start.isPending} data-testid="job-form-submit">
                Start job
              </Button>,
            ]}
          </SpaceBetween>
        }
      >
        <SpaceBetween size="l">
          {[
            Object.keys(clientErrors).length > 0 && (
              <Alert key="local" type="error" data-testid="job-form-invalid">
                Some values need fixing before the job can start: see the messages next to the fields. Nothing was sent.
              </Alert>
            ),
            <TemplateControls key="templates" kind={kind} currentInput={checked} />,
            <Container key="fields" header={<Header variant="h2">Job</Header>}>
              <SpaceBetween size="m">
                {[
                  ...SCALAR_FIELDS[kind].map((field) => (
                    <ScalarFieldInput
                      key={field.path}
                      field={field}
                      value={draft.values[field.path] ?? ''}
                      error={messageFor(errors, field.path)}
                      instanceTypes={INSTANCE_TYPES[kind]}
                      onChange={(value) => update({ values: { ...draft.values, [field.path]: value } })}
                    />
                  )),
                  ...FLAG_FIELDS.map((flag) => (
                    <FormField key={flag.path} description={flag.description} errorText={messageFor(errors, flag.path)}>
                      <Checkbox
                        checked={draft.flags[flag.path] ?? false}
                        data-testid={`job-field-${flag.path}`}
                        onChange={({ detail }) => update({ flags: { ...draft.flags, [flag.path]: detail.checked } })}
                      >
                        {flag.label}
                      </Checkbox>
                    </FormField>
                  )),
                ]}
              </SpaceBetween>
            </Container>,
            <Container key="data" header={<Header variant="h2">Data</Header>}>
              <SpaceBetween size="l">
                {ROW_FIELDS[kind].map((field) => (
                  <RowsEditor
                    key={field.path}
                    field={field}
                    rows={draft.rows[field.path] ?? []}
                    errors={errors}
                    blank={() => blankRow(kind, field.path)}
                    onChange={(rows) => update({ rows: { ...draft.rows, [field.path]: rows } })}
                  />
                ))}
              </SpaceBetween>
            </Container>,
          ]}
        </SpaceBetween>
      </Form>
    </form>
  );
}
