import { createManualClock, type ManualClock } from '../../../clock';
import type { SageMakerDeps } from '../base/deps';
import { ResourceTimers } from '../base/timers';
import { createLifecycles, type Lifecycles } from '../lifecycles';

export interface Replay {
  deps: SageMakerDeps;
  clock: ManualClock;
  lifecycles: Lifecycles;
  /** Drops whatever the replay still had scheduled (the live clock takes over from here). */
  end(): void;
}

/**
 * Runs the real lifecycles on a private manual clock that starts in the past, so seeded history
 * (transitions, log events, metrics, trial components) is produced by the same code as live
 * resources and carries past timestamps. Shares the live store and log bus.
 */
export function replayFrom(deps: SageMakerDeps, startMs: number): Replay {
  const clock = createManualClock(startMs);
  const timers = new ResourceTimers(clock);
  const replayDeps: SageMakerDeps = { store: deps.store, env: { ...deps.env, clock }, timers };
  return { deps: replayDeps, clock, lifecycles: createLifecycles(replayDeps), end: () => timers.cancelAll() };
}
