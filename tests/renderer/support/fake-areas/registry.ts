import type { registryRequests, registryStreams } from '../../../../shared/contract/registry';
import type { ApprovalEvent, ModelGroupSummary, ModelVersionDetail } from '../../../../shared/domain/registry';
import { SageDeckError } from '../../../../shared/errors';
import type { RequestHandlersOf, StreamHandlersOf } from '../../../../electron/core/rpc/handlers';

const ACCOUNT = '123456789012';
export const CALLER = `arn:aws:sts::${ACCOUNT}:assumed-role/ModelApprover/reviewer`;

function awsError(code: string, message: string): SageDeckError {
  return new SageDeckError({ code, message, retryable: false, requestId: 'fake-request-id' });
}

export function modelGroup(name: string, extra: Partial<ModelGroupSummary> = {}): ModelGroupSummary {
  return { name, arn: `arn:aws:sagemaker:us-east-1:${ACCOUNT}:model-package-group/${name}`, createdAt: '2026-11-01T09:00:00.000Z', status: 'Completed', ...extra };
}

/** A version registered from `train-<version>` with an AUC and a logloss; tests override any part. */
export function modelVersion(group: string, version: number, extra: Partial<ModelVersionDetail> = {}): ModelVersionDetail {
  const job = `train-${version}`;
  return {
    group,
    version,
    arn: `arn:aws:sagemaker:us-east-1:${ACCOUNT}:model-package/${group}/${version}`,
    approvalStatus: 'PendingManualApproval',
    createdAt: new Date(Date.UTC(2026, 10, version, 9)).toISOString(),
    sourceTrainingJob: job,
    image: '683313688378.dkr.ecr.us-east-1.amazonaws.com/sagemaker-xgboost:1.7-1',
    artifacts: `s3://models/${job}/output/model.tar.gz`,
    metrics: [
      { name: 'train:logloss', value: 0.3 - version / 100, source: 'customer-metadata' },
      { name: 'validation:auc', value: 0.8 + version / 100, source: 'customer-metadata' },
    ],
    tags: { project: 'churn' },
    customerMetadata: { training_job: job },
    createdBy: `arn:aws:iam::${ACCOUNT}:user/pipeline`,
    metricsReports: [],
    metricsNotes: [],
    contentTypes: ['text/csv'],
    realtimeInstanceTypes: ['ml.m5.large'],
    ...extra,
  };
}

/**
 * registry.*: groups and versions held in memory (`groups`, `versions`, settable), approval that
 * changes the version and appends to its history with `CALLER` as who, registration from a job
 * name that adds the next version (refused for jobs listed in `incompleteJobs`).
 */
export class FakeRegistry {
  groups: ModelGroupSummary[] = [];
  versions: ModelVersionDetail[] = [];
  history = new Map<string, ApprovalEvent[]>();
  incompleteJobs = new Set<string>();
  /** Set to answer versions as an endpoint without Search would: no columns beyond the summary, and why. */
  notice: string | undefined;

  private find(group: string, version: number): ModelVersionDetail {
    const found = this.versions.find((candidate) => candidate.group === group && candidate.version === version);
    if (!found) throw awsError('ValidationException', `ModelPackage arn:aws:sagemaker:us-east-1:${ACCOUNT}:model-package/${group}/${version} does not exist.`);
    return found;
  }

  private decide(input: { group: string; version: number; comment: string }, status: 'Approved' | 'Rejected'): ApprovalEvent {
    const version = this.find(input.group, input.version);
    const event: ApprovalEvent = { at: new Date(Date.UTC(2026, 10, 27, 12)).toISOString(), status, comment: input.comment, by: CALLER, source: 'both', profile: 'sandbox' };
    Object.assign(version, { approvalStatus: status, approvalDescription: input.comment, lastModifiedBy: CALLER });
    const key = `${input.group}/${input.version}`;
    this.history.set(key, [...(this.history.get(key) ?? []), event]);
    return event;
  }

  readonly requests: RequestHandlersOf<typeof registryRequests> = {
    'registry.groups': async (input) => ({
      items: this.groups.filter((group) => !input.nameContains || group.name.toLowerCase().includes(input.nameContains.toLowerCase())),
    }),
    'registry.versions': async (input) => {
      if (!this.groups.some((group) => group.name === input.group)) throw awsError('ValidationException', `ModelPackageGroup ${input.group} does not exist.`);
      const items = this.versions
        .filter((version) => version.group === input.group && (!input.approvalStatus || version.approvalStatus === input.approvalStatus))
        .sort((a, b) => b.version - a.version);
      if (this.notice === undefined) return { items };
      const summaries = items.map(({ group, version, arn, approvalStatus, createdAt }) => ({ group, version, arn, approvalStatus, createdAt }));
      return { items: summaries, notice: this.notice };
    },
    'registry.describe': async (input) => ({ ...this.find(input.group, input.version) }),
    'registry.history': async (input) => {
      const version = this.find(input.group, input.version);
      const registered: ApprovalEvent = { at: version.createdAt, status: 'Registered', source: 'aws', ...(version.createdBy ? { by: version.createdBy } : {}) };
      return [registered, ...(this.history.get(`${input.group}/${input.version}`) ?? [])];
    },
    'registry.approve': async (input) => this.decide(input, 'Approved'),
    'registry.reject': async (input) => this.decide(input, 'Rejected'),
    'registry.register': async (input) => {
      if (this.incompleteJobs.has(input.trainingJob)) {
        const message = `${input.trainingJob} is InProgress: only a completed training job has a model to register.`;
        throw new SageDeckError({ code: 'InvalidInput', message, fields: { trainingJob: message }, retryable: false });
      }
      const next = Math.max(0, ...this.versions.filter((v) => v.group === input.group).map((v) => v.version)) + 1;
      const created = modelVersion(input.group, next, { sourceTrainingJob: input.trainingJob, ...(input.description ? { description: input.description } : {}) });
      this.versions.push(created);
      return { arn: created.arn, version: next };
    },
  };

  readonly streams: StreamHandlersOf<typeof registryStreams> = {};
}
