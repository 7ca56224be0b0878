import {
  AddAssociationCommand,
  CreateActionCommand,
  CreateArtifactCommand,
  CreateContextCommand,
  CreateTrainingJobCommand,
  DeleteAssociationCommand,
  DescribeActionCommand,
  DescribeArtifactCommand,
  DescribeContextCommand,
  DescribeTrainingJobCommand,
  ListActionsCommand,
  ListArtifactsCommand,
  ListAssociationsCommand,
  ListContextsCommand,
} from '@aws-sdk/client-sagemaker';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { serviceError, startSageMakerSandbox, trainingJobInput, type SageMakerSandbox } from './sagemaker-harness';

const DATA = 's3://sagedeck-demo-churn-data/processed/train/';
const ARN = (kind: string, name: string) => `arn:aws:sagemaker:us-east-1:111122223333:${kind}/${name}`;

describe('SageMaker lineage entities and associations', () => {
  let s: SageMakerSandbox;
  beforeEach(async () => {
    s = await startSageMakerSandbox();
  });
  afterEach(async () => {
    await s.stop();
  });

  const createDataSet = async (uri = DATA) =>
    (await s.sagemaker.send(new CreateArtifactCommand({ ArtifactName: 'train-data', ArtifactType: 'DataSet', Source: { SourceUri: uri }, Properties: { rows: '7043' } }))).ArtifactArn ?? '';
  const createContext = async () =>
    (await s.sagemaker.send(new CreateContextCommand({ ContextName: 'churn-campaign', ContextType: 'Project', Source: { SourceUri: 'https://wiki.example.com/churn' }, Description: 'Q3 retention' }))).ContextArn ?? '';
  const associations = async (input: { SourceArn?: string; DestinationArn?: string } = {}) =>
    (await s.sagemaker.send(new ListAssociationsCommand(input))).AssociationSummaries ?? [];

  it('adds, lists and deletes an association between an artifact and a context', async () => {
    const artifact = await createDataSet();
    expect(artifact).toMatch(/^arn:aws:sagemaker:us-east-1:111122223333:artifact\/[0-9a-f]{32}$/);
    const context = await createContext();
    expect(context).toBe(ARN('context', 'churn-campaign'));

    const added = await s.sagemaker.send(new AddAssociationCommand({ SourceArn: artifact, DestinationArn: context, AssociationType: 'ContributedTo' }));
    expect(added).toMatchObject({ SourceArn: artifact, DestinationArn: context });

    const listed = await associations({ SourceArn: artifact });
    expect(listed).toEqual([
      expect.objectContaining({ SourceArn: artifact, DestinationArn: context, SourceType: 'DataSet', DestinationType: 'Project', AssociationType: 'ContributedTo', SourceName: 'train-data', DestinationName: 'churn-campaign' }),
    ]);
    expect(await associations({ DestinationArn: artifact })).toEqual([]);

    await s.sagemaker.send(new DeleteAssociationCommand({ SourceArn: artifact, DestinationArn: context }));
    expect(await associations({ SourceArn: artifact })).toEqual([]);
  });

  it('refuses a pair twice, an entity that does not exist, a type it does not know, and a delete of nothing', async () => {
    const artifact = await createDataSet();
    const context = await createContext();
    await s.sagemaker.send(new AddAssociationCommand({ SourceArn: artifact, DestinationArn: context }));

    const twice = await serviceError(s.sagemaker.send(new AddAssociationCommand({ SourceArn: artifact, DestinationArn: context, AssociationType: 'AssociatedWith' })));
    expect(twice.name).toBe('ValidationException');
    expect(twice.message).toContain('already exists');

    const ghost = ARN('action', 'never-created');
    const missing = await serviceError(s.sagemaker.send(new AddAssociationCommand({ SourceArn: ghost, DestinationArn: context })));
    expect(missing.name).toBe('ResourceNotFound');
    expect(missing.message).toBe(`Action '${ghost}' does not exist.`);

    const endpoint = ARN('endpoint', 'churn-prod');
    const notAnEntity = await serviceError(s.sagemaker.send(new AddAssociationCommand({ SourceArn: endpoint, DestinationArn: context })));
    expect(notAnEntity.name).toBe('ValidationException');
    expect(notAnEntity.message).toContain(`Value '${endpoint}' at 'sourceArn' failed to satisfy constraint: Member must satisfy regular expression pattern`);

    const badType = await serviceError(s.sagemaker.send(new AddAssociationCommand({ SourceArn: context, DestinationArn: artifact, AssociationType: 'FedInto' as 'Produced' })));
    expect(badType.message).toBe(
      "1 validation error detected: Value 'FedInto' at 'associationType' failed to satisfy constraint: Member must satisfy enum value set: [ContributedTo, AssociatedWith, DerivedFrom, Produced, SameAs]",
    );

    const nothing = await serviceError(s.sagemaker.send(new DeleteAssociationCommand({ SourceArn: context, DestinationArn: artifact })));
    expect(nothing.name).toBe('ResourceNotFound');
  });

  it('describes and lists artifacts, actions and contexts by their source URI and type', async () => {
    const artifact = await createDataSet();
    await createDataSet('s3://sagedeck-demo-churn-data/processed/validation/');
    await createContext();
    await s.sagemaker.send(new CreateActionCommand({ ActionName: 'approve-v3', ActionType: 'Approval', Source: { SourceUri: ARN('model-package', 'churn-prediction/3') }, Status: 'Completed' }));

    const described = await s.sagemaker.send(new DescribeArtifactCommand({ ArtifactArn: artifact }));
    expect(described).toMatchObject({ ArtifactArn: artifact, ArtifactName: 'train-data', ArtifactType: 'DataSet', Source: { SourceUri: DATA }, Properties: { rows: '7043' } });
    const byUri = await s.sagemaker.send(new ListArtifactsCommand({ SourceUri: DATA }));
    expect(byUri.ArtifactSummaries?.map((a) => a.ArtifactArn)).toEqual([artifact]);
    expect((await s.sagemaker.send(new ListArtifactsCommand({ ArtifactType: 'DataSet' }))).ArtifactSummaries).toHaveLength(2);
    expect((await s.sagemaker.send(new ListArtifactsCommand({ ArtifactType: 'Model' }))).ArtifactSummaries).toEqual([]);

    expect(await s.sagemaker.send(new DescribeActionCommand({ ActionName: 'approve-v3' }))).toMatchObject({ ActionType: 'Approval', Status: 'Completed' });
    expect((await s.sagemaker.send(new ListActionsCommand({ ActionType: 'Approval' }))).ActionSummaries?.map((a) => a.ActionName)).toEqual(['approve-v3']);
    expect(await s.sagemaker.send(new DescribeContextCommand({ ContextName: ARN('context', 'churn-campaign') }))).toMatchObject({ ContextType: 'Project', Description: 'Q3 retention' });
    expect((await s.sagemaker.send(new ListContextsCommand({ SourceUri: 'https://wiki.example.com/churn' }))).ContextSummaries?.map((c) => c.ContextName)).toEqual(['churn-campaign']);

    const gone = await serviceError(s.sagemaker.send(new DescribeContextCommand({ ContextName: 'nope' })));
    expect(gone.name).toBe('ResourceNotFound');
    expect(gone.message).toBe(`Context '${ARN('context', 'nope')}' does not exist.`);
    const twice = await serviceError(createContext());
    expect(twice.message).toBe(`Context '${ARN('context', 'churn-campaign')}' already exists.`);
  });

  it('tracks a training job: one artifact per data URI however many jobs read it, and the model it produced', async () => {
    await s.sagemaker.send(new CreateTrainingJobCommand(trainingJobInput('churn-a')));
    await s.sagemaker.send(new CreateTrainingJobCommand(trainingJobInput('churn-b')));
    const data = (await s.sagemaker.send(new ListArtifactsCommand({ SourceUri: DATA }))).ArtifactSummaries ?? [];
    expect(data.map((a) => a.ArtifactType)).toEqual(['DataSet']);
    const readers = await associations({ SourceArn: data[0]?.ArtifactArn ?? '' });
    expect(readers.map((a) => [a.DestinationName, a.DestinationType, a.AssociationType]).sort()).toEqual([
      ['churn-a-aws-training-job', 'TrainingJob', 'ContributedTo'],
      ['churn-b-aws-training-job', 'TrainingJob', 'ContributedTo'],
    ]);
    expect((await s.sagemaker.send(new ListArtifactsCommand({ ArtifactType: 'Image' }))).ArtifactSummaries?.map((a) => a.Source?.SourceUri)).toEqual([
      '683313688378.dkr.ecr.us-east-1.amazonaws.com/sagemaker-xgboost:1.7-1',
    ]);

    s.clock.advance(3_600_000);
    const job = await s.sagemaker.send(new DescribeTrainingJobCommand({ TrainingJobName: 'churn-a' }));
    expect(job.TrainingJobStatus).toBe('Completed');
    const model = (await s.sagemaker.send(new ListArtifactsCommand({ SourceUri: job.ModelArtifacts?.S3ModelArtifacts }))).ArtifactSummaries ?? [];
    expect(model.map((a) => a.ArtifactType)).toEqual(['Model']);
    expect(await associations({ DestinationArn: model[0]?.ArtifactArn ?? '' })).toEqual([
      expect.objectContaining({ SourceArn: ARN('experiment-trial-component', 'churn-a-aws-training-job'), AssociationType: 'Produced' }),
    ]);
  });
});
