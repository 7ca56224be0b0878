import { CreateAliasCommand, CreateKeyCommand, DecryptCommand, DescribeKeyCommand, EncryptCommand, GetKeyRotationStatusCommand, EnableKeyRotationCommand, KMSClient } from '@aws-sdk/client-kms';
import { GetResourcesCommand, ResourceGroupsTaggingAPIClient, TagResourcesCommand, UntagResourcesCommand } from '@aws-sdk/client-resource-groups-tagging-api';
import { CreateLogGroupCommand, CloudWatchLogsClient, ListTagsForResourceCommand } from '@aws-sdk/client-cloudwatch-logs';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createKmsModule } from '../../../electron/sandbox/services/kms';
import { createLogsModule } from '../../../electron/sandbox/services/logs';
import { createTaggingModule } from '../../../electron/sandbox/services/tagging';
import { startTestSandbox, tempDir } from './support';

vi.mock('../../../electron/sandbox/services', () => ({ MODULE_FACTORIES: [] }));

const cleanups: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

async function start(dataDir: string) {
  const env = await startTestSandbox({ modules: [createKmsModule, createLogsModule, createTaggingModule], dataDir });
  const config = { ...env.config, maxAttempts: 1 };
  const clients = { kms: new KMSClient(config), tagging: new ResourceGroupsTaggingAPIClient(config), logs: new CloudWatchLogsClient(config) };
  cleanups.push(async () => {
    for (const client of Object.values(clients)) client.destroy();
    await env.stop();
  });
  return { env, ...clients };
}

describe('KMS and Tagging API persistence', () => {
  it('keeps keys, aliases, rotation, key material and previously tagged resources across a restart', async () => {
    const dataDir = tempDir('sagedeck-kms-data-');
    cleanups.push(() => dataDir.remove());
    const first = await start(dataDir.path);
    const key = (await first.kms.send(new CreateKeyCommand({ Description: 'kept', Tags: [{ TagKey: 'project', TagValue: 'churn' }] }))).KeyMetadata!;
    await first.kms.send(new CreateAliasCommand({ AliasName: 'alias/kept', TargetKeyId: key.KeyId }));
    await first.kms.send(new EnableKeyRotationCommand({ KeyId: key.KeyId, RotationPeriodInDays: 180 }));
    const sealed = await first.kms.send(new EncryptCommand({ KeyId: 'alias/kept', Plaintext: Buffer.from('still here') }));
    await first.logs.send(new CreateLogGroupCommand({ logGroupName: 'kept', tags: { team: 'mlops' } }));
    const group = 'arn:aws:logs:us-east-1:111122223333:log-group:kept';
    await first.tagging.send(new TagResourcesCommand({ ResourceARNList: [group], Tags: { project: 'churn' } }));
    await first.tagging.send(new UntagResourcesCommand({ ResourceARNList: [group], TagKeys: ['project', 'team'] }));
    await first.env.stop();

    const second = await start(dataDir.path);
    expect((await second.kms.send(new DescribeKeyCommand({ KeyId: 'alias/kept' }))).KeyMetadata).toMatchObject({ KeyId: key.KeyId, Description: 'kept' });
    expect((await second.kms.send(new GetKeyRotationStatusCommand({ KeyId: key.KeyId }))).RotationPeriodInDays).toBe(180);
    expect(Buffer.from((await second.kms.send(new DecryptCommand({ CiphertextBlob: sealed.CiphertextBlob }))).Plaintext!).toString()).toBe('still here');
    expect((await second.logs.send(new ListTagsForResourceCommand({ resourceArn: group }))).tags).toEqual({});
    const listed = (await second.tagging.send(new GetResourcesCommand({}))).ResourceTagMappingList;
    expect(listed).toEqual(expect.arrayContaining([{ ResourceARN: group, Tags: [] }, { ResourceARN: key.Arn, Tags: [{ Key: 'project', Value: 'churn' }] }]));
  });
});
