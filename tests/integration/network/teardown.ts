import { afterEach } from 'vitest';

type Stoppable = { close(): Promise<void> } | { stop(): Promise<void> };

/**
 * What a test starts (its world, its proxy), stopped after that test in reverse order. Returns the
 * function that registers a thing and hands it back. Stopping a proxy a test already stopped is harmless.
 */
export function useTeardown(): <T extends Stoppable>(thing: T) => T {
  const started: Stoppable[] = [];
  afterEach(async () => {
    for (const thing of started.splice(0).reverse()) await ('close' in thing ? thing.close() : thing.stop());
  });
  return (thing) => {
    started.push(thing);
    return thing;
  };
}
