/** AWS's ModelApprovalStatus values. */
export const APPROVAL_STATUSES = ['PendingManualApproval', 'Approved', 'Rejected'] as const;
export type ApprovalStatus = (typeof APPROVAL_STATUSES)[number];

export interface ModelGroupSummary {
  name: string;
  arn: string;
  description?: string;
  createdAt: string;
  status: string;
}

export interface ModelGroupPage {
  items: ModelGroupSummary[];
  nextToken?: string;
}

/** A number a version was registered with: from CustomerMetadataProperties or a model metrics file. */
export interface VersionMetric {
  name: string;
  value: number;
  source: 'customer-metadata' | 'model-metrics';
}

/** One ModelMetrics report (model quality statistics, bias…): where AWS says it is. */
export interface MetricsReport {
  kind: string;
  s3Uri: string;
  contentType?: string;
}

export interface ModelVersionSummary {
  group: string;
  version: number;
  arn: string;
  approvalStatus: ApprovalStatus;
  createdAt: string;
  description?: string;
  /** Present when the listing carries them (Search); otherwise in the version's detail. */
  sourceTrainingJob?: string;
  image?: string;
  artifacts?: string;
  metrics?: VersionMetric[];
  tags?: Record<string, string>;
}

export interface ModelVersionPage {
  items: ModelVersionSummary[];
  nextToken?: string;
  /** Set when the endpoint lacks an operation and the list shows less: what is missing and why. */
  notice?: string;
}

export interface ModelVersionDetail extends ModelVersionSummary {
  sourceTrainingJob?: string;
  image: string;
  artifacts: string;
  metrics: VersionMetric[];
  tags: Record<string, string>;
  approvalDescription?: string;
  lastModifiedAt?: string;
  /** IAM ARN of whoever created / last modified the package, as AWS recorded it. */
  createdBy?: string;
  lastModifiedBy?: string;
  customerMetadata: Record<string, string>;
  metricsReports: MetricsReport[];
  /** Problems reading a metrics report, shown beside the metrics instead of failing the detail. */
  metricsNotes: string[];
  contentTypes: string[];
  realtimeInstanceTypes: string[];
}

/**
 * One step of a version's approval story. AWS keeps only the registration and the latest change;
 * every change made from SageDeck is also in the journal, with the caller's ARN AWS recorded.
 */
export interface ApprovalEvent {
  at: string;
  /** `Registered` for the creation; otherwise the status the version was set to. */
  status: ApprovalStatus | 'Registered';
  comment?: string;
  /** The caller's IAM ARN. */
  by?: string;
  /** `aws`: what DescribeModelPackage says now; `journal`: recorded by SageDeck; `both`: the two agree. */
  source: 'aws' | 'journal' | 'both';
  profile?: string;
}
