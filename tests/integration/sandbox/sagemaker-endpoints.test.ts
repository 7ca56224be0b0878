import { GetLogEventsCommand, DescribeLogStreamsCommand } from '@aws-sdk/client-cloudwatch-logs';
import {
  AddTagsCommand,
  CreateEndpointCommand,
  CreateEndpointConfigCommand,
  CreateModelCommand,
  DeleteEndpointCommand,
  DeleteEndpointConfigCommand,
  DeleteModelCommand,
  DeleteTagsCommand,
  DescribeEndpointCommand,
  DescribeEndpointConfigCommand,
  DescribeModelCommand,
  ListEndpointConfigsCommand,
  ListEndpointsCommand,
  ListModelsCommand,
  ListTagsCommand,
} from '@aws-sdk/client-sagemaker';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ROLE_ARN, serviceError, startSageMakerSandbox, type SageMakerSandbox } from './sagemaker-harness';

const IMAGE = '683313688378.dkr.ecr.us-east-1.amazonaws.com/sagemaker-xgboost:1.7-1';
const ARTIFACT = 's3://sagedeck-demo-churn-data/models/churn-job/output/model.tar.gz';
const arn = (kind: string, name: string) => `arn:aws:sagemaker:us-east-1:111122223333:${kind}/${name}`;

