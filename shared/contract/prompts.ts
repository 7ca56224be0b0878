import { z } from 'zod';
import type { PromptEvent } from '../domain/credentials';
import { mfaCodeSchema } from '../validation/aws';
import type { PROMPTS_REQUESTS, PROMPTS_STREAMS } from './prompts.channels';
import { empty, request, returns, stream, type AnyRequestSpec, type AnyStreamSpec, type SameKeys } from './spec';

export const promptsRequests = {
  'prompts.answer': request({
    input: z.object({ id: z.string().min(1).max(100), code: mfaCodeSchema }).strict(),
    output: returns<{ accepted: true }>(),
  }),
  'prompts.cancel': request({
    input: z.object({ id: z.string().min(1).max(100) }).strict(),
    output: returns<{ cancelled: true }>(),
  }),
} satisfies Record<(typeof PROMPTS_REQUESTS)[number], AnyRequestSpec>;

export const promptsStreams = {
  /** Open prompts are sent first, then new ones and closings as they happen. */
  'prompts.watch': stream({ input: empty, event: returns<PromptEvent>() }),
} satisfies Record<(typeof PROMPTS_STREAMS)[number], AnyStreamSpec>;

export const promptsChannelsMatch: [
  SameKeys<keyof typeof promptsRequests, (typeof PROMPTS_REQUESTS)[number]>,
  SameKeys<keyof typeof promptsStreams, (typeof PROMPTS_STREAMS)[number]>,
] = [true, true];
