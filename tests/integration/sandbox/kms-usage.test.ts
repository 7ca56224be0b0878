import {
  CreateAliasCommand,
  CreateKeyCommand,
  DecryptCommand,
  DeleteAliasCommand,
  DescribeKeyCommand,
  DisableKeyCommand,
  DisableKeyRotationCommand,
  EnableKeyCommand,
  EnableKeyRotationCommand,
  EncryptCommand,
  GenerateDataKeyCommand,
  GetKeyRotationStatusCommand,
  ListAliasesCommand,
  ListResourceTagsCommand,
  ScheduleKeyDeletionCommand,
  CancelKeyDeletionCommand,
  TagResourceCommand,
  UntagResourceCommand,
  UpdateAliasCommand,
} from '@aws-sdk/client-kms';
import { describe, expect, it } from 'vitest';
import { DAY, kmsError, useKmsSandbox } from './kms-harness';

const env = useKmsSandbox('empty');

async function newKey() {
  return (await env().kms.send(new CreateKeyCommand({ Description: 'usage test' }))).KeyMetadata!;
}

describe('KMS aliases', () => {
  it('creates, resolves, moves, lists by key and deletes aliases', async () => {
    const first = await newKey();
    const second = await newKey();
    await env().kms.send(new CreateAliasCommand({ AliasName: 'alias/orders', TargetKeyId: first.KeyId }));
    // DescribeKey takes the alias name and the alias ARN.
    expect((await env().kms.send(new DescribeKeyCommand({ KeyId: 'alias/orders' }))).KeyMetadata?.KeyId).toBe(first.KeyId);
    expect((await env().kms.send(new DescribeKeyCommand({ KeyId: 'arn:aws:kms:us-east-1:111122223333:alias/orders' }))).KeyMetadata?.KeyId).toBe(first.KeyId);
    const duplicate = await kmsError(env().kms.send(new CreateAliasCommand({ AliasName: 'alias/orders', TargetKeyId: second.KeyId })));
    expect(duplicate.name).toBe('AlreadyExistsException');
    expect(duplicate.message).toBe('An alias with the name arn:aws:kms:us-east-1:111122223333:alias/orders already exists');
    expect((await kmsError(env().kms.send(new CreateAliasCommand({ AliasName: 'alias/aws/s3', TargetKeyId: second.KeyId })))).name).toBe('ValidationException');
    expect((await kmsError(env().kms.send(new CreateAliasCommand({ AliasName: 'orders', TargetKeyId: second.KeyId })))).name).toBe('ValidationException');

    const listed = await env().kms.send(new ListAliasesCommand({ KeyId: first.KeyId }));
    expect(listed.Aliases).toEqual([
      expect.objectContaining({ AliasName: 'alias/orders', AliasArn: 'arn:aws:kms:us-east-1:111122223333:alias/orders', TargetKeyId: first.KeyId }),
    ]);
    await env().kms.send(new UpdateAliasCommand({ AliasName: 'alias/orders', TargetKeyId: second.Arn }));
    expect((await env().kms.send(new ListAliasesCommand({ KeyId: first.KeyId }))).Aliases).toEqual([]);
    expect((await env().kms.send(new DescribeKeyCommand({ KeyId: 'alias/orders' }))).KeyMetadata?.KeyId).toBe(second.KeyId);
    await env().kms.send(new DeleteAliasCommand({ AliasName: 'alias/orders' }));
    expect((await kmsError(env().kms.send(new DeleteAliasCommand({ AliasName: 'alias/orders' })))).name).toBe('NotFoundException');
    // Management operations take key ids and ARNs only, not aliases.
    await env().kms.send(new CreateAliasCommand({ AliasName: 'alias/billing', TargetKeyId: first.KeyId }));
    expect((await kmsError(env().kms.send(new DisableKeyCommand({ KeyId: 'alias/billing' })))).name).toBe('NotFoundException');
  });
});

describe('KMS rotation', () => {
  it('reports rotation off, enables it with a period of 90 to 2560 days (365 by default) and disables it', async () => {
    const key = await newKey();
    expect(await env().kms.send(new GetKeyRotationStatusCommand({ KeyId: key.KeyId }))).toMatchObject({ KeyRotationEnabled: false, KeyId: key.Arn });
    await env().kms.send(new EnableKeyRotationCommand({ KeyId: key.KeyId }));
    const on = await env().kms.send(new GetKeyRotationStatusCommand({ KeyId: key.KeyId }));
    expect(on).toMatchObject({ KeyRotationEnabled: true, RotationPeriodInDays: 365 });
    expect(on.NextRotationDate).toEqual(new Date(env().clock.now() + 365 * DAY));
    for (const days of [89, 2561]) {
      expect((await kmsError(env().kms.send(new EnableKeyRotationCommand({ KeyId: key.KeyId, RotationPeriodInDays: days })))).name).toBe('ValidationException');
    }
    await env().kms.send(new EnableKeyRotationCommand({ KeyId: key.KeyId, RotationPeriodInDays: 90 }));
    expect((await env().kms.send(new GetKeyRotationStatusCommand({ KeyId: key.KeyId }))).RotationPeriodInDays).toBe(90);
    // The rotation happens on the sandbox clock: the next date moves on by the period.
    env().clock.advance(91 * DAY);
    expect((await env().kms.send(new GetKeyRotationStatusCommand({ KeyId: key.KeyId }))).NextRotationDate).toEqual(new Date(env().clock.now() - 91 * DAY + 180 * DAY));
    await env().kms.send(new DisableKeyRotationCommand({ KeyId: key.KeyId }));
    expect((await env().kms.send(new GetKeyRotationStatusCommand({ KeyId: key.KeyId }))).KeyRotationEnabled).toBe(false);
  });

  it('refuses rotation changes on disabled, pending and HMAC keys; pending deletion reads false and cancel restores it', async () => {
    const key = await newKey();
    await env().kms.send(new EnableKeyRotationCommand({ KeyId: key.KeyId }));
    await env().kms.send(new DisableKeyCommand({ KeyId: key.KeyId }));
    expect((await kmsError(env().kms.send(new DisableKeyRotationCommand({ KeyId: key.KeyId })))).name).toBe('DisabledException');
    await env().kms.send(new EnableKeyCommand({ KeyId: key.KeyId }));
    await env().kms.send(new ScheduleKeyDeletionCommand({ KeyId: key.KeyId, PendingWindowInDays: 10 }));
    expect((await env().kms.send(new GetKeyRotationStatusCommand({ KeyId: key.KeyId }))).KeyRotationEnabled).toBe(false);
    expect((await kmsError(env().kms.send(new EnableKeyRotationCommand({ KeyId: key.KeyId })))).name).toBe('KMSInvalidStateException');
    await env().kms.send(new CancelKeyDeletionCommand({ KeyId: key.KeyId }));
    expect((await env().kms.send(new GetKeyRotationStatusCommand({ KeyId: key.KeyId }))).KeyRotationEnabled).toBe(true);
    const hmac = (await env().kms.send(new CreateKeyCommand({ KeySpec: 'HMAC_384', KeyUsage: 'GENERATE_VERIFY_MAC' }))).KeyMetadata!;
    expect((await kmsError(env().kms.send(new EnableKeyRotationCommand({ KeyId: hmac.KeyId })))).name).toBe('UnsupportedOperationException');
  });
});

