import type { SandboxBus } from '../../types';
import type { TamperRequest, TamperResult } from './tamper';

/** AWS Backup as the control API drives it (the seeded account; `region` or the seed's). */
export interface BackupCommands {
  tamper(request: TamperRequest & { region?: string }): TamperResult;
}

export function backupCommands(deps: { bus: SandboxBus; seedWhere: { accountId: string; region: string }; onChange(): void }): BackupCommands {
  return {
    tamper(request) {
      const tamper = deps.bus.backupTamper;
      if (!tamper) throw new Error('this sandbox does not serve AWS Backup');
      const { region, ...rest } = request;
      const result = tamper.tamper({ accountId: deps.seedWhere.accountId, region: region ?? deps.seedWhere.region }, rest);
      deps.onChange();
      return result;
    },
  };
}

/** `POST /_sandbox/backup/tamper` {recoveryPointArn, key?, region?}: the body problem as a string, or the result. */
export function handleBackupRoute(backup: BackupCommands, route: string, body: Record<string, unknown>): { body: unknown } | { problem: string } | undefined {
  if (route !== 'POST backup/tamper') return undefined;
  const { recoveryPointArn, key, region } = body;
  if (typeof recoveryPointArn !== 'string' || recoveryPointArn === '') return { problem: 'recoveryPointArn must be a recovery point ARN' };
  if (key !== undefined && typeof key !== 'string') return { problem: 'key must be a string' };
  if (region !== undefined && typeof region !== 'string') return { problem: 'region must be a string' };
  const request: Parameters<BackupCommands['tamper']>[0] = { recoveryPointArn };
  if (key !== undefined) request.key = key;
  if (region !== undefined) request.region = region;
  return { body: { tampered: backup.tamper(request) } };
}