describe('SageMaker models, endpoint configs, endpoints and tags', () => {
  let s: SageMakerSandbox;
  beforeEach(async () => {
    s = await startSageMakerSandbox();
  });
  afterEach(async () => {
    await s.stop();
  });

  const createModel = (name: string, image = IMAGE, url = ARTIFACT) =>
    s.sagemaker.send(new CreateModelCommand({ ModelName: name, ExecutionRoleArn: ROLE_ARN, PrimaryContainer: { Image: image, ModelDataUrl: url } }));
  const createConfig = (name: string, model: string, count = 2) =>
    s.sagemaker.send(new CreateEndpointConfigCommand({ EndpointConfigName: name, ProductionVariants: [{ VariantName: 'AllTraffic', ModelName: model, InstanceType: 'ml.m5.large', InitialInstanceCount: count }] }));
  const describeEndpoint = (name: string) => s.sagemaker.send(new DescribeEndpointCommand({ EndpointName: name }));

  it('manages models: create, describe, list, duplicate, delete', async () => {
    expect((await createModel('churn-model-a')).ModelArn).toBe(arn('model', 'churn-model-a'));
    s.clock.advance(1_000);
    await createModel('churn-model-b');
    const described = await s.sagemaker.send(new DescribeModelCommand({ ModelName: 'churn-model-a' }));
    expect(described.PrimaryContainer).toEqual({ Image: IMAGE, ModelDataUrl: ARTIFACT });
    expect(described.ExecutionRoleArn).toBe(ROLE_ARN);
    const listed = await s.sagemaker.send(new ListModelsCommand({}));
    expect(listed.Models?.map((m) => m.ModelName)).toEqual(['churn-model-b', 'churn-model-a']);

    const dup = await serviceError(createModel('churn-model-a'));
    expect(dup.name).toBe('ValidationException');
    expect(dup.message).toBe(`Cannot create already existing model "${arn('model', 'churn-model-a')}".`);

    await s.sagemaker.send(new DeleteModelCommand({ ModelName: 'churn-model-a' }));
    const gone = await serviceError(s.sagemaker.send(new DescribeModelCommand({ ModelName: 'churn-model-a' })));
    expect(gone.message).toBe(`Could not find model "${arn('model', 'churn-model-a')}".`);
  });

  it('keeps endpoint configs immutable and checks their models', async () => {
    await createModel('churn-model');
    expect((await createConfig('churn-config', 'churn-model')).EndpointConfigArn).toBe(arn('endpoint-config', 'churn-config'));
    const dup = await serviceError(createConfig('churn-config', 'churn-model', 5));
    expect(dup.name).toBe('ValidationException');
    expect(dup.message).toBe(`Cannot create already existing endpoint configuration "${arn('endpoint-config', 'churn-config')}".`);
    const config = await s.sagemaker.send(new DescribeEndpointConfigCommand({ EndpointConfigName: 'churn-config' }));
    expect(config.ProductionVariants?.[0]).toMatchObject({ VariantName: 'AllTraffic', InitialInstanceCount: 2, InitialVariantWeight: 1, InstanceType: 'ml.m5.large' });

    const noModel = await serviceError(createConfig('other-config', 'no-such-model'));
    expect(noModel.message).toBe(`Could not find model "${arn('model', 'no-such-model')}".`);
    const badType = await serviceError(
      s.sagemaker.send(new CreateEndpointConfigCommand({ EndpointConfigName: 'x', ProductionVariants: [{ VariantName: 'v', ModelName: 'churn-model', InstanceType: 'ml.tiny' as 'ml.m5.large', InitialInstanceCount: 1 }] })),
    );
    expect(badType.message).toContain("Value 'ml.tiny' at 'productionVariants.1.member.instanceType' failed to satisfy constraint: Member must satisfy enum value set");

    s.clock.advance(1_000);
    await createConfig('another-config', 'churn-model');
    const listed = await s.sagemaker.send(new ListEndpointConfigsCommand({ SortBy: 'Name', SortOrder: 'Ascending' }));
    expect(listed.EndpointConfigs?.map((c) => c.EndpointConfigName)).toEqual(['another-config', 'churn-config']);
    await s.sagemaker.send(new DeleteEndpointConfigCommand({ EndpointConfigName: 'another-config' }));
    const gone = await serviceError(s.sagemaker.send(new DescribeEndpointConfigCommand({ EndpointConfigName: 'another-config' })));
    expect(gone.message).toBe(`Could not find endpoint configuration "${arn('endpoint-config', 'another-config')}".`);
  });

  it('creates an endpoint Creating → InService after tens of simulated seconds', async () => {
    await createModel('churn-model');
    await createConfig('churn-config', 'churn-model');
    const created = await s.sagemaker.send(new CreateEndpointCommand({ EndpointName: 'churn-live', EndpointConfigName: 'churn-config' }));
    expect(created.EndpointArn).toBe(arn('endpoint', 'churn-live'));
    let endpoint = await describeEndpoint('churn-live');
    expect(endpoint.EndpointStatus).toBe('Creating');
    expect(endpoint.ProductionVariants).toBeUndefined();

    s.clock.advance(30_000);
    expect((await describeEndpoint('churn-live')).EndpointStatus).toBe('Creating');
    s.clock.advance(15_000);
    endpoint = await describeEndpoint('churn-live');
    expect(endpoint.EndpointStatus).toBe('InService');
    expect(endpoint.EndpointConfigName).toBe('churn-config');
    const [variant] = endpoint.ProductionVariants ?? [];
    expect(variant).toMatchObject({ VariantName: 'AllTraffic', CurrentInstanceCount: 2, DesiredInstanceCount: 2, CurrentWeight: 1, DesiredWeight: 1 });
    expect(variant?.DeployedImages?.[0]?.SpecifiedImage).toBe(IMAGE);
    expect(variant?.DeployedImages?.[0]?.ResolvedImage).toMatch(/^683313688378\.dkr\.ecr\.us-east-1\.amazonaws\.com\/sagemaker-xgboost@sha256:[0-9a-f]{64}$/);

    const streams = await s.logs.send(new DescribeLogStreamsCommand({ logGroupName: '/aws/sagemaker/Endpoints/churn-live' }));
    expect(streams.logStreams?.map((st) => st.logStreamName)).toHaveLength(2);
    const events = await s.logs.send(new GetLogEventsCommand({ logGroupName: '/aws/sagemaker/Endpoints/churn-live', logStreamName: streams.logStreams?.[0]?.logStreamName ?? '', startFromHead: true }));
    expect(events.events?.some((e) => e.message?.includes('Model loaded'))).toBe(true);

    const dup = await serviceError(s.sagemaker.send(new CreateEndpointCommand({ EndpointName: 'churn-live', EndpointConfigName: 'churn-config' })));
    expect(dup.message).toBe(`Cannot create already existing endpoint "${arn('endpoint', 'churn-live')}".`);
  });

  it('fails an endpoint whose model image or artifacts are invalid, with the reason', async () => {
    await createModel('bad-image-model', '111122223333.dkr.ecr.us-east-1.amazonaws.com/invalid-image:1');
    await createModel('bad-data-model', IMAGE, 's3://sagedeck-demo-churn-data/models/churn-job/output/model.zip');
    await createConfig('bad-image-config', 'bad-image-model');
    await createConfig('bad-data-config', 'bad-data-model');
    await s.sagemaker.send(new CreateEndpointCommand({ EndpointName: 'bad-image', EndpointConfigName: 'bad-image-config' }));
    await s.sagemaker.send(new CreateEndpointCommand({ EndpointName: 'bad-data', EndpointConfigName: 'bad-data-config' }));
    s.clock.advance(45_000);

    const image = await describeEndpoint('bad-image');
    expect(image.EndpointStatus).toBe('Failed');
    expect(image.FailureReason).toContain('Failed to pull image "111122223333.dkr.ecr.us-east-1.amazonaws.com/invalid-image:1"');
    const data = await describeEndpoint('bad-data');
    expect(data.EndpointStatus).toBe('Failed');
    expect(data.FailureReason).toBe(
      'Failed to extract model data archive from URL "s3://sagedeck-demo-churn-data/models/churn-job/output/model.zip". Please ensure that the object located at the URL is a valid tar.gz archive.',
    );
    const failed = await s.sagemaker.send(new ListEndpointsCommand({ StatusEquals: 'Failed', SortBy: 'Name', SortOrder: 'Ascending' }));
    expect(failed.Endpoints?.map((e) => e.EndpointName)).toEqual(['bad-data', 'bad-image']);
  });

  it('deletes an endpoint through Deleting, and answers missing endpoints', async () => {
    await createModel('churn-model');
    await createConfig('churn-config', 'churn-model');
    await s.sagemaker.send(new CreateEndpointCommand({ EndpointName: 'short-lived', EndpointConfigName: 'churn-config' }));
    s.clock.advance(45_000);
    await s.sagemaker.send(new DeleteEndpointCommand({ EndpointName: 'short-lived' }));
    expect((await describeEndpoint('short-lived')).EndpointStatus).toBe('Deleting');
    s.clock.advance(10_000);
    const gone = await serviceError(describeEndpoint('short-lived'));
    expect(gone.name).toBe('ValidationException');
    expect(gone.message).toBe(`Could not find endpoint "${arn('endpoint', 'short-lived')}".`);
    const noConfig = await serviceError(s.sagemaker.send(new CreateEndpointCommand({ EndpointName: 'x', EndpointConfigName: 'missing-config' })));
    expect(noConfig.message).toBe(`Could not find endpoint configuration "${arn('endpoint-config', 'missing-config')}".`);
  });

  it('lists endpoints newest first by default, with name filter and pagination', async () => {
    await createModel('churn-model');
    await createConfig('churn-config', 'churn-model');
    for (const name of ['ep-one', 'ep-two', 'ep-three']) {
      await s.sagemaker.send(new CreateEndpointCommand({ EndpointName: name, EndpointConfigName: 'churn-config' }));
      s.clock.advance(1_000);
    }
    const page = await s.sagemaker.send(new ListEndpointsCommand({ MaxResults: 2 }));
    expect(page.Endpoints?.map((e) => e.EndpointName)).toEqual(['ep-three', 'ep-two']);
    const next = await s.sagemaker.send(new ListEndpointsCommand({ MaxResults: 2, NextToken: page.NextToken }));
    expect(next.Endpoints?.map((e) => e.EndpointName)).toEqual(['ep-one']);
    const named = await s.sagemaker.send(new ListEndpointsCommand({ NameContains: 'TWO' }));
    expect(named.Endpoints?.map((e) => [e.EndpointName, e.EndpointStatus])).toEqual([['ep-two', 'Creating']]);
  });

  it('adds, lists and deletes tags on any resource it holds', async () => {
    await createModel('churn-model');
    const modelArn = arn('model', 'churn-model');
    await s.sagemaker.send(new AddTagsCommand({ ResourceArn: modelArn, Tags: [{ Key: 'team', Value: 'ml' }, { Key: 'stage', Value: 'dev' }] }));
    const added = await s.sagemaker.send(new AddTagsCommand({ ResourceArn: modelArn, Tags: [{ Key: 'stage', Value: 'prod' }] }));
    expect(added.Tags).toEqual([{ Key: 'team', Value: 'ml' }, { Key: 'stage', Value: 'prod' }]);
    await s.sagemaker.send(new DeleteTagsCommand({ ResourceArn: modelArn, TagKeys: ['team'] }));
    expect((await s.sagemaker.send(new ListTagsCommand({ ResourceArn: modelArn }))).Tags).toEqual([{ Key: 'stage', Value: 'prod' }]);

    await s.sagemaker.send(new CreateEndpointConfigCommand({ EndpointConfigName: 'tagged-config', ProductionVariants: [{ VariantName: 'AllTraffic', ModelName: 'churn-model', InstanceType: 'ml.m5.large', InitialInstanceCount: 1 }], Tags: [{ Key: 'owner', Value: 'sagedeck' }] }));
    expect((await s.sagemaker.send(new ListTagsCommand({ ResourceArn: arn('endpoint-config', 'tagged-config') }))).Tags).toEqual([{ Key: 'owner', Value: 'sagedeck' }]);

    const unknown = await serviceError(s.sagemaker.send(new ListTagsCommand({ ResourceArn: arn('model', 'nobody') })));
    expect(unknown.name).toBe('ValidationException');
    const notArn = await serviceError(s.sagemaker.send(new ListTagsCommand({ ResourceArn: 'churn-model' })));
    expect(notArn.message).toContain("at 'resourceArn' failed to satisfy constraint");
  });
});
