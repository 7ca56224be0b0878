import type { OperationHandler } from '../../types';
import { type BackupDeps, page, regionOf, requireVault } from './deps';
import { alreadyExists, invalidParameter, invalidRequest } from './errors';
import { defaultKeyArn, vaultArn } from './ids';
import type { RegionState, VaultRecord } from './model';

/** AWS's vault name rule: 2–50 of letters, digits, hyphens and underscores. */
const VAULT_NAME = /^[a-zA-Z0-9\-_]{2,50}$/;

const pointsIn = (state: RegionState, vault: string) => Object.values(state.recoveryPoints).filter((p) => p.vaultName === vault).length;

function view(state: RegionState, v: VaultRecord) {
  return {
    BackupVaultName: v.name,
    BackupVaultArn: v.arn,
    VaultType: 'BACKUP_VAULT',
    EncryptionKeyArn: v.encryptionKeyArn,
    CreationDate: new Date(v.createdMs),
    CreatorRequestId: v.creatorRequestId,
    NumberOfRecoveryPoints: pointsIn(state, v.name),
    Locked: false,
  };
}

export function vaultOperations(deps: BackupDeps): Record<string, OperationHandler> {
  return {
    CreateBackupVault(input, ctx) {
      const state = regionOf(deps, ctx);
      const name = String(input.BackupVaultName ?? '');
      if (!VAULT_NAME.test(name)) throw invalidParameter(`Invalid backup vault name ${name}. Backup vault names must be 2 to 50 characters of letters, numbers, hyphens and underscores.`);
      if (state.vaults[name]) throw alreadyExists(`Backup vault with the same name already exists`);
      const vault: VaultRecord = { name, arn: vaultArn(state.where, name), createdMs: ctx.clock.now(), encryptionKeyArn: typeof input.EncryptionKeyArn === 'string' ? input.EncryptionKeyArn : defaultKeyArn(state.where) };
      if (typeof input.CreatorRequestId === 'string') vault.creatorRequestId = input.CreatorRequestId;
      state.vaults[name] = vault;
      const tags = input.BackupVaultTags as Record<string, string> | undefined;
      if (tags) state.tags[vault.arn] = { ...tags };
      return { BackupVaultName: name, BackupVaultArn: vault.arn, CreationDate: new Date(vault.createdMs) };
    },
    DescribeBackupVault(input, ctx) {
      const state = regionOf(deps, ctx);
      return view(state, requireVault(state, input.BackupVaultName));
    },
    ListBackupVaults(input, ctx) {
      const state = regionOf(deps, ctx);
      const vaults = Object.values(state.vaults).sort((a, b) => a.name.localeCompare(b.name)).map((v) => view(state, v));
      const { items, NextToken } = page(vaults, input);
      return { BackupVaultList: items, NextToken };
    },
    DeleteBackupVault(input, ctx) {
      const state = regionOf(deps, ctx);
      const vault = requireVault(state, input.BackupVaultName);
      const count = pointsIn(state, vault.name);
      if (count > 0) throw invalidRequest(`Backup vault cannot be deleted (contains ${count} recovery points)`);
      delete state.vaults[vault.name];
      delete state.tags[vault.arn];
      return {};
    },
  };
}
