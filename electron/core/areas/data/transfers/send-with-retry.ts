/** Attempts per part (or single PutObject) before the file is failed and waits for `transfers.retry`. */
export const PART_ATTEMPTS = 3;
const BACKOFF_MS = [250, 1_000];

function pause(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal.aborted) return reject(signal.reason);
    const onAbort = () => {
      clearTimeout(timer);
      reject(signal.reason);
    };
    const timer = setTimeout(() => {
      signal.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    signal.addEventListener('abort', onAbort, { once: true });
  });
}

/**
 * Runs `send` up to PART_ATTEMPTS times with a growing pause between tries. Core still holds the
 * part's bytes, so a try is a plain resend. `onRetry` counts each failed try that is tried again.
 * The SDK client used for parts tries once itself, so every retry is visible here.
 */
export async function sendWithRetry<T>(send: () => Promise<T>, signal: AbortSignal, onRetry: (error: unknown) => void): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await send();
    } catch (error) {
      if (signal.aborted || attempt >= PART_ATTEMPTS) throw error;
      onRetry(error);
      await pause(BACKOFF_MS[attempt - 1] ?? 1_000, signal);
    }
  }
}
