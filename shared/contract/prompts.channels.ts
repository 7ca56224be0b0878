export const PROMPTS_REQUESTS = ['prompts.answer', 'prompts.cancel'] as const;
export const PROMPTS_STREAMS = ['prompts.watch'] as const;
