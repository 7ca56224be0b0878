import {
  CreateModelPackageCommand,
  CreateModelPackageGroupCommand,
  CreateProcessingJobCommand,
  DescribeTrialComponentCommand,
  ListActionsCommand,
  ListArtifactsCommand,
  ListAssociationsCommand,
  ListContextsCommand,
  QueryLineageCommand,
  UpdateEndpointCommand,
} from '@aws-sdk/client-sagemaker';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { MINUTE, ROLE_ARN, hostModel, imageV, startHostingSandbox, type HostingSandbox } from './sagemaker-deploy-harness';
import { tempDir } from './support';

const ARN = (kind: string, name: string) => `arn:aws:sagemaker:us-east-1:111122223333:${kind}/${name}`;
const BUCKET = 's3://sagedeck-demo-churn-data';

describe('SageMaker lineage of processing jobs, the registry and endpoints', () => {
  let dir: ReturnType<typeof tempDir>;
  const running: HostingSandbox[] = [];
  const start = async () => {
    const s = await startHostingSandbox('empty', dir.path);
    running.push(s);
    return s;
  };
  beforeEach(() => {
    dir = tempDir('sagedeck-lineage-');
  });
  afterEach(async () => {
    for (const s of running.splice(0)) await s.stop();
    dir.remove();
  });

  it('gives a processing job a trial component whose inputs contributed to it and which produced its outputs', async () => {
    const s = await start();
    await s.sagemaker.send(
      new CreateProcessingJobCommand({
        ProcessingJobName: 'prep-1',
        RoleArn: ROLE_ARN,
        AppSpecification: { ImageUri: '683313688378.dkr.ecr.us-east-1.amazonaws.com/sagemaker-scikit-learn:1.2-1-cpu-py3' },
        ProcessingResources: { ClusterConfig: { InstanceCount: 1, InstanceType: 'ml.m5.xlarge', VolumeSizeInGB: 30 } },
        ProcessingInputs: [{ InputName: 'raw', S3Input: { S3Uri: `${BUCKET}/raw/customers.csv`, LocalPath: '/opt/ml/processing/input', S3DataType: 'S3Prefix', S3InputMode: 'File' } }],
        ProcessingOutputConfig: { Outputs: [{ OutputName: 'train', S3Output: { S3Uri: `${BUCKET}/processed/train/`, LocalPath: '/opt/ml/processing/output', S3UploadMode: 'EndOfJob' } }] },
      }),
    );
    const component = ARN('experiment-trial-component', 'prep-1-aws-processing-job');
    const produced = () => s.sagemaker.send(new ListAssociationsCommand({ SourceArn: component, AssociationType: 'Produced' }));
    expect((await produced()).AssociationSummaries).toEqual([]);

    s.advance(30 * MINUTE);
    const described = await s.sagemaker.send(new DescribeTrialComponentCommand({ TrialComponentName: 'prep-1-aws-processing-job' }));
    expect(described).toMatchObject({ Status: { PrimaryStatus: 'Completed' }, Source: { SourceArn: ARN('processing-job', 'prep-1'), SourceType: 'SageMakerProcessingJob' } });
    expect(described.OutputArtifacts).toEqual({ train: { Value: `${BUCKET}/processed/train/` } });
    expect((await produced()).AssociationSummaries?.map((a) => [a.DestinationType, a.DestinationArn])).toEqual([
      ['DataSet', (await s.sagemaker.send(new ListArtifactsCommand({ SourceUri: `${BUCKET}/processed/train/` }))).ArtifactSummaries?.[0]?.ArtifactArn],
    ]);
    const upstream = await s.sagemaker.send(new QueryLineageCommand({ StartArns: [component], Direction: 'Ascendants', Filters: { Types: ['DataSet'] } }));
    expect(upstream.Vertices).toHaveLength(1);
  });

  it('records a model package in its group context, and each endpoint deployment as an action on the endpoint context, across a restart', async () => {
    const first = await start();
    await first.sagemaker.send(new CreateModelPackageGroupCommand({ ModelPackageGroupName: 'churn' }));
    await first.sagemaker.send(new CreateModelPackageGroupCommand({ ModelPackageGroupName: 'other' }));
    const pkg = await first.sagemaker.send(
      new CreateModelPackageCommand({ ModelPackageGroupName: 'churn', InferenceSpecification: { Containers: [{ Image: imageV('1.7-1'), ModelDataUrl: `${BUCKET}/models/churn-v1/output/model.tar.gz` }], SupportedContentTypes: ['text/csv'], SupportedResponseMIMETypes: ['text/csv'] } }),
    );
    const groups = await first.sagemaker.send(new ListContextsCommand({ ContextType: 'ModelGroup' }));
    expect(groups.ContextSummaries?.map((c) => c.Source?.SourceUri).sort()).toEqual([ARN('model-package-group', 'churn'), ARN('model-package-group', 'other')]);
    const pkgArtifact = (await first.sagemaker.send(new ListArtifactsCommand({ SourceUri: pkg.ModelPackageArn }))).ArtifactSummaries?.[0]?.ArtifactArn ?? '';
    const churnGroup = groups.ContextSummaries?.find((c) => c.Source?.SourceUri === ARN('model-package-group', 'churn'))?.ContextArn;
    expect((await first.sagemaker.send(new ListAssociationsCommand({ SourceArn: pkgArtifact }))).AssociationSummaries?.map((a) => a.DestinationArn)).toEqual([churnGroup]);

    await hostModel(first, { model: 'churn-v1', config: 'churn-config-v1', endpoint: 'churn-ep' });
    await hostModel(first, { model: 'churn-v2', config: 'churn-config-v2' }, { tag: '1.7-1' });
    await first.sagemaker.send(new UpdateEndpointCommand({ EndpointName: 'churn-ep', EndpointConfigName: 'churn-config-v2' }));
    first.advance(15 * MINUTE);
    await running.splice(0)[0]?.stop();

    const second = await start();
    const contexts = (await second.sagemaker.send(new ListContextsCommand({ SourceUri: ARN('endpoint', 'churn-ep') }))).ContextSummaries ?? [];
    expect(contexts.map((c) => c.ContextType)).toEqual(['Endpoint']);
    const deployments = (await second.sagemaker.send(new ListActionsCommand({ ActionType: 'ModelDeployment', SortBy: 'CreationTime', SortOrder: 'Ascending' }))).ActionSummaries ?? [];
    expect(deployments.map((a) => a.Source?.SourceUri)).toEqual([ARN('endpoint-config', 'churn-config-v1'), ARN('endpoint-config', 'churn-config-v2')]);

    const served = await second.sagemaker.send(new QueryLineageCommand({ StartArns: [contexts[0]?.ContextArn ?? ''], Direction: 'Ascendants', Filters: { Types: ['Model'] } }));
    const models = (await second.sagemaker.send(new ListArtifactsCommand({ ArtifactType: 'Model' }))).ArtifactSummaries ?? [];
    const uris = (served.Vertices ?? []).map((v) => models.find((a) => a.ArtifactArn === v.Arn)?.Source?.SourceUri);
    expect(uris.sort()).toEqual([`${BUCKET}/models/churn-v1/output/model.tar.gz`, `${BUCKET}/models/churn-v2/output/model.tar.gz`]);
  });
});
