import { describe, expect, it } from 'vitest';
import { createMutationGate } from '../../../electron/core/rpc/mutation-gate';
import { SingleFlight } from '../../../electron/core/watch/single-flight';
import { WriteEpoch } from '../../../electron/core/watch/write-epoch';

/** A list call the test finishes by hand, so a write can land while it is in flight. */
function deferredList(items: string[]) {
  let finish: (value: string[]) => void = () => undefined;
  const answer = new Promise<string[]>((resolve) => {
    finish = resolve;
  });
  return { answer, finish: () => finish(items) };
}

const gateWith = (writes: WriteEpoch) =>
  createMutationGate({
    where: () => ({ profile: 'sandbox', region: 'us-east-1', production: false }),
    record: async () => undefined,
    settled: () => writes.advance(),
  });

const DELETE = {
  channel: 'alarms.delete',
  mutation: { action: 'Delete alarms', target: () => 'churn-prod-latency', destructive: true },
  input: {},
  meta: { confirmed: true },
};

describe('SingleFlight over writes', () => {
  it('shares one call between callers asking while it is in flight', async () => {
    const flights = new SingleFlight<string[]>(new WriteEpoch());
    const first = deferredList(['a']);
    let asked = 0;
    const ask = () => {
      asked += 1;
      return first.answer;
    };
    const both = Promise.all([flights.run('alarms', ask), flights.run('alarms', ask)]);
    first.finish();
    expect(await both).toEqual([['a'], ['a']]);
    expect(asked).toBe(1);
  });

  it('a list asked for after a delete settled asks afresh instead of joining the list begun before it', async () => {
    const writes = new WriteEpoch();
    const flights = new SingleFlight<string[]>(writes);
    const before = deferredList(['churn-prod-latency', 'churn-prod-5xx']);
    const stale = flights.run('alarms', () => before.answer);

    await gateWith(writes).run(DELETE, async () => ({ names: ['churn-prod-latency'] }));
    const fresh = flights.run('alarms', async () => ['churn-prod-5xx']);
    before.finish();

    expect(await fresh).toEqual(['churn-prod-5xx']);
    expect(await stale).toContain('churn-prod-latency');
  });

  it('a refused write also ends the sharing: AWS may have applied part of it', async () => {
    const writes = new WriteEpoch();
    await expect(
      gateWith(writes).run(DELETE, async () => {
        throw new Error('Throttling');
      }),
    ).rejects.toThrow('Throttling');
    expect(writes.current()).toBe(1);
  });
});
