import { afterEach, describe, expect, it, vi } from 'vitest';
import { createPromptBroker } from '../../../electron/core/credentials/prompt-broker';
import type { PendingPrompt, PromptEvent } from '../../../shared/domain/credentials';

const question = { profile: 'guarded', mfaSerial: 'arn:aws:iam::111122223333:mfa/alice' };

describe('PromptBroker', () => {
  afterEach(() => vi.useRealTimers());

  it('replays open prompts to a new watcher and closes them on answer', async () => {
    const broker = createPromptBroker();
    const code = broker.askMfaCode(question, new AbortController().signal);
    const seen: PromptEvent[] = [];
    const stop = broker.watch((event) => seen.push(event));
    const prompt = seen[0] as PendingPrompt;
    expect(prompt).toMatchObject({ kind: 'mfa', ...question });
    broker.answer(prompt.id, '123456');
    expect(await code).toBe('123456');
    expect(seen[1]).toEqual({ id: prompt.id, closed: true });
    expect(() => broker.answer(prompt.id, '123456')).toThrow(/no longer open/);
    stop();
  });

  it('times out with Cancelled and a next step', async () => {
    vi.useFakeTimers();
    const broker = createPromptBroker({ timeoutMs: 1000 });
    const code = broker.askMfaCode(question, new AbortController().signal);
    const outcome = code.catch((error: unknown) => error);
    vi.advanceTimersByTime(1000);
    expect(await outcome).toMatchObject({ code: 'Cancelled', message: expect.stringContaining('timed out') });
  });

  it('an aborted session withdraws its prompt', async () => {
    const broker = createPromptBroker();
    const controller = new AbortController();
    const seen: PromptEvent[] = [];
    broker.watch((event) => seen.push(event));
    const code = broker.askMfaCode(question, controller.signal);
    controller.abort();
    await expect(code).rejects.toMatchObject({ code: 'Cancelled' });
    expect(seen.map((event) => 'closed' in event)).toEqual([false, true]);
  });
});
