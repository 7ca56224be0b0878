import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { beforeAll, describe, expect, it } from 'vitest';
import { CHURN_API_ID } from '../../support/fake-areas/apis';
import { preloadApiChunks, renderApis } from './apis-app';

const list = () => screen.getByTestId('api-list');

describe('REST API list', () => {
  beforeAll(preloadApiChunks, 60_000);

  it('says it is loading, then shows each API with its stage URL, the endpoint it serves, and a way to expose another', async () => {
    let release = () => {};
    await renderApis('#/api', { setup: (host) => (release = host.hold('apis.list')) });
    await waitFor(() => expect(list().dataset.state).toBe('loading'));
    expect(within(list()).getByText('Loading REST APIs')).toBeTruthy();
    release();
    await waitFor(() => expect(list().dataset.state).toBe('ready'));

    const name = screen.getByTestId('api-row-churn-api');
    expect(name.getAttribute('href')).toBe(`#/api/apis/${CHURN_API_ID}`);
    const row = name.closest('tr')!;
    expect(row.textContent).toContain('Churn scoring API in front of churn-prod');
    expect(row.textContent).toContain(`https://${CHURN_API_ID}.execute-api.us-east-1.amazonaws.com/prod`);
    expect(within(row).getByRole('button', { name: 'Copy the invoke URL of churn-api prod' })).toBeTruthy();
    expect(within(row).getByRole('link', { name: 'churn-prod' }).getAttribute('href')).toBe('#/endpoints/churn-prod');
    expect(screen.getByTestId('api-expose-new').getAttribute('href')).toBe('#/api/expose');
  });

  it('says there are none in the region and links to the expose flow', async () => {
    await renderApis('#/api', { setup: (host) => host.apis.details.clear() });
    const empty = await screen.findByTestId('api-list-empty');
    expect(empty.textContent).toContain('No REST APIs in us-east-1.');
    expect(within(empty).getByRole('link', { name: 'Expose an endpoint as an API' }).getAttribute('href')).toBe('#/api/expose');
  });

  it('shows why the list failed and reads it again on Try again', async () => {
    await renderApis('#/api', { setup: (host) => host.failNext('apis.list', { code: 'AccessDeniedException', message: 'User is not authorized to perform: apigateway:GET' }) });
    await waitFor(() => expect(list().dataset.state).toBe('error'));
    expect(list().textContent).toContain('The REST APIs could not be listed');
    expect(list().textContent).toContain('apigateway:GET');
    fireEvent.click(within(list()).getByRole('button', { name: 'Try again' }));
    await screen.findByTestId('api-row-churn-api');
    expect(list().dataset.state).toBe('ready');
  });

  it("shows the core's notice above the list", async () => {
    await renderApis('#/api', { setup: (host) => (host.apis.listNotice = 'Only the first 500 REST APIs are listed.') });
    expect((await screen.findByTestId('api-list-notice')).textContent).toContain('Only the first 500 REST APIs are listed.');
  });
});