describe('KMS tags', () => {
  it('tags at creation and later, lists, untags, and refuses aws: keys', async () => {
    const key = (await env().kms.send(new CreateKeyCommand({ Tags: [{ TagKey: 'project', TagValue: 'churn' }] }))).KeyMetadata!;
    await env().kms.send(new TagResourceCommand({ KeyId: key.Arn, Tags: [{ TagKey: 'owner', TagValue: 'ml' }, { TagKey: 'project', TagValue: 'retention' }] }));
    expect((await env().kms.send(new ListResourceTagsCommand({ KeyId: key.KeyId }))).Tags).toEqual([
      { TagKey: 'project', TagValue: 'retention' },
      { TagKey: 'owner', TagValue: 'ml' },
    ]);
    await env().kms.send(new UntagResourceCommand({ KeyId: key.KeyId, TagKeys: ['owner'] }));
    const page = await env().kms.send(new ListResourceTagsCommand({ KeyId: key.KeyId, Limit: 1 }));
    expect(page).toMatchObject({ Tags: [{ TagKey: 'project', TagValue: 'retention' }], Truncated: false });
    expect((await kmsError(env().kms.send(new TagResourceCommand({ KeyId: key.KeyId, Tags: [{ TagKey: 'aws:x', TagValue: 'y' }] })))).name).toBe('TagException');
  });
});

describe('KMS cryptography', () => {
  it('round-trips Encrypt/Decrypt by alias with an encryption context, and data keys', async () => {
    const key = await newKey();
    await env().kms.send(new CreateAliasCommand({ AliasName: 'alias/crypto', TargetKeyId: key.KeyId }));
    const context = { bucket: 'sagedeck-demo-churn-data' };
    const sealed = await env().kms.send(new EncryptCommand({ KeyId: 'alias/crypto', Plaintext: Buffer.from('churn'), EncryptionContext: context }));
    expect(sealed).toMatchObject({ KeyId: key.Arn, EncryptionAlgorithm: 'SYMMETRIC_DEFAULT' });
    expect(Buffer.from(sealed.CiphertextBlob!).toString()).not.toContain('churn');
    const opened = await env().kms.send(new DecryptCommand({ CiphertextBlob: sealed.CiphertextBlob, EncryptionContext: context }));
    expect(Buffer.from(opened.Plaintext!).toString()).toBe('churn');
    expect(opened.KeyId).toBe(key.Arn);
    // Another context, another key named, or a damaged blob: refused as AWS does.
    expect((await kmsError(env().kms.send(new DecryptCommand({ CiphertextBlob: sealed.CiphertextBlob, EncryptionContext: { bucket: 'other' } })))).name).toBe('InvalidCiphertextException');
    const other = await newKey();
    expect((await kmsError(env().kms.send(new DecryptCommand({ CiphertextBlob: sealed.CiphertextBlob, KeyId: other.KeyId, EncryptionContext: context })))).name).toBe('IncorrectKeyException');
    expect((await kmsError(env().kms.send(new DecryptCommand({ CiphertextBlob: Buffer.from('garbage') })))).name).toBe('InvalidCiphertextException');

    const dataKey = await env().kms.send(new GenerateDataKeyCommand({ KeyId: key.KeyId, KeySpec: 'AES_256' }));
    expect(dataKey.Plaintext).toHaveLength(32);
    const unwrapped = await env().kms.send(new DecryptCommand({ CiphertextBlob: dataKey.CiphertextBlob }));
    expect(Buffer.from(unwrapped.Plaintext!).equals(Buffer.from(dataKey.Plaintext!))).toBe(true);
    expect((await kmsError(env().kms.send(new GenerateDataKeyCommand({ KeyId: key.KeyId })))).message).toBe('Please specify either number of bytes or key spec.');
    expect((await env().kms.send(new GenerateDataKeyCommand({ KeyId: key.KeyId, NumberOfBytes: 64 }))).Plaintext).toHaveLength(64);
  });
});
