import { updateAlarmSchema, type UpdateAlarmInput } from '../../../../../shared/contract/alarms';
import type { AlarmSummary, ComparisonOperator, TreatMissingData } from '../../../../../shared/domain/alarms';
import { zodFieldErrors, type FieldErrors } from '../../live/field-errors';

/** The edit form as typed: numbers stay text until sent, so a bad entry is shown, never lost. */
export interface AlarmDraft {
  threshold: string;
  comparison: ComparisonOperator;
  periodSeconds: string;
  evaluationPeriods: string;
  datapointsToAlarm: string;
  treatMissingData: TreatMissingData;
  snsTopicArn: string;
}

const text = (value: number | undefined) => (value === undefined ? '' : String(value));
const SNS_ARN = /^arn:aws[a-z-]*:sns:/;

export function draftOf(alarm: AlarmSummary): AlarmDraft {
  return {
    threshold: text(alarm.threshold),
    comparison: alarm.comparison ?? 'GreaterThanOrEqualToThreshold',
    periodSeconds: text(alarm.metric?.periodSeconds),
    evaluationPeriods: text(alarm.evaluationPeriods),
    datapointsToAlarm: text(alarm.datapointsToAlarm ?? alarm.evaluationPeriods),
    treatMissingData: alarm.treatMissingData ?? 'missing',
    snsTopicArn: alarm.alarmActions.find((action) => SNS_ARN.test(action)) ?? '',
  };
}

/** Empty is not zero: `Number('')` would be 0 and pass. */
const numberOf = (value: string) => (value.trim() === '' ? Number.NaN : Number(value));

/** The request the draft stands for, checked with the host's own schema before anything is sent. */
export function parseDraft(name: string, description: string | undefined, draft: AlarmDraft): { input: UpdateAlarmInput } | { errors: FieldErrors } {
  const parsed = updateAlarmSchema.safeParse({
    name,
    ...(description !== undefined ? { description } : {}),
    threshold: numberOf(draft.threshold),
    comparison: draft.comparison,
    periodSeconds: numberOf(draft.periodSeconds),
    evaluationPeriods: numberOf(draft.evaluationPeriods),
    datapointsToAlarm: numberOf(draft.datapointsToAlarm),
    treatMissingData: draft.treatMissingData,
    snsTopicArn: draft.snsTopicArn.trim() === '' ? null : draft.snsTopicArn,
  });
  if (parsed.success) return { input: parsed.data };
  const errors = zodFieldErrors(parsed.error);
  // The union of 10/20/30 or a multiple of 60 says only "Invalid input" when nothing matched.
  if (errors.periodSeconds === 'Invalid input') errors.periodSeconds = 'Enter 10, 20, 30 or a multiple of 60 seconds.';
  // zod runs the schema's cross-field rule only once every field passed: say it now, with the others.
  if (!errors.datapointsToAlarm && numberOf(draft.datapointsToAlarm) > numberOf(draft.evaluationPeriods)) {
    errors.datapointsToAlarm = 'At most the number of evaluation periods.';
  }
  return { errors };
}
