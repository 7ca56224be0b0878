import {
  CancelKeyDeletionCommand,
  CreateKeyCommand,
  DecryptCommand,
  DescribeKeyCommand,
  DisableKeyCommand,
  EnableKeyCommand,
  EncryptCommand,
  GenerateDataKeyCommand,
  GetKeyPolicyCommand,
  ListKeyPoliciesCommand,
  ListKeysCommand,
  PutKeyPolicyCommand,
  ScheduleKeyDeletionCommand,
} from '@aws-sdk/client-kms';
import { describe, expect, it } from 'vitest';
import { DAY, kmsError, useKmsSandbox } from './kms-harness';

const env = useKmsSandbox('empty');

async function newKey(description = 'test key') {
  const created = await env().kms.send(new CreateKeyCommand({ Description: description }));
  return created.KeyMetadata!;
}

describe('KMS keys', () => {
  it('creates a symmetric key with AWS metadata and the default key policy, and lists it', async () => {
    const key = await newKey('orders');
    expect(key.KeyId).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
    expect(key).toMatchObject({
      AWSAccountId: '111122223333',
      Arn: `arn:aws:kms:us-east-1:111122223333:key/${key.KeyId}`,
      Description: 'orders',
      Enabled: true,
      KeyState: 'Enabled',
      KeyManager: 'CUSTOMER',
      Origin: 'AWS_KMS',
      KeySpec: 'SYMMETRIC_DEFAULT',
      KeyUsage: 'ENCRYPT_DECRYPT',
      EncryptionAlgorithms: ['SYMMETRIC_DEFAULT'],
      MultiRegion: false,
    });
    expect(key.CreationDate).toEqual(new Date(env().clock.now()));
    const policy = await env().kms.send(new GetKeyPolicyCommand({ KeyId: key.KeyId }));
    expect(policy.PolicyName).toBe('default');
    expect(JSON.parse(policy.Policy!)).toEqual({
      Version: '2012-10-17',
      Id: 'key-default-1',
      Statement: [{ Sid: 'Enable IAM User Permissions', Effect: 'Allow', Principal: { AWS: 'arn:aws:iam::111122223333:root' }, Action: 'kms:*', Resource: '*' }],
    });
    expect((await env().kms.send(new ListKeyPoliciesCommand({ KeyId: key.KeyId }))).PolicyNames).toEqual(['default']);
    const listed = await env().kms.send(new ListKeysCommand({}));
    expect(listed.Keys).toContainEqual({ KeyId: key.KeyId, KeyArn: key.Arn });
  });

  it('pages ListKeys with Limit and Marker, and refuses a foreign marker', async () => {
    for (let i = 0; i < 3; i++) await newKey(`page ${i}`);
    const all = (await env().kms.send(new ListKeysCommand({}))).Keys ?? [];
    const first = await env().kms.send(new ListKeysCommand({ Limit: 2 }));
    expect(first.Keys).toEqual(all.slice(0, 2));
    expect(first.Truncated).toBe(true);
    const rest = await env().kms.send(new ListKeysCommand({ Limit: 1000, Marker: first.NextMarker }));
    expect(rest.Keys).toEqual(all.slice(2));
    expect(rest.Truncated).toBe(false);
    expect((await kmsError(env().kms.send(new ListKeysCommand({ Marker: 'bogus' })))).name).toBe('InvalidMarkerException');
  });

  it('creates asymmetric and HMAC keys only with a usage their spec allows', async () => {
    const hmac = (await env().kms.send(new CreateKeyCommand({ KeySpec: 'HMAC_256', KeyUsage: 'GENERATE_VERIFY_MAC' }))).KeyMetadata!;
    expect(hmac).toMatchObject({ KeySpec: 'HMAC_256', KeyUsage: 'GENERATE_VERIFY_MAC', MacAlgorithms: ['HMAC_SHA_256'] });
    const missing = await kmsError(env().kms.send(new CreateKeyCommand({ KeySpec: 'RSA_2048' })));
    expect(missing.name).toBe('ValidationException');
    expect(missing.message).toBe('You must specify a KeyUsage value for all KMS keys except for symmetric encryption keys.');
    expect((await kmsError(env().kms.send(new CreateKeyCommand({ KeySpec: 'HMAC_256', KeyUsage: 'ENCRYPT_DECRYPT' })))).name).toBe('ValidationException');
  });

  it('disables and enables a key: encryption is refused while disabled', async () => {
    const key = await newKey();
    const sealed = await env().kms.send(new EncryptCommand({ KeyId: key.KeyId, Plaintext: Buffer.from('secret') }));
    await env().kms.send(new DisableKeyCommand({ KeyId: key.Arn }));
    expect((await env().kms.send(new DescribeKeyCommand({ KeyId: key.KeyId }))).KeyMetadata).toMatchObject({ KeyState: 'Disabled', Enabled: false });
    const refused = await kmsError(env().kms.send(new EncryptCommand({ KeyId: key.KeyId, Plaintext: Buffer.from('x') })));
    expect(refused.name).toBe('DisabledException');
    expect(refused.message).toBe(`${key.Arn} is disabled.`);
    expect((await kmsError(env().kms.send(new DecryptCommand({ CiphertextBlob: sealed.CiphertextBlob })))).name).toBe('DisabledException');
    await env().kms.send(new EnableKeyCommand({ KeyId: key.KeyId }));
    const opened = await env().kms.send(new DecryptCommand({ CiphertextBlob: sealed.CiphertextBlob }));
    expect(Buffer.from(opened.Plaintext!).toString()).toBe('secret');
  });

  it('schedules deletion 7 to 30 days out, refuses use meanwhile, cancels to Disabled, and deletes on the date', async () => {
    const key = await newKey();
    for (const days of [6, 31]) {
      expect((await kmsError(env().kms.send(new ScheduleKeyDeletionCommand({ KeyId: key.KeyId, PendingWindowInDays: days })))).name).toBe('ValidationException');
    }
    const scheduled = await env().kms.send(new ScheduleKeyDeletionCommand({ KeyId: key.KeyId, PendingWindowInDays: 7 }));
    expect(scheduled).toMatchObject({ KeyId: key.Arn, KeyState: 'PendingDeletion', PendingWindowInDays: 7 });
    expect(scheduled.DeletionDate).toEqual(new Date(env().clock.now() + 7 * DAY));
    const described = (await env().kms.send(new DescribeKeyCommand({ KeyId: key.KeyId }))).KeyMetadata!;
    expect(described).toMatchObject({ KeyState: 'PendingDeletion', Enabled: false, DeletionDate: scheduled.DeletionDate });
    const pending = await kmsError(env().kms.send(new EnableKeyCommand({ KeyId: key.KeyId })));
    expect(pending.name).toBe('KMSInvalidStateException');
    expect(pending.message).toBe(`${key.Arn} is pending deletion.`);
    expect((await kmsError(env().kms.send(new GenerateDataKeyCommand({ KeyId: key.KeyId, KeySpec: 'AES_256' })))).name).toBe('KMSInvalidStateException');

    expect((await env().kms.send(new CancelKeyDeletionCommand({ KeyId: key.KeyId }))).KeyId).toBe(key.Arn);
    expect((await env().kms.send(new DescribeKeyCommand({ KeyId: key.KeyId }))).KeyMetadata).toMatchObject({ KeyState: 'Disabled' });
    expect((await kmsError(env().kms.send(new CancelKeyDeletionCommand({ KeyId: key.KeyId })))).name).toBe('KMSInvalidStateException');

    await env().kms.send(new ScheduleKeyDeletionCommand({ KeyId: key.KeyId, PendingWindowInDays: 7 }));
    env().clock.advance(7 * DAY - 1);
    expect((await env().kms.send(new DescribeKeyCommand({ KeyId: key.KeyId }))).KeyMetadata?.KeyState).toBe('PendingDeletion');
    env().clock.advance(1);
    const gone = await kmsError(env().kms.send(new DescribeKeyCommand({ KeyId: key.KeyId })));
    expect(gone.name).toBe('NotFoundException');
    expect(gone.message).toBe(`Key '${key.Arn}' does not exist`);
    expect((await env().kms.send(new ListKeysCommand({}))).Keys?.map((k) => k.KeyId)).not.toContain(key.KeyId);
  });

  it('replaces the key policy, refusing a document that is not JSON and any policy name but default', async () => {
    const key = await newKey();
    const policy = JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Principal: { AWS: 'arn:aws:iam::111122223333:role/app' }, Action: 'kms:Decrypt', Resource: '*' }] });
    await env().kms.send(new PutKeyPolicyCommand({ KeyId: key.KeyId, Policy: policy }));
    expect((await env().kms.send(new GetKeyPolicyCommand({ KeyId: key.KeyId, PolicyName: 'default' }))).Policy).toBe(policy);
    expect((await kmsError(env().kms.send(new PutKeyPolicyCommand({ KeyId: key.KeyId, Policy: '{not json' })))).name).toBe('MalformedPolicyDocumentException');
    expect((await kmsError(env().kms.send(new GetKeyPolicyCommand({ KeyId: key.KeyId, PolicyName: 'other' })))).name).toBe('NotFoundException');
  });

  it('answers NotFoundException for unknown and malformed key references', async () => {
    const unknown = '00000000-0000-4000-8000-000000000000';
    const missing = await kmsError(env().kms.send(new DescribeKeyCommand({ KeyId: unknown })));
    expect(missing.name).toBe('NotFoundException');
    expect(missing.message).toBe(`Key 'arn:aws:kms:us-east-1:111122223333:key/${unknown}' does not exist`);
    const alias = await kmsError(env().kms.send(new DescribeKeyCommand({ KeyId: 'alias/nope' })));
    expect(alias.message).toBe('Alias arn:aws:kms:us-east-1:111122223333:alias/nope is not found.');
    expect((await kmsError(env().kms.send(new DisableKeyCommand({ KeyId: 'not-a-key' })))).name).toBe('NotFoundException');
  });
});
