import {
  CreateModelPackageCommand,
  CreateModelPackageGroupCommand,
  DeleteModelPackageCommand,
  DeleteModelPackageGroupCommand,
  DescribeModelPackageCommand,
  DescribeModelPackageGroupCommand,
  ListModelPackageGroupsCommand,
  ListModelPackagesCommand,
  UpdateModelPackageCommand,
  type CreateModelPackageCommandInput,
} from '@aws-sdk/client-sagemaker';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { serviceError, startSageMakerSandbox, type SageMakerSandbox } from './sagemaker-harness';

const GROUP_ARN = 'arn:aws:sagemaker:us-east-1:111122223333:model-package-group/churn-prediction';
const packageArn = (version: number) => `arn:aws:sagemaker:us-east-1:111122223333:model-package/churn-prediction/${version}`;

function version(job: string, extra: Partial<CreateModelPackageCommandInput> = {}): CreateModelPackageCommandInput {
  return {
    ModelPackageGroupName: 'churn-prediction',
    ModelPackageDescription: `from ${job}`,
    InferenceSpecification: {
      Containers: [{ Image: '683313688378.dkr.ecr.us-east-1.amazonaws.com/sagemaker-xgboost:1.7-1', ModelDataUrl: `s3://sagedeck-demo-churn-data/models/${job}/output/model.tar.gz` }],
      SupportedContentTypes: ['text/csv'],
      SupportedResponseMIMETypes: ['text/csv'],
    },
    ModelMetrics: { ModelQuality: { Statistics: { ContentType: 'application/json', S3Uri: `s3://sagedeck-demo-churn-data/models/${job}/evaluation.json` } } },
    CustomerMetadataProperties: { training_job: job },
    ...extra,
  };
}

