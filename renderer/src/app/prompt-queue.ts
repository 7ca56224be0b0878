import type { PendingPrompt, PromptEvent } from '../../../shared/domain/credentials';

/**
 * Open prompts in arrival order. The stream repeats open prompts after a reconnect, so a prompt
 * already listed is replaced, not added twice; a closing removes it.
 */
export function applyPromptEvent(prompts: readonly PendingPrompt[], event: PromptEvent): PendingPrompt[] {
  if ('closed' in event) return prompts.filter((prompt) => prompt.id !== event.id);
  if (prompts.some((prompt) => prompt.id === event.id)) {
    return prompts.map((prompt) => (prompt.id === event.id ? event : prompt));
  }
  return [...prompts, event];
}
