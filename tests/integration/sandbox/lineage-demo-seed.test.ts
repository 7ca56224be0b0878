import {
  DescribeModelCommand,
  DescribeModelPackageCommand,
  ListArtifactsCommand,
  ListContextsCommand,
  QueryLineageCommand,
  type QueryLineageCommandInput,
} from '@aws-sdk/client-sagemaker';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serviceError, startSageMakerSandbox, type SageMakerSandbox } from './sagemaker-harness';

const BUCKET = 's3://sagedeck-demo-churn-data';
const ENDPOINT_ARN = 'arn:aws:sagemaker:us-east-1:111122223333:endpoint/churn-prod';
const componentArn = (job: string) => `arn:aws:sagemaker:us-east-1:111122223333:experiment-trial-component/${job}-aws-training-job`;

describe('SageMaker lineage of the demo seed: churn-prod back to its raw data', () => {
  let s: SageMakerSandbox;
  let endpointContext: string;
  beforeAll(async () => {
    s = await startSageMakerSandbox('demo');
    const contexts = await s.sagemaker.send(new ListContextsCommand({ SourceUri: ENDPOINT_ARN }));
    expect(contexts.ContextSummaries).toHaveLength(1);
    expect(contexts.ContextSummaries?.[0]?.ContextType).toBe('Endpoint');
    endpointContext = contexts.ContextSummaries?.[0]?.ContextArn ?? '';
  });
  afterAll(async () => {
    await s.stop();
  });

  const artifactArn = async (uri: string) => {
    const found = (await s.sagemaker.send(new ListArtifactsCommand({ SourceUri: uri }))).ArtifactSummaries ?? [];
    expect(found, uri).toHaveLength(1);
    return found[0]?.ArtifactArn ?? '';
  };
  const trainingJobOfVersion = async (version: number) =>
    (await s.sagemaker.send(new DescribeModelPackageCommand({ ModelPackageName: `churn-prediction/${version}` }))).CustomerMetadataProperties?.training_job ?? '';
  const query = (input: QueryLineageCommandInput) => s.sagemaker.send(new QueryLineageCommand(input));

  it('reaches the served training job, its processed training data and the raw data upstream of the endpoint', async () => {
    const v3Job = await trainingJobOfVersion(3);
    const served = await s.sagemaker.send(new DescribeModelCommand({ ModelName: 'churn-xgb-v3' }));
    const result = await query({ StartArns: [endpointContext], Direction: 'Ascendants', IncludeEdges: true });
    const vertices = new Map((result.Vertices ?? []).map((v) => [v.Arn, v]));

    expect(vertices.get(componentArn(v3Job))).toEqual({ Arn: componentArn(v3Job), Type: 'TrainingJob', LineageType: 'TrialComponent' });
    const train = await artifactArn(`${BUCKET}/processed/train/`);
    const raw = await artifactArn(`${BUCKET}/raw/customers.csv`);
    const modelData = await artifactArn(served.PrimaryContainer?.ModelDataUrl ?? '');
    expect(vertices.get(train)).toMatchObject({ Type: 'DataSet', LineageType: 'Artifact' });
    expect(vertices.get(raw)).toMatchObject({ Type: 'DataSet', LineageType: 'Artifact' });
    expect(vertices.get(modelData)).toMatchObject({ Type: 'Model', LineageType: 'Artifact' });

    // The edges spell the chain: data ContributedTo the job, the job Produced the model.
    expect(result.Edges).toContainEqual({ SourceArn: train, DestinationArn: componentArn(v3Job), AssociationType: 'ContributedTo' });
    expect(result.Edges).toContainEqual({ SourceArn: componentArn(v3Job), DestinationArn: modelData, AssociationType: 'Produced' });
  });

  it('passes through the registered version the endpoint serves', async () => {
    const pkg = await s.sagemaker.send(new DescribeModelPackageCommand({ ModelPackageName: 'churn-prediction/3' }));
    const pkgArtifact = await artifactArn(pkg.ModelPackageArn ?? '');
    const result = await query({ StartArns: [endpointContext], Direction: 'Ascendants', IncludeEdges: true });
    expect(result.Vertices?.map((v) => v.Arn)).toContain(pkgArtifact);
    const dataUrl = pkg.InferenceSpecification?.Containers?.[0]?.ModelDataUrl ?? '';
    expect(result.Edges).toContainEqual({ SourceArn: await artifactArn(dataUrl), DestinationArn: pkgArtifact, AssociationType: 'ContributedTo' });
  });

  it('filters by type: the training jobs behind the endpoint are the two versions it has served', async () => {
    const result = await query({ StartArns: [endpointContext], Direction: 'Ascendants', IncludeEdges: false, Filters: { Types: ['TrainingJob'], LineageTypes: ['TrialComponent'] } });
    const expected = [componentArn(await trainingJobOfVersion(1)), componentArn(await trainingJobOfVersion(3))].sort();
    expect(result.Vertices?.map((v) => v.Arn).sort()).toEqual(expected);
    expect(result.Edges).toEqual([]);
  });

  it('walks forward from the raw data prefix to the endpoint it fed', async () => {
    const raw = await artifactArn(`${BUCKET}/raw/customers.csv`);
    const result = await query({ StartArns: [raw], Direction: 'Descendants', Filters: { LineageTypes: ['Context'], Types: ['Endpoint'] } });
    expect(result.Vertices).toEqual([{ Arn: endpointContext, Type: 'Endpoint', LineageType: 'Context' }]);
  });

  it('pages the same graph: every vertex and edge once, whatever the page size', async () => {
    const whole = await query({ StartArns: [endpointContext], Direction: 'Both', IncludeEdges: true });
    const vertices: string[] = [];
    const edges: string[] = [];
    let token: string | undefined;
    do {
      const page = await query({ StartArns: [endpointContext], Direction: 'Both', IncludeEdges: true, MaxResults: 7, ...(token ? { NextToken: token } : {}) });
      expect(page.Vertices?.length).toBeLessThanOrEqual(7);
      vertices.push(...(page.Vertices ?? []).map((v) => v.Arn ?? ''));
      edges.push(...(page.Edges ?? []).map((e) => `${e.SourceArn ?? ''} ${e.DestinationArn ?? ''}`));
      token = page.NextToken;
    } while (token);
    expect(vertices.length).toBeGreaterThan(7);
    expect(vertices).toEqual((whole.Vertices ?? []).map((v) => v.Arn));
    expect(edges.sort()).toEqual((whole.Edges ?? []).map((e) => `${e.SourceArn ?? ''} ${e.DestinationArn ?? ''}`).sort());
  });

  it('stops at MaxDepth: one association up from the endpoint are its model deployments only', async () => {
    const result = await query({ StartArns: [endpointContext], Direction: 'Ascendants', MaxDepth: 1 });
    const types = (result.Vertices ?? []).filter((v) => v.Arn !== endpointContext).map((v) => v.Type);
    expect(types).toEqual(['ModelDeployment', 'ModelDeployment']);
  });

  it('refuses a depth over 10 and a start that does not exist, as AWS words it', async () => {
    const deep = await serviceError(query({ StartArns: [endpointContext], MaxDepth: 11 }));
    expect(deep.name).toBe('ValidationException');
    expect(deep.message).toBe("1 validation error detected: Value '11' at 'maxDepth' failed to satisfy constraint: Member must have value less than or equal to 10");
    const missing = 'arn:aws:sagemaker:us-east-1:111122223333:context/not-there';
    const gone = await serviceError(query({ StartArns: [missing] }));
    expect(gone.name).toBe('ResourceNotFound');
    expect(gone.message).toBe(`Context '${missing}' does not exist.`);
  });
});
