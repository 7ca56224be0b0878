import { describe, expect, it } from 'vitest';
import type { CostByTagAnswer } from '../../../shared/domain/cost';
import { useCliEmulatorHome } from '../../support/cli-emulator-home';

const cli = useCliEmulatorHome('sagedeck-cost-cli-');

describe('sagedeck call cost.byTag', () => {
  it("prints the built-in sandbox's month-to-date cost per value of the project tag", async () => {
    const answer = await cli.json<CostByTagAnswer>('call', 'cost.byTag', '{"tagKey":"project"}', '--profile', 'sandbox');
    if (!answer.available) throw new Error(answer.reason);
    expect(answer.tagKey).toBe('project');
    expect(answer.values.find((v) => v.label === 'churn')?.monthToDateUsd).toBeGreaterThan(0);
    expect(answer.totalUsd).toBeCloseTo(answer.values.reduce((sum, v) => sum + v.monthToDateUsd, 0), 1);
  });

  it('says Cost Explorer is not available through a profile whose endpoint_url is an emulator without it', async () => {
    cli.emulator.control.addFault({ operation: 'ce:*', kind: 'unknownOperation' });
    const answer = await cli.json<CostByTagAnswer>('call', 'cost.byTag', '{"tagKey":"project"}', '--profile', 'emulator');
    expect(answer).toMatchObject({ available: false, tagKey: 'project', reason: expect.stringMatching(/Cost Explorer is not available on this endpoint/) });
  });
});
