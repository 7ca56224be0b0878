import type { backupsRequests, backupsStreams } from '../../../../shared/contract/backups';
import type { RequestHandlersOf, StreamHandlersOf } from '../../../../electron/core/rpc/handlers';

/** backups.*: AWS Backup coverage of the pipeline buckets, backup jobs, recovery points and restore tests. */
export class FakeBackups {
  readonly requests: RequestHandlersOf<typeof backupsRequests> = {};
  readonly streams: StreamHandlersOf<typeof backupsStreams> = {};
}
