import { describe, expect, it, vi } from 'vitest';
import { contentSecurityPolicy } from '../../shared/csp';

vi.mock('electron', async () => (await import('./support/fake-electron')).electronModule);

const { CONTENT_SECURITY_POLICY } = await import('../../electron/main/security');

// The Electron host writes its policy out literally (electronegativity grades the literal); the web
// host builds it from shared/csp.ts. One drifting from the other would weaken one host silently.
describe('content security policy', () => {
  it('is the same in the Electron host and the web host', () => {
    expect(contentSecurityPolicy()).toBe(CONTENT_SECURITY_POLICY);
  });
});
