import createWrapper from '@cloudscape-design/components/test-utils/dom';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { preloadSecurityChunks, renderSecurity } from '../posture/security-app';
import { captureDownloads, type SavedDownload } from '../../support/saved-downloads';

const section = () => screen.getByTestId('security-compliance');
const control = (id: string) => screen.getByTestId(`compliance-control-${id}`);

const fieldError = (input: HTMLElement) =>
  createWrapper(document.body).findAllFormFields().find((f) => f.getElement().contains(input))?.findError()?.getElement().textContent;

/** What the page handed the browser to save: file name and text. */
let saved: SavedDownload[] = [];

beforeEach(() => {
  saved = captureDownloads();
});
afterEach(() => vi.restoreAllMocks());

describe('Compliance evidence on #/security/compliance', { timeout: 20_000 }, () => {
  beforeAll(preloadSecurityChunks, 60_000);

  it('shows each control with its mark in words, the sections it maps to, its evidence on demand, and the not-a-certification statement', async () => {
    await renderSecurity('#/security/compliance');
    await waitFor(() => expect(section().dataset.state).toBe('ready'));
    expect(screen.getByTestId('compliance-statement').textContent).toContain('technical evidence gathered from the AWS account, not a certification');
    expect(screen.getByTestId('compliance-facts').textContent).toContain('Account 111122223333 · us-east-1 · profile sandbox');

    expect(control('encryptionAtRest').textContent).toContain('Pass');
    expect(control('encryptionAtRest').textContent).toContain('PCI DSS 3.5 / HIPAA 164.312(a)(2)(iv) / GDPR Art. 32(1)(a)');
    expect(control('mfaProductionRoles').dataset.status).toBe('fail');
    expect(control('mfaProductionRoles').textContent).toContain('Fail');
    expect(control('backupsTested').textContent).toContain('Could not check');

    const evidence = within(control('mfaProductionRoles')).getByRole('button', { name: 'Evidence (1)' });
    fireEvent.click(evidence);
    expect(await within(control('mfaProductionRoles')).findByText(/churn-prod-deployer \(environment=production\)/)).toBeTruthy();
  });

  it('exports the report as HTML and as CSV downloads named after account, region and time', async () => {
    const { host } = await renderSecurity('#/security/compliance');
    await waitFor(() => expect(section().dataset.state).toBe('ready'));
    fireEvent.click(screen.getByTestId('compliance-export-html'));
    await waitFor(() => expect(saved).toHaveLength(1));
    expect(saved[0]?.name).toBe('sagedeck-compliance-111122223333-us-east-1-20261206T1000Z.html');
    expect(await saved[0]?.text).toContain('MFA on production roles');
    fireEvent.click(screen.getByTestId('compliance-export-csv'));
    await waitFor(() => expect(saved).toHaveLength(2));
    expect(saved[1]?.name).toBe('sagedeck-compliance-111122223333-us-east-1-20261206T1000Z.csv');
    expect(await saved[1]?.text).toContain('Account,111122223333');
    expect(host.compliance.exports).toBe(2);
  });

  it('says why an export failed and saves nothing', async () => {
    await renderSecurity('#/security/compliance', { setup: (h) => h.failNext('compliance.export', { code: 'AccessDenied', message: 'not authorized to perform: iam:GetAccountAuthorizationDetails' }) });
    await waitFor(() => expect(section().dataset.state).toBe('ready'));
    fireEvent.click(screen.getByTestId('compliance-export-csv'));
    expect((await screen.findByText('The report could not be exported')).closest('[role="alert"]')?.textContent).toContain('iam:GetAccountAuthorizationDetails');
    expect(saved).toEqual([]);
  });

  it('keeps the chosen regions, refusing a name that is not a region next to the field', async () => {
    const { host } = await renderSecurity('#/security/compliance');
    const input = (await waitFor(() => {
      const found = document.querySelector('[data-testid="compliance-regions-input"] input');
      if (!found) throw new Error('no regions input yet');
      return found;
    })) as HTMLInputElement;
    expect(input.value).toBe('us-east-1');

    fireEvent.change(input, { target: { value: 'eu-west-1, mars-1' } });
    fireEvent.click(screen.getByTestId('compliance-regions-save'));
    // Found on screen first: the form-field search is too heavy to repeat inside waitFor.
    await screen.findByText('mars-1: Enter a region code such as us-east-1 or eu-west-2.');
    expect(fieldError(input)).toBe('mars-1: Enter a region code such as us-east-1 or eu-west-2.');
    expect(host.compliance.regions).toBeUndefined();

    fireEvent.change(input, { target: { value: 'eu-west-1, eu-central-1' } });
    fireEvent.click(screen.getByTestId('compliance-regions-save'));
    await waitFor(() => expect(host.compliance.regions).toEqual(['eu-west-1', 'eu-central-1']));
  });
});
