import type { MiddlewareStack } from '@smithy/types';

/**
 * Counts requests per `Service:Operation` as they leave the client (retries included), so the
 * console can show what it costs in API calls and tests can prove "no N+1 Describe calls".
 */
export class RequestCounter {
  private readonly counts = new Map<string, number>();

  snapshot(): Record<string, number> {
    return Object.fromEntries(this.counts);
  }

  reset(): void {
    this.counts.clear();
  }

  attach(stack: MiddlewareStack<object, object>, service: string): void {
    stack.add(
      (next, context) => async (args) => {
        const key = `${service}:${String((context as { commandName?: string }).commandName ?? 'unknown').replace(/Command$/, '')}`;
        this.counts.set(key, (this.counts.get(key) ?? 0) + 1);
        return next(args);
      },
      { step: 'finalizeRequest', name: 'sagedeckRequestCounter', override: true },
    );
  }
}
