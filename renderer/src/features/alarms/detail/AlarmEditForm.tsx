import Button from '@cloudscape-design/components/button';
import ColumnLayout from '@cloudscape-design/components/column-layout';
import Form from '@cloudscape-design/components/form';
import FormField from '@cloudscape-design/components/form-field';
import Input from '@cloudscape-design/components/input';
import Select from '@cloudscape-design/components/select';
import SpaceBetween from '@cloudscape-design/components/space-between';
import { useState } from 'react';
import { COMPARISON_OPERATORS, TREAT_MISSING_DATA, type AlarmSummary, type ComparisonOperator, type TreatMissingData } from '../../../../../shared/domain/alarms';
import { messageFor, type FieldErrors } from '../../live/field-errors';
import { useSageMutation } from '../../live/use-sage-mutation';
import { COMPARISON_LABELS, MISSING_DATA_LABELS } from '../alarm-format';
import { SnsTopicField } from '../SnsTopicField';
import { draftOf, parseDraft, type AlarmDraft } from './alarm-draft';

const COMPARISON_OPTIONS = COMPARISON_OPERATORS.map((value) => ({ value, label: COMPARISON_LABELS[value] }));
const MISSING_OPTIONS = TREAT_MISSING_DATA.map((value) => ({ value, label: MISSING_DATA_LABELS[value] }));

/**
 * Edit an alarm's threshold, evaluation, missing-data rule and SNS topic. Checked with the contract's
 * schema before sending; the host's or AWS's refusal shows next to its field; the draft stays as
 * typed until AWS accepted it.
 */
export function AlarmEditForm({ alarm, onDone }: { alarm: AlarmSummary; onDone: () => void }) {
  const [draft, setDraft] = useState<AlarmDraft>(() => draftOf(alarm));
  const [checked, setChecked] = useState<FieldErrors>({});
  const update = useSageMutation('alarms.update', { invalidate: ['alarms.list', 'alarms.history'], onSuccess: onDone });
  const errorOf = (field: keyof AlarmDraft) => messageFor(checked, field) ?? messageFor(update.fieldErrors, field);
  const set = (field: keyof AlarmDraft) => (value: string) => setDraft((current) => ({ ...current, [field]: value }));

  const save = () => {
    const parsed = parseDraft(alarm.name, alarm.description, draft);
    if ('errors' in parsed) {
      setChecked(parsed.errors);
      return;
    }
    setChecked({});
    update.reset();
    void update.run(parsed.input);
  };

  const number = (field: 'threshold' | 'periodSeconds' | 'evaluationPeriods' | 'datapointsToAlarm', label: string, description?: string) => (
    <FormField label={label} description={description} errorText={errorOf(field)}>
      <Input
        type="number"
        inputMode="decimal"
        value={draft[field]}
        onChange={({ detail }) => set(field)(detail.value)}
        ariaLabel={label}
        data-testid={`alarm-edit-${field}`}
      />
    </FormField>
  );

  return (
    <form
      data-testid="alarm-edit-form"
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
            <Button variant="primary" loading={update.isPending} data-testid="alarm-edit-save">
              Save changes
            </Button>
          </SpaceBetween>
        }
      >
        <SpaceBetween size="m">
          <ColumnLayout columns={2}>
            <FormField label="Comparison" errorText={errorOf('comparison')}>
              <Select
                selectedOption={COMPARISON_OPTIONS.find((option) => option.value === draft.comparison) ?? null}
                options={COMPARISON_OPTIONS}
                onChange={({ detail }) => set('comparison')(detail.selectedOption.value as ComparisonOperator)}
                ariaLabel="Comparison"
              />
            </FormField>
            {number('threshold', `Threshold${alarm.metric?.unit ? ` (${alarm.metric.unit})` : ''}`)}
            {number('periodSeconds', 'Period (seconds)', '10, 20, 30 or a multiple of 60.')}
            {number('evaluationPeriods', 'Evaluation periods')}
            {number('datapointsToAlarm', 'Datapoints to alarm', 'Out of the evaluation periods.')}
            <FormField label="Missing data" errorText={errorOf('treatMissingData')}>
              <Select
                selectedOption={MISSING_OPTIONS.find((option) => option.value === draft.treatMissingData) ?? null}
                options={MISSING_OPTIONS}
                onChange={({ detail }) => set('treatMissingData')(detail.selectedOption.value as TreatMissingData)}
                ariaLabel="Missing data"
              />
            </FormField>
          </ColumnLayout>
          <SnsTopicField
            value={draft.snsTopicArn}
            onChange={set('snsTopicArn')}
            errorText={errorOf('snsTopicArn')}
            description="Notified when the alarm enters ALARM and when it returns to OK. Empty removes the alarm's actions."
            testId="alarm-edit-snsTopicArn"
          />
        </SpaceBetween>
      </Form>
    </form>
  );
}
