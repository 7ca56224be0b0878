import { z } from 'zod';
import type { AlarmHistoryPage, AlarmPage, AlarmSummary, CreatedAlarms, RecommendedAlarm } from '../domain/alarms';
import { COMPARISON_OPERATORS, RECOMMENDED_ALARM_KINDS, TREAT_MISSING_DATA } from '../domain/alarms';
import type { WatchEvent } from '../domain/watch';
import { endpointNameSchema, variantNameSchema } from '../validation/endpoints';
import type { ALARMS_REQUESTS, ALARMS_STREAMS } from './alarms.channels';
import { request, returns, stream, empty, type AnyRequestSpec, type AnyStreamSpec, type SameKeys } from './spec';

/** AWS's AlarmName: 1..255 characters, no control characters. */
export const alarmNameSchema = z
  .string()
  .trim()
  .min(1, 'Enter an alarm name.')
  .max(255, 'Alarm names are at most 255 characters.')
  // eslint-disable-next-line no-control-regex -- AWS refuses control characters in names
  .regex(/^[^\u0000-\u001f\u007f]+$/, 'Alarm names cannot hold control characters.');

/** An SNS topic ARN, as PutMetricAlarm's AlarmActions accepts it. */
export const snsTopicArnSchema = z
  .string()
  .trim()
  .regex(/^arn:aws[a-z-]*:sns:[a-z0-9-]+:\d{12}:[A-Za-z0-9_-]{1,256}(\.fifo)?$/, 'Enter an SNS topic ARN: arn:aws:sns:<region>:<account>:<topic>.');

const names = z.object({ names: z.array(alarmNameSchema).min(1, 'Choose at least one alarm.').max(100, 'At most 100 alarms at once (AWS’s limit).') }).strict();
const namesTarget = (input: { names: string[] }) => (input.names.length === 1 ? (input.names[0] ?? '') : `${input.names.length} alarms`);

const threshold = z.number({ error: 'Enter a number.' }).finite('Enter a finite number.');
const evaluation = {
  periodSeconds: z.union([z.literal(10), z.literal(20), z.literal(30), z.number().int().min(60).multipleOf(60, 'A multiple of 60 seconds.')]),
  evaluationPeriods: z.number().int().min(1, 'At least 1.').max(1440),
  datapointsToAlarm: z.number().int().min(1, 'At least 1.').max(1440),
};

export const updateAlarmSchema = z
  .object({
    name: alarmNameSchema,
    description: z.string().max(1024, 'AWS keeps at most 1,024 characters.').optional(),
    threshold,
    comparison: z.enum(COMPARISON_OPERATORS),
    ...evaluation,
    treatMissingData: z.enum(TREAT_MISSING_DATA),
    /** Replaces the ALARM and OK actions with this topic; `null` removes them. */
    snsTopicArn: snsTopicArnSchema.nullable(),
  })
  .strict()
  .refine((input) => input.datapointsToAlarm <= input.evaluationPeriods, { path: ['datapointsToAlarm'], message: 'At most the number of evaluation periods.' });
export type UpdateAlarmInput = z.infer<typeof updateAlarmSchema>;

export const createRecommendedSchema = z
  .object({
    endpointName: endpointNameSchema,
    alarms: z
      .array(
        z
          .object({
            kind: z.enum(RECOMMENDED_ALARM_KINDS),
            variantName: variantNameSchema,
            name: alarmNameSchema,
            /** In the recommendation's `thresholdUnit`. */
            threshold,
          })
          .strict(),
      )
      .min(1, 'Choose at least one alarm.')
      .max(40),
    snsTopicArn: snsTopicArnSchema.optional(),
  })
  .strict();
export type CreateRecommendedInput = z.infer<typeof createRecommendedSchema>;

export const alarmsRequests = {
  /** Every metric alarm of the session (up to 1,000), ALARM first, then INSUFFICIENT_DATA, then OK. */
  'alarms.list': request({ input: empty, output: returns<AlarmPage>() }),
  /** One alarm's history, newest first (AWS keeps 30 days). */
  'alarms.history': request({
    input: z.object({ name: alarmNameSchema, nextToken: z.string().max(8192).optional() }).strict(),
    output: returns<AlarmHistoryPage>(),
  }),
  // Disabling silences paging and stops Auto Scaling acting on the alarm: confirmed first.
  'alarms.disableActions': request({
    input: names,
    output: returns<{ names: string[] }>(),
    mutation: { action: 'Disable alarm actions', target: namesTarget, destructive: true },
  }),
  'alarms.enableActions': request({
    input: names,
    output: returns<{ names: string[] }>(),
    mutation: { action: 'Enable alarm actions', target: namesTarget, destructive: false },
  }),
  /** The recommended alarms for each variant of an endpoint, with default thresholds. */
  'alarms.recommendations': request({ input: z.object({ endpointName: endpointNameSchema }).strict(), output: returns<RecommendedAlarm[]>() }),
  'alarms.createRecommended': request({
    input: createRecommendedSchema,
    output: returns<CreatedAlarms>(),
    mutation: { action: 'Create recommended alarms', target: (input) => input.endpointName, destructive: false },
  }),
  /** PutMetricAlarm with the alarm's metric and dimensions kept; the fields given replace AWS's. */
  'alarms.update': request({
    input: updateAlarmSchema,
    output: returns<AlarmSummary>(),
    mutation: { action: 'Edit alarm', target: (input) => input.name, destructive: false },
  }),
  'alarms.delete': request({
    input: names,
    output: returns<{ names: string[] }>(),
    mutation: { action: 'Delete alarms', target: namesTarget, destructive: true },
  }),
} satisfies Record<(typeof ALARMS_REQUESTS)[number], AnyRequestSpec>;

export const alarmsStreams = {
  /** Every alarm of the session, snapshot first, then changes (state, reason, actions). */
  'alarms.watch': stream({ input: empty, event: returns<WatchEvent<AlarmSummary>>(), sessionScoped: true }),
} satisfies Record<(typeof ALARMS_STREAMS)[number], AnyStreamSpec>;

export const alarmsChannelsMatch: [
  SameKeys<keyof typeof alarmsRequests, (typeof ALARMS_REQUESTS)[number]>,
  SameKeys<keyof typeof alarmsStreams, (typeof ALARMS_STREAMS)[number]>,
] = [true, true];
