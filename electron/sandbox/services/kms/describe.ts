import type { KeyMetadata } from '@aws-sdk/client-kms';
import { algorithms } from './key-spec';
import type { KeyRecord } from './model';

export function keyMetadata(key: KeyRecord, accountId: string): KeyMetadata {
  const metadata: KeyMetadata = {
    AWSAccountId: accountId,
    KeyId: key.id,
    Arn: key.arn,
    CreationDate: new Date(key.createdMs),
    Enabled: key.state === 'Enabled',
    Description: key.description,
    KeyUsage: key.keyUsage as KeyMetadata['KeyUsage'],
    KeyState: key.state,
    Origin: key.origin,
    KeyManager: key.keyManager,
    CustomerMasterKeySpec: key.keySpec as KeyMetadata['CustomerMasterKeySpec'],
    KeySpec: key.keySpec as KeyMetadata['KeySpec'],
    ...algorithms(key.keySpec, key.keyUsage),
    MultiRegion: false,
  };
  if (key.deletionMs !== undefined) metadata.DeletionDate = new Date(key.deletionMs);
  return metadata;
}
