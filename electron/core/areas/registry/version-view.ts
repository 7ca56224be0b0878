import type { DescribeModelPackageOutput, ModelPackage, ModelPackageSummary, UserContext } from '@aws-sdk/client-sagemaker';
import { APPROVAL_STATUSES, type ApprovalStatus, type MetricsReport, type ModelVersionDetail, type ModelVersionSummary, type VersionMetric } from '../../../../shared/domain/registry';
import { assignDefined, iso } from '../jobs/job-fields';

/** An endpoint answering a status AWS does not have shows it as pending: it still needs a decision. */
export function approvalStatus(value: string | undefined): ApprovalStatus {
  return (APPROVAL_STATUSES as readonly string[]).includes(value ?? '') ? (value as ApprovalStatus) : 'PendingManualApproval';
}

export const arnOf = (context: UserContext | undefined): string | undefined =>
  context?.IamIdentity?.Arn ?? context?.UserProfileArn ?? context?.UserProfileName;

const TRAINING_JOB_ARN = /:training-job\/([^/]+)$/;

/**
 * The training job a version came from: SageMaker Pipelines and the SDK record it in
 * MetadataProperties.GeneratedBy (the job's ARN); SageDeck and many teams also put its name in the
 * `training_job` customer metadata key.
 */
export function sourceTrainingJob(pkg: Pick<ModelPackage, 'MetadataProperties' | 'CustomerMetadataProperties'>): string | undefined {
  const fromMetadata = pkg.CustomerMetadataProperties?.training_job;
  if (fromMetadata) return fromMetadata;
  return TRAINING_JOB_ARN.exec(pkg.MetadataProperties?.GeneratedBy ?? '')?.[1];
}

/** Customer metadata values that are numbers are the metrics the version was registered with. */
export function metadataMetrics(metadata: Record<string, string> | undefined): VersionMetric[] {
  return Object.entries(metadata ?? {})
    .filter(([, value]) => value.trim() !== '' && Number.isFinite(Number(value)))
    .map(([name, value]) => ({ name, value: Number(value), source: 'customer-metadata' as const }))
    .sort((a, b) => a.name.localeCompare(b.name));
}

/** Every report ModelMetrics points at (ModelQuality.Statistics, Bias.Report…), with its S3 location. */
export function metricsReports(metrics: ModelPackage['ModelMetrics']): MetricsReport[] {
  const reports: MetricsReport[] = [];
  for (const [section, sources] of Object.entries(metrics ?? {}) as [string, Record<string, { S3Uri?: string; ContentType?: string } | undefined>][]) {
    for (const [kind, source] of Object.entries(sources ?? {})) {
      if (source?.S3Uri) reports.push({ kind: `${section}.${kind}`, s3Uri: source.S3Uri, ...(source.ContentType ? { contentType: source.ContentType } : {}) });
    }
  }
  return reports;
}

type SummaryFields = Partial<Pick<ModelPackageSummary, 'ModelPackageGroupName' | 'ModelPackageVersion' | 'ModelPackageArn' | 'ModelApprovalStatus' | 'CreationTime' | 'ModelPackageDescription'>>;

export function fromPackageSummary(pkg: SummaryFields): ModelVersionSummary {
  return assignDefined<ModelVersionSummary>(
    {
      group: pkg.ModelPackageGroupName ?? '',
      version: pkg.ModelPackageVersion ?? 0,
      arn: pkg.ModelPackageArn ?? '',
      approvalStatus: approvalStatus(pkg.ModelApprovalStatus),
      createdAt: iso(pkg.CreationTime) ?? '',
    },
    { description: pkg.ModelPackageDescription },
  );
}

const tagMap = (tags: ModelPackage['Tags']) => Object.fromEntries((tags ?? []).map((tag) => [tag.Key ?? '', tag.Value ?? '']));

/** A whole package (Search's result or DescribeModelPackage plus its tags) as the detail reads it. */
export function fromPackage(pkg: DescribeModelPackageOutput | ModelPackage, tags: Record<string, string> = tagMap((pkg as ModelPackage).Tags)): ModelVersionDetail {
  const container = pkg.InferenceSpecification?.Containers?.[0];
  return assignDefined<ModelVersionDetail>(
    {
      ...fromPackageSummary(pkg),
      image: container?.Image ?? '',
      artifacts: container?.ModelDataUrl ?? '',
      metrics: metadataMetrics(pkg.CustomerMetadataProperties),
      tags,
      customerMetadata: pkg.CustomerMetadataProperties ?? {},
      metricsReports: metricsReports(pkg.ModelMetrics),
      metricsNotes: [],
      contentTypes: pkg.InferenceSpecification?.SupportedContentTypes ?? [],
      realtimeInstanceTypes: pkg.InferenceSpecification?.SupportedRealtimeInferenceInstanceTypes ?? [],
    } as ModelVersionDetail,
    {
      sourceTrainingJob: sourceTrainingJob(pkg),
      approvalDescription: pkg.ApprovalDescription,
      lastModifiedAt: iso(pkg.LastModifiedTime),
      createdBy: arnOf(pkg.CreatedBy),
      lastModifiedBy: arnOf(pkg.LastModifiedBy),
    },
  );
}
