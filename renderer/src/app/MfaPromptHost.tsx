import { lazy, Suspense, useCallback, useEffect, useState } from 'react';
import type { PendingPrompt } from '../../../shared/domain/credentials';
import { applyPromptEvent } from './prompt-queue';
import { useClient } from './services';

const MfaPrompt = lazy(() => import('../features/mfa/MfaPrompt'));

/**
 * Mounted once for the whole app: whenever the host needs an MFA code (a role with mfa_serial),
 * the prompt opens, whichever view's request caused it. One prompt at a time, oldest first.
 */
export function MfaPromptHost() {
  const client = useClient();
  const [prompts, setPrompts] = useState<PendingPrompt[]>([]);

  useEffect(
    () => client.subscribe('prompts.watch', {}, (event) => setPrompts((current) => applyPromptEvent(current, event))),
    [client],
  );

  // Answered or cancelled here: gone at once, without waiting for the host's closing event.
  const done = useCallback((id: string) => setPrompts((current) => current.filter((prompt) => prompt.id !== id)), []);

  const prompt = prompts[0];
  if (!prompt) return null;
  return (
    <Suspense fallback={null}>
      <MfaPrompt key={prompt.id} prompt={prompt} onDone={done} />
    </Suspense>
  );
}