describe('SageMaker model registry', () => {
  let s: SageMakerSandbox;
  beforeEach(async () => {
    s = await startSageMakerSandbox();
    await s.sagemaker.send(new CreateModelPackageGroupCommand({ ModelPackageGroupName: 'churn-prediction', ModelPackageGroupDescription: 'churn models' }));
  });
  afterEach(async () => {
    await s.stop();
  });

  it('creates, describes, lists and deletes groups', async () => {
    const group = await s.sagemaker.send(new DescribeModelPackageGroupCommand({ ModelPackageGroupName: 'churn-prediction' }));
    expect(group).toMatchObject({ ModelPackageGroupArn: GROUP_ARN, ModelPackageGroupDescription: 'churn models', ModelPackageGroupStatus: 'Completed' });
    const dup = await serviceError(s.sagemaker.send(new CreateModelPackageGroupCommand({ ModelPackageGroupName: 'churn-prediction' })));
    expect(dup.name).toBe('ValidationException');
    expect(dup.message).toContain(GROUP_ARN);

    s.clock.advance(1_000);
    await s.sagemaker.send(new CreateModelPackageGroupCommand({ ModelPackageGroupName: 'a-scratch-group' }));
    const listed = await s.sagemaker.send(new ListModelPackageGroupsCommand({}));
    expect(listed.ModelPackageGroupSummaryList?.map((g) => g.ModelPackageGroupName)).toEqual(['churn-prediction', 'a-scratch-group']);
    const byName = await s.sagemaker.send(new ListModelPackageGroupsCommand({ SortBy: 'Name', NameContains: 'scratch' }));
    expect(byName.ModelPackageGroupSummaryList?.map((g) => g.ModelPackageGroupName)).toEqual(['a-scratch-group']);

    await s.sagemaker.send(new DeleteModelPackageGroupCommand({ ModelPackageGroupName: 'a-scratch-group' }));
    const missing = await serviceError(s.sagemaker.send(new DescribeModelPackageGroupCommand({ ModelPackageGroupName: 'a-scratch-group' })));
    expect(missing.name).toBe('ValidationException');
  });

  it('numbers versions within the group and defaults to PendingManualApproval', async () => {
    const v1 = await s.sagemaker.send(new CreateModelPackageCommand(version('job-1')));
    const v2 = await s.sagemaker.send(new CreateModelPackageCommand(version('job-2', { ModelApprovalStatus: 'Approved' })));
    expect(v1.ModelPackageArn).toBe(packageArn(1));
    expect(v2.ModelPackageArn).toBe(packageArn(2));

    const described = await s.sagemaker.send(new DescribeModelPackageCommand({ ModelPackageName: packageArn(1) }));
    expect(described).toMatchObject({
      ModelPackageGroupName: 'churn-prediction',
      ModelPackageVersion: 1,
      ModelApprovalStatus: 'PendingManualApproval',
      ModelPackageStatus: 'Completed',
      CustomerMetadataProperties: { training_job: 'job-1' },
    });
    expect(described.ModelMetrics?.ModelQuality?.Statistics?.S3Uri).toBe('s3://sagedeck-demo-churn-data/models/job-1/evaluation.json');
    expect(described.InferenceSpecification?.Containers?.[0]?.ModelDataUrl).toBe('s3://sagedeck-demo-churn-data/models/job-1/output/model.tar.gz');

    const byShortName = await s.sagemaker.send(new DescribeModelPackageCommand({ ModelPackageName: 'churn-prediction/2' }));
    expect(byShortName.ModelApprovalStatus).toBe('Approved');
  });

  it('walks the approval flow and filters the list by status', async () => {
    for (const job of ['job-1', 'job-2', 'job-3']) {
      await s.sagemaker.send(new CreateModelPackageCommand(version(job)));
      s.clock.advance(60_000);
    }
    const updated = await s.sagemaker.send(new UpdateModelPackageCommand({ ModelPackageArn: packageArn(2), ModelApprovalStatus: 'Approved', ApprovalDescription: 'Beats v1 on holdout AUC' }));
    expect(updated.ModelPackageArn).toBe(packageArn(2));
    await s.sagemaker.send(new UpdateModelPackageCommand({ ModelPackageArn: packageArn(1), ModelApprovalStatus: 'Rejected', ApprovalDescription: 'superseded' }));

    const approved = await s.sagemaker.send(new DescribeModelPackageCommand({ ModelPackageName: packageArn(2) }));
    expect(approved.ModelApprovalStatus).toBe('Approved');
    expect(approved.ApprovalDescription).toBe('Beats v1 on holdout AUC');
    expect(approved.LastModifiedTime?.getTime()).toBe(s.clock.now());

    const onlyApproved = await s.sagemaker.send(new ListModelPackagesCommand({ ModelPackageGroupName: 'churn-prediction', ModelApprovalStatus: 'Approved' }));
    expect(onlyApproved.ModelPackageSummaryList?.map((p) => p.ModelPackageVersion)).toEqual([2]);
    const pending = await s.sagemaker.send(new ListModelPackagesCommand({ ModelPackageGroupName: 'churn-prediction', ModelApprovalStatus: 'PendingManualApproval' }));
    expect(pending.ModelPackageSummaryList?.map((p) => p.ModelPackageVersion)).toEqual([3]);

    // Back to pending (a reviewer withdraws an approval).
    await s.sagemaker.send(new UpdateModelPackageCommand({ ModelPackageArn: packageArn(2), ModelApprovalStatus: 'PendingManualApproval' }));
    expect((await s.sagemaker.send(new DescribeModelPackageCommand({ ModelPackageName: packageArn(2) }))).ModelApprovalStatus).toBe('PendingManualApproval');

    const bad = await serviceError(s.sagemaker.send(new UpdateModelPackageCommand({ ModelPackageArn: packageArn(3), ModelApprovalStatus: 'Maybe' as 'Approved' })));
    expect(bad.message).toBe("1 validation error detected: Value 'Maybe' at 'modelApprovalStatus' failed to satisfy constraint: Member must satisfy enum value set: [Approved, Rejected, PendingManualApproval]");
  });

  it('lists versions newest first when asked and pages', async () => {
    for (const job of ['job-1', 'job-2', 'job-3']) {
      await s.sagemaker.send(new CreateModelPackageCommand(version(job)));
      s.clock.advance(60_000);
    }
    const first = await s.sagemaker.send(new ListModelPackagesCommand({ ModelPackageGroupName: 'churn-prediction', SortBy: 'CreationTime', SortOrder: 'Descending', MaxResults: 2 }));
    expect(first.ModelPackageSummaryList?.map((p) => p.ModelPackageVersion)).toEqual([3, 2]);
    const rest = await s.sagemaker.send(new ListModelPackagesCommand({ ModelPackageGroupName: 'churn-prediction', SortBy: 'CreationTime', SortOrder: 'Descending', MaxResults: 2, NextToken: first.NextToken }));
    expect(rest.ModelPackageSummaryList?.map((p) => p.ModelPackageVersion)).toEqual([1]);
    // Versioned packages are only listed for their group (AWS lists unversioned ones by default).
    expect((await s.sagemaker.send(new ListModelPackagesCommand({}))).ModelPackageSummaryList).toEqual([]);
  });

  it('answers missing packages and groups, and refuses to delete a group that has versions', async () => {
    const missing = await serviceError(s.sagemaker.send(new DescribeModelPackageCommand({ ModelPackageName: packageArn(9) })));
    expect(missing.name).toBe('ValidationException');
    expect(missing.message).toBe(`ModelPackage ${packageArn(9)} does not exist.`);
    const noGroup = await serviceError(s.sagemaker.send(new CreateModelPackageCommand(version('job-x', { ModelPackageGroupName: 'no-group' }))));
    expect(noGroup.name).toBe('ValidationException');

    await s.sagemaker.send(new CreateModelPackageCommand(version('job-1')));
    const blocked = await serviceError(s.sagemaker.send(new DeleteModelPackageGroupCommand({ ModelPackageGroupName: 'churn-prediction' })));
    expect(blocked.name).toBe('ConflictException');
    await s.sagemaker.send(new DeleteModelPackageCommand({ ModelPackageName: packageArn(1) }));
    await s.sagemaker.send(new DeleteModelPackageGroupCommand({ ModelPackageGroupName: 'churn-prediction' }));
  });
});
