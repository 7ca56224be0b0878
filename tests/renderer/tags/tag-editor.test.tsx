import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { beforeAll, describe, expect, it } from 'vitest';
import { preloadRegistryChunks, renderRegistry } from '../registry/registry-app';

const VERSION_ARN = 'arn:aws:sagemaker:us-east-1:123456789012:model-package/churn-prediction/4';
const GROUP_ARN = 'arn:aws:sagemaker:us-east-1:123456789012:model-package-group/churn-prediction';

const editor = () => screen.getByTestId('tag-editor');
const row = (key: string) =>
  within(editor())
    .queryAllByTestId('tag-row')
    .find((candidate) => candidate.dataset.key === key);
const input = (testId: string) => within(editor()).getByTestId(testId) as HTMLInputElement;
function typeTag(key: string, value: string) {
  fireEvent.change(input('tag-key'), { target: { value: key } });
  fireEvent.change(input('tag-value'), { target: { value } });
}

async function openVersion() {
  const app = await renderRegistry('#/registry/churn-prediction/4', {
    before: (host) => host.tags.byArn.set(VERSION_ARN, { project: 'churn' }),
  });
  await screen.findByTestId('tag-editor');
  return app;
}

describe('tag editor', { timeout: 20_000 }, () => {
  beforeAll(async () => {
    await Promise.all([preloadRegistryChunks(), import('../../../renderer/src/features/registry/GroupTags')]);
  }, 60_000);

  it("shows the version's tags from its description and adds one on save", async () => {
    const { host } = await openVersion();
    expect(row('project')?.textContent).toContain('churn');
    expect(host.callsTo('tags.list')).toHaveLength(0);
    typeTag('stage', 'prod');
    fireEvent.click(within(editor()).getByTestId('tag-add'));
    expect(row('stage')?.dataset.change).toBe('new');
    expect(input('tag-key').value).toBe('');
    expect(host.callsTo('tags.update')).toHaveLength(0);

    fireEvent.click(within(editor()).getByTestId('tag-save'));
    await waitFor(() => expect(row('stage')?.dataset.change).toBe('kept'));
    expect(host.callsTo('tags.update').at(-1)?.input).toEqual({ arn: VERSION_ARN, set: { stage: 'prod' }, remove: [] });
    expect(host.tags.byArn.get(VERSION_ARN)).toEqual({ project: 'churn', stage: 'prod' });
    expect(host.journal.entries[0]).toMatchObject({
      channel: 'tags.update',
      target: 'model-package/churn-prediction/4',
      outcome: 'success',
    });
    expect(editor().dataset.dirty).toBe('false');
  });

  it('removes a tag on save, and a removal can be undone before', async () => {
    const { host } = await openVersion();
    fireEvent.click(within(editor()).getByTestId('tag-remove-project'));
    expect(row('project')?.dataset.change).toBe('removed');
    fireEvent.click(within(editor()).getByTestId('tag-remove-project'));
    expect(row('project')?.dataset.change).toBe('kept');
    expect((within(editor()).getByTestId('tag-save') as HTMLButtonElement).disabled).toBe(true);
    fireEvent.click(within(editor()).getByTestId('tag-remove-project'));
    fireEvent.click(within(editor()).getByTestId('tag-save'));
    await waitFor(() => expect(row('project')).toBeUndefined());
    expect(host.callsTo('tags.update').at(-1)?.input).toEqual({ arn: VERSION_ARN, set: {}, remove: ['project'] });
    expect(host.tags.byArn.get(VERSION_ARN)).toEqual({});
  });

  it("checks AWS's tag rules as typed and adds nothing that breaks them", async () => {
    const { host } = await openVersion();
    typeTag('aws:owner', 'me');
    expect(await within(editor()).findByText('Keys starting with aws: are reserved for AWS.')).toBeTruthy();
    typeTag('team#1', 'me');
    expect(await within(editor()).findByText('Use letters, digits, spaces and _ . : / = + - @ only.')).toBeTruthy();
    typeTag('owner', 'x'.repeat(257));
    expect(await within(editor()).findByText('Tag values are at most 256 characters.')).toBeTruthy();
    fireEvent.click(within(editor()).getByTestId('tag-add'));
    expect(row('owner')).toBeUndefined();
    expect(input('tag-key').value).toBe('owner');
    expect(host.callsTo('tags.update')).toHaveLength(0);
  });

  it("keeps every change on screen when AWS refuses the save, with AWS's reason, and saves on retry", async () => {
    const { host } = await openVersion();
    host.failNext('tags.update', { code: 'ThrottlingException', message: 'Rate exceeded' });
    typeTag('stage', 'prod');
    fireEvent.click(within(editor()).getByTestId('tag-add'));
    fireEvent.click(within(editor()).getByTestId('tag-remove-project'));
    fireEvent.click(within(editor()).getByTestId('tag-save'));
    expect(await within(editor()).findByText('Rate exceeded')).toBeTruthy();
    expect(within(editor()).getByText('The tags were not saved: your changes are still here')).toBeTruthy();
    expect(row('stage')?.dataset.change).toBe('new');
    expect(row('project')?.dataset.change).toBe('removed');
    expect(host.tags.byArn.get(VERSION_ARN)).toEqual({ project: 'churn' });

    fireEvent.click(within(editor()).getByTestId('tag-save'));
    await waitFor(() => expect(host.tags.byArn.get(VERSION_ARN)).toEqual({ stage: 'prod' }));
    await waitFor(() => expect(within(editor()).queryByText('Rate exceeded')).toBeNull());
  });

  it("edits the group's tags on the group page, read from AWS by the group's ARN", async () => {
    const { host } = await renderRegistry('#/registry/churn-prediction', {
      before: (h) => h.tags.byArn.set(GROUP_ARN, { owner: 'ml-team' }),
    });
    await waitFor(() => expect(row('owner')?.textContent).toContain('ml-team'));
    expect(host.callsTo('tags.list').at(-1)?.input).toEqual({ arn: GROUP_ARN });
    typeTag('owner', 'risk-team');
    expect(within(editor()).getByTestId('tag-add').textContent).toBe('Change');
    fireEvent.click(within(editor()).getByTestId('tag-add'));
    expect(row('owner')?.textContent).toContain('(was ml-team)');
    fireEvent.click(within(editor()).getByTestId('tag-save'));
    await waitFor(() => expect(host.tags.byArn.get(GROUP_ARN)).toEqual({ owner: 'risk-team' }));
  });
});
