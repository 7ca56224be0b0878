import { afterAll, afterEach, beforeAll } from 'vitest';
import { startEndpointsWorld, type EndpointsWorld } from '../endpoints/endpoints-harness';

/**
 * A core on the demo seed for the file's tests (experiments, runs, the registry, churn-prod), its
 * injected faults cleared after each test. Returns the world's getter: it exists once beforeAll ran.
 */
export function useDemoWorld(): () => EndpointsWorld {
  let world: EndpointsWorld | undefined;
  beforeAll(async () => {
    world = await startEndpointsWorld();
  });
  afterEach(() => {
    world?.sandbox.control.clearFaults();
  });
  afterAll(async () => {
    await world?.close();
  });
  return () => world!;
}
