import { CreateEndpointCommand, CreateEndpointConfigCommand, CreateModelCommand } from '@aws-sdk/client-sagemaker';
import { InvokeEndpointCommand, ModelError } from '@aws-sdk/client-sagemaker-runtime';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROLE_ARN, serviceError, startSageMakerSandbox, type SageMakerSandbox } from './sagemaker-harness';

const text = (body: Uint8Array | undefined) => Buffer.from(body ?? new Uint8Array()).toString('utf8');

describe('SageMaker Runtime InvokeEndpoint', () => {
  let s: SageMakerSandbox;
  beforeAll(async () => {
    s = await startSageMakerSandbox();
    await s.sagemaker.send(
      new CreateModelCommand({ ModelName: 'churn-model', ExecutionRoleArn: ROLE_ARN, PrimaryContainer: { Image: '683313688378.dkr.ecr.us-east-1.amazonaws.com/sagemaker-xgboost:1.7-1', ModelDataUrl: 's3://sagedeck-demo-churn-data/models/j/output/model.tar.gz' } }),
    );
    await s.sagemaker.send(
      new CreateEndpointConfigCommand({
        EndpointConfigName: 'churn-config',
        ProductionVariants: [
          { VariantName: 'Blue', ModelName: 'churn-model', InstanceType: 'ml.m5.large', InitialInstanceCount: 1, InitialVariantWeight: 0.9 },
          { VariantName: 'Green', ModelName: 'churn-model', InstanceType: 'ml.m5.large', InitialInstanceCount: 1, InitialVariantWeight: 0.1 },
        ],
      }),
    );
    await s.sagemaker.send(new CreateEndpointCommand({ EndpointName: 'churn-live', EndpointConfigName: 'churn-config' }));
  });
  afterAll(async () => {
    await s.stop();
  });

  const invoke = (body: string, contentType: string, extra: Record<string, string> = {}) =>
    s.runtime.send(new InvokeEndpointCommand({ EndpointName: 'churn-live', Body: Buffer.from(body), ContentType: contentType, ...extra }));

  it('refuses an endpoint that is still Creating, and one that does not exist', async () => {
    const creating = await serviceError(invoke('1,2,3,4', 'text/csv'));
    expect(creating.name).toBe('ValidationError');
    expect(creating.$metadata.httpStatusCode).toBe(400);
    expect(creating.message).toContain('Endpoint churn-live of account 111122223333 is not in service');
    const missing = await serviceError(s.runtime.send(new InvokeEndpointCommand({ EndpointName: 'nope', Body: Buffer.from('1'), ContentType: 'text/csv' })));
    expect(missing.name).toBe('ValidationError');
    expect(missing.message).toBe('Endpoint nope of account 111122223333 not found.');
    s.clock.advance(45_000);
  });

  it('scores CSV rows deterministically, one probability per line, from the heaviest variant', async () => {
    const loyal = '60,25.5,0,24';
    const atRisk = '2,105,5,1';
    const first = await invoke(`${loyal}\n${atRisk}\n`, 'text/csv');
    expect(first.ContentType).toBe('text/csv');
    expect(first.InvokedProductionVariant).toBe('Blue');
    const scores = text(first.Body).split('\n').map(Number);
    expect(scores).toHaveLength(2);
    expect(scores[0]).toBeLessThan(0.2);
    expect(scores[1]).toBeGreaterThan(0.8);
    const again = await invoke(`${loyal}\n${atRisk}\n`, 'text/csv');
    expect(text(again.Body)).toBe(text(first.Body));
  });

  it('accepts JSON and answers in the Accept type, honouring TargetVariant and CustomAttributes', async () => {
    const json = await invoke(JSON.stringify({ instances: [{ features: [2, 105, 5, 1] }, [60, 25.5, 0, 24]] }), 'application/json', {
      TargetVariant: 'Green',
      CustomAttributes: 'trace=abc',
    });
    expect(json.ContentType).toBe('application/json');
    expect(json.InvokedProductionVariant).toBe('Green');
    expect(json.CustomAttributes).toBe('trace=abc');
    const body = JSON.parse(text(json.Body)) as { predictions: { score: number; predicted_label: number }[] };
    expect(body.predictions.map((p) => p.predicted_label)).toEqual([1, 0]);

    const csvOut = await invoke('{"features":[2,105,5,1]}', 'application/json', { Accept: 'text/csv' });
    expect(csvOut.ContentType).toBe('text/csv');
    expect(Number(text(csvOut.Body))).toBe(body.predictions[0]?.score);
  });

  it('answers unreadable input with ModelError 424 pointing at the endpoint log group', async () => {
    const error = await serviceError(invoke('12,abc,3', 'text/csv'));
    expect(error).toBeInstanceOf(ModelError);
    expect(error.$metadata.httpStatusCode).toBe(424);
    expect(error.message).toContain('Received client error (400) from primary with message "could not convert string to float: \'abc\'"');
    expect((error as ModelError).LogStreamArn).toBe('arn:aws:logs:us-east-1:111122223333:log-group:/aws/sagemaker/Endpoints/churn-live');
    const wrongType = await serviceError(invoke('<x/>', 'application/xml'));
    expect(wrongType.name).toBe('ModelError');
    const unknownVariant = await serviceError(invoke('1,2,3,4', 'text/csv', { TargetVariant: 'Purple' }));
    expect(unknownVariant.name).toBe('ValidationError');
  });
});
