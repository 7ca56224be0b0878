import { z } from 'zod';
import type { ExperimentPage, RunPage, RunSeriesResult } from '../domain/experiments';
import { jobNameSchema } from '../validation/sagemaker';
import type { EXPERIMENTS_REQUESTS, EXPERIMENTS_STREAMS } from './experiments.channels';
import { request, returns, type AnyRequestSpec, type AnyStreamSpec, type SameKeys } from './spec';

/** AWS's ExperimentEntityName: 1..120 characters, letters, digits and hyphens. */
export const experimentNameSchema = z
  .string()
  .min(1, 'Enter an experiment name.')
  .max(120, 'Experiment names are at most 120 characters.')
  .regex(/^[a-zA-Z0-9](-*[a-zA-Z0-9]){0,119}$/, 'Use letters, digits and hyphens; start and end with a letter or digit.');

/** The most runs the comparison takes side by side. */
export const MAX_COMPARED_RUNS = 50;

export const rerunSchema = z.object({ trainingJob: jobNameSchema, name: jobNameSchema }).strict();
export type RerunInput = z.infer<typeof rerunSchema>;

export const experimentsRequests = {
  /** Every experiment (up to 1,000; a notice beyond), newest first, filtered on a name fragment. */
  'experiments.list': request({
    input: z.object({ nameContains: z.string().max(120).optional() }).strict(),
    output: returns<ExperimentPage>(),
  }),
  /** An experiment's runs (trial components) with parameters, artifacts, metric summaries and status. */
  'experiments.runs': request({ input: z.object({ experiment: experimentNameSchema }).strict(), output: returns<RunPage>() }),
  /** Per-step metric values of training runs from CloudWatch, for the comparison's overlaid charts. */
  'experiments.series': request({
    input: z
      .object({
        runs: z
          .array(z.object({ run: z.string().min(1).max(2048), trainingJob: jobNameSchema }).strict())
          .min(1, 'Pick at least one run.')
          .max(MAX_COMPARED_RUNS, `Compare at most ${MAX_COMPARED_RUNS} runs.`),
      })
      .strict(),
    output: returns<RunSeriesResult>(),
  }),
  /** A new training job with the run's image, inputs, hyperparameters, resources and trial. */
  'experiments.rerun': request({
    input: rerunSchema,
    output: returns<{ arn: string; name: string }>(),
    mutation: { action: 'Re-run training job', target: (input) => `${input.name} from ${input.trainingJob}`, destructive: false },
  }),
} satisfies Record<(typeof EXPERIMENTS_REQUESTS)[number], AnyRequestSpec>;

export const experimentsStreams = {} satisfies Record<(typeof EXPERIMENTS_STREAMS)[number], AnyStreamSpec>;

export const experimentsChannelsMatch: [
  SameKeys<keyof typeof experimentsRequests, (typeof EXPERIMENTS_REQUESTS)[number]>,
  SameKeys<keyof typeof experimentsStreams, (typeof EXPERIMENTS_STREAMS)[number]>,
] = [true, true];
