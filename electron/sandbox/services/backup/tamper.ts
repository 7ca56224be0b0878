import type { Where } from '../../types';
import type { BackupStore } from './model';

export interface TamperRequest {
  recoveryPointArn: string;
  /** The object to corrupt; the point's first object when absent. */
  key?: string;
}

export interface TamperResult {
  recoveryPointArn: string;
  key: string;
}

/** Corrupts a recovery point's stored copy of one object (control API `POST /_sandbox/backup/tamper`). */
export interface BackupTamper {
  /** Throws an Error naming what is missing for an unknown point or key. */
  tamper(where: Where, request: TamperRequest): TamperResult;
}

declare module '../../types' {
  interface SandboxBus {
    /** AWS Backup's recovery-point corruption, driven by the control API (issue 15). */
    backupTamper?: BackupTamper;
  }
}

/**
 * Flips the bytes of the stored copy (the recorded ETag stays), so a later restore writes an
 * object whose ETag differs from the source's: what a restore test verifying checksums must catch.
 */
export function backupTamper(store: BackupStore): BackupTamper {
  return {
    tamper(where, request) {
      const point = store.region(where).recoveryPoints[request.recoveryPointArn];
      if (!point) throw new Error(`no recovery point ${request.recoveryPointArn} in ${where.region}`);
      const saved = request.key === undefined ? point.objects[0] : point.objects.find((o) => o.key === request.key);
      if (!saved) throw new Error(request.key === undefined ? 'the recovery point holds no objects' : `the recovery point holds no object ${request.key}`);
      const bytes = Buffer.from(saved.body, 'base64');
      const corrupted = bytes.length === 0 ? Buffer.from('corrupted') : Buffer.from(bytes.map((b) => b ^ 0xff));
      saved.body = corrupted.toString('base64');
      return { recoveryPointArn: point.arn, key: saved.key };
    },
  };
}
