import { describe, expect, it } from 'vitest';
import type { RolesPage } from '../../../shared/domain/roles';
import { useCliEmulatorHome } from '../../support/cli-emulator-home';

const cli = useCliEmulatorHome('sagedeck-roles-cli-');

describe('sagedeck call roles.list', () => {
  it("prints the built-in sandbox's roles with who uses them and their findings", async () => {
    const page = await cli.json<RolesPage>('call', 'roles.list', '{}', '--profile', 'sandbox');
    const role = page.items.find((r) => r.name === 'SageDeckDemoSageMakerRole');
    expect(role?.usedBy.map((u) => u.kind)).toEqual(expect.arrayContaining(['training-job', 'processing-job', 'model']));
    expect(role?.findingCounts.high).toBe(2);
    expect(page.items.find((r) => r.name === 'churn-api-invoke')?.findingCounts).toEqual({ high: 0, medium: 0, low: 0 });
    expect(page.notice).toBeUndefined();
  });
});
