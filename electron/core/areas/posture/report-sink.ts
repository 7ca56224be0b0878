import type { CheckNotRun, PostureCheckId, PostureFindingRow } from '../../../../shared/domain/posture';
import type { AwsClients } from '../../aws/clients';
import { finding, type Subject } from './checks';
import type { NotRun } from './probe';

export type Runner = <T>(task: () => Promise<T>) => Promise<T>;

/** What the pipeline's resources point at, gathered while reading them: the KMS keys and roles they use, where buckets live. */
export interface PipelineFacts {
  /** Key references as the resources name them (key id, key ARN, alias name or alias ARN). */
  keyRefs: Set<string>;
  roleArns: Set<string>;
  buckets: { name: string; region?: string }[];
}

/** Collects findings and the checks that could not run while the readers work side by side. */
export class ReportSink {
  readonly findings: PostureFindingRow[] = [];
  readonly notices: string[] = [];
  private readonly notRun = new Map<string, CheckNotRun>();

  add(...rows: PostureFindingRow[]): void {
    this.findings.push(...rows);
  }

  /** The checks of `subject` that a failed read leaves unknown, each saying why. */
  unknown(subject: Subject, checks: readonly PostureCheckId[], { service, operation, cause }: NotRun): void {
    for (const check of checks) this.add(finding(subject, check, 'unknown', `Could not run: ${cause}.`));
    this.count(service, operation, cause, checks.length);
  }

  /** A listing the endpoint could not answer: the resources it would have named are not checked at all. */
  notListed({ service, operation, cause }: NotRun): void {
    this.count(service, operation, cause, 0);
  }

  /** In a stable order (service, operation), whatever order the reads finished in. */
  checksNotRun(): CheckNotRun[] {
    return [...this.notRun.values()].sort((a, b) => a.service.localeCompare(b.service) || a.operation.localeCompare(b.operation) || a.cause.localeCompare(b.cause));
  }

  private count(service: string, operation: string, cause: string, findings: number): void {
    const key = `${service}:${operation}|${cause}`;
    const seen = this.notRun.get(key);
    if (seen) seen.findings += findings;
    else this.notRun.set(key, { service, operation, cause, findings });
  }
}

export interface ReadContext {
  clients: AwsClients;
  /** Every AWS call of one report goes through this cap. */
  run: Runner;
  sink: ReportSink;
  facts: PipelineFacts;
  signal: AbortSignal;
  region: string;
}
