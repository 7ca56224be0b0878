import {
  CreateEndpointCommand,
  CreateEndpointConfigCommand,
  CreateModelCommand,
  CreateModelPackageCommand,
  DescribeEndpointCommand,
  DescribeModelCommand,
  DescribeModelPackageCommand,
  ListModelsCommand,
  SearchCommand,
  type SearchExpression,
} from '@aws-sdk/client-sagemaker';
import { InvokeEndpointCommand } from '@aws-sdk/client-sagemaker-runtime';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ROLE_ARN, serviceError, startSageMakerSandbox, type SageMakerSandbox } from './sagemaker-harness';

const VERSION = (n: number) => `arn:aws:sagemaker:us-east-1:111122223333:model-package/churn-prediction/${n}`;

describe('SageMaker hosting a registered model version (demo seed)', () => {
  let s: SageMakerSandbox;
  beforeEach(async () => {
    s = await startSageMakerSandbox('demo');
  });
  afterEach(async () => {
    await s.stop();
  });

  const modelFrom = (name: string, packageArn: string) =>
    s.sagemaker.send(new CreateModelCommand({ ModelName: name, ExecutionRoleArn: ROLE_ARN, PrimaryContainer: { ModelPackageName: packageArn } }));
  const host = async (name: string, model: string) => {
    await s.sagemaker.send(
      new CreateEndpointConfigCommand({ EndpointConfigName: `${name}-config`, ProductionVariants: [{ VariantName: 'AllTraffic', ModelName: model, InstanceType: 'ml.m5.large', InitialInstanceCount: 1 }] }),
    );
    await s.sagemaker.send(new CreateEndpointCommand({ EndpointName: name, EndpointConfigName: `${name}-config` }));
    for (let i = 0; i < 20; i += 1) {
      const endpoint = await s.sagemaker.send(new DescribeEndpointCommand({ EndpointName: name }));
      if (endpoint.EndpointStatus !== 'Creating') return endpoint;
      s.clock.advance(15_000);
    }
    throw new Error(`${name} still Creating after 5 simulated minutes`);
  };

  it('serves the version\'s image from a model that names only its ModelPackageName, and answers', async () => {
    const version = await s.sagemaker.send(new DescribeModelPackageCommand({ ModelPackageName: VERSION(1) }));
    const image = version.InferenceSpecification?.Containers?.[0]?.Image;
    expect(image).toMatch(/sagemaker-xgboost/);
    await modelFrom('churn-from-v1', VERSION(1));
    // DescribeModel shows the container as it was asked for: the version, not a copied image.
    const model = await s.sagemaker.send(new DescribeModelCommand({ ModelName: 'churn-from-v1' }));
    expect(model.PrimaryContainer?.ModelPackageName).toBe(VERSION(1));

    const endpoint = await host('churn-v1-check', 'churn-from-v1');
    expect(endpoint.EndpointStatus).toBe('InService');
    expect(endpoint.ProductionVariants?.[0]?.DeployedImages?.[0]?.SpecifiedImage).toBe(image);
    const answer = await s.runtime.send(new InvokeEndpointCommand({ EndpointName: 'churn-v1-check', ContentType: 'text/csv', Body: new TextEncoder().encode('60,25.5,0,24\n') }));
    expect(answer.InvokedProductionVariant).toBe('AllTraffic');
    expect(Number(new TextDecoder().decode(answer.Body))).toBeGreaterThan(0);
  });

  it('hosts the version\'s model data: a version whose artifacts are not a model archive fails the endpoint with that URL', async () => {
    const good = await s.sagemaker.send(new DescribeModelPackageCommand({ ModelPackageName: VERSION(1) }));
    const container = good.InferenceSpecification?.Containers?.[0];
    const badData = 's3://sagedeck-demo-churn-data/models/not-an-archive.csv';
    const created = await s.sagemaker.send(
      new CreateModelPackageCommand({
        ModelPackageGroupName: 'churn-prediction',
        InferenceSpecification: {
          Containers: [{ Image: container?.Image ?? '', ModelDataUrl: badData }],
          SupportedContentTypes: ['text/csv'],
          SupportedResponseMIMETypes: ['text/csv'],
        },
      }),
    );
    await modelFrom('churn-from-bad-data', created.ModelPackageArn ?? '');
    const endpoint = await host('churn-bad-data', 'churn-from-bad-data');
    expect(endpoint.EndpointStatus).toBe('Failed');
    expect(endpoint.FailureReason).toContain(`Failed to extract model data archive from URL "${badData}"`);
  });

  it('refuses a ModelPackageName that is not a registered version, and creates nothing', async () => {
    const error = await serviceError(modelFrom('churn-from-v99', VERSION(99)));
    expect(error.name).toBe('ValidationException');
    expect(error.message).toBe(`ModelPackage ${VERSION(99)} does not exist.`);
    const models = await s.sagemaker.send(new ListModelsCommand({ NameContains: 'churn-from' }));
    expect(models.Models ?? []).toEqual([]);
  });
});

describe('SageMaker Search over endpoints (demo seed)', () => {
  let s: SageMakerSandbox;
  beforeEach(async () => {
    s = await startSageMakerSandbox('demo');
  });
  afterEach(async () => {
    await s.stop();
  });

  const search = (expression?: SearchExpression) =>
    s.sagemaker.send(new SearchCommand({ Resource: 'Endpoint', ...(expression ? { SearchExpression: expression } : {}), SortBy: 'CreationTime', SortOrder: 'Descending' }));

  it('answers the Endpoint resource type with config, running variants, status and tags, filtered and sorted', async () => {
    const all = await search();
    const prod = all.Results?.find((r) => r.Endpoint?.EndpointName === 'churn-prod')?.Endpoint;
    const described = await s.sagemaker.send(new DescribeEndpointCommand({ EndpointName: 'churn-prod' }));
    expect(prod).toMatchObject({
      EndpointArn: described.EndpointArn,
      EndpointConfigName: 'churn-prod-config-v3',
      EndpointStatus: 'InService',
      Tags: expect.arrayContaining([
        { Key: 'project', Value: 'churn' },
        { Key: 'stage', Value: 'prod' },
      ]),
    });
    expect(prod?.ProductionVariants).toEqual(described.ProductionVariants);
    expect(prod?.CreationTime?.toISOString()).toBe(described.CreationTime?.toISOString());

    // A second endpoint, newer: first in CreationTime Descending, and kept apart by the filters.
    await s.sagemaker.send(new CreateEndpointCommand({ EndpointName: 'churn-staging', EndpointConfigName: 'churn-prod-config-v1', Tags: [{ Key: 'stage', Value: 'staging' }] }));
    expect((await search()).Results?.map((r) => r.Endpoint?.EndpointName)).toEqual(['churn-staging', 'churn-prod']);
    const byTag = await search({ Filters: [{ Name: 'Tags.stage', Operator: 'Equals', Value: 'prod' }] });
    expect(byTag.Results?.map((r) => r.Endpoint?.EndpointName)).toEqual(['churn-prod']);
    const creating = await search({ Filters: [{ Name: 'EndpointStatus', Operator: 'Equals', Value: 'Creating' }] });
    expect(creating.Results?.map((r) => r.Endpoint?.EndpointName)).toEqual(['churn-staging']);
    const byName = await search({ Filters: [{ Name: 'EndpointName', Operator: 'Contains', Value: 'prod' }] });
    expect(byName.Results?.map((r) => r.Endpoint?.EndpointName)).toEqual(['churn-prod']);
  });
});
