import {
  CreateDeploymentCommand,
  CreateStageCommand,
  DeleteDeploymentCommand,
  DeleteStageCommand,
  GetDeploymentCommand,
  GetDeploymentsCommand,
  GetStageCommand,
  GetStagesCommand,
  PutIntegrationCommand,
  PutMethodCommand,
  UpdateMethodCommand,
  UpdateStageCommand,
} from '@aws-sdk/client-api-gateway';
import { describe, expect, it, vi } from 'vitest';
import { apiGatewayError, useScoringApi, type ApiGatewaySandbox } from './apigateway-control-harness';

vi.mock('../../../electron/sandbox/services', () => ({ MODULE_FACTORIES: [] }));

describe('API Gateway deployments and stages', () => {
  let s: ApiGatewaySandbox;
  let restApiId: string;
  let rootId: string;
  useScoringApi((started) => ({ s, restApiId, rootId } = started));

  const mockGet = async () => {
    await s.apigw.send(new PutMethodCommand({ restApiId, resourceId: rootId, httpMethod: 'GET', authorizationType: 'NONE' }));
    await s.apigw.send(new PutIntegrationCommand({ restApiId, resourceId: rootId, httpMethod: 'GET', type: 'MOCK' }));
  };

  it('refuses to deploy an API without methods or with a method lacking an integration', async () => {
    const empty = await apiGatewayError(s.apigw.send(new CreateDeploymentCommand({ restApiId })));
    expect(empty.name).toBe('BadRequestException');
    expect(empty.message).toBe("The REST API doesn't contain any methods");
    await s.apigw.send(new PutMethodCommand({ restApiId, resourceId: rootId, httpMethod: 'GET', authorizationType: 'NONE' }));
    expect((await apiGatewayError(s.apigw.send(new CreateDeploymentCommand({ restApiId })))).message).toBe('No integration defined for method');
  });

  it('freezes the API at deployment time and creates the named stage', async () => {
    await mockGet();
    const first = await s.apigw.send(new CreateDeploymentCommand({ restApiId, stageName: 'prod', stageDescription: 'Production', description: 'v1' }));
    expect(first.id).toMatch(/^[a-z0-9]{6}$/);
    const stage = await s.apigw.send(new GetStageCommand({ restApiId, stageName: 'prod' }));
    expect(stage).toMatchObject({ stageName: 'prod', deploymentId: first.id, description: 'Production', cacheClusterEnabled: false, cacheClusterStatus: 'NOT_AVAILABLE', tracingEnabled: false });

    // Live edits do not reach the deployment: its summary still shows the method as it was.
    await s.apigw.send(
      new UpdateMethodCommand({ restApiId, resourceId: rootId, httpMethod: 'GET', patchOperations: [{ op: 'replace', path: '/authorizationType', value: 'AWS_IAM' }] }),
    );
    const frozen = await s.apigw.send(new GetDeploymentCommand({ restApiId, deploymentId: first.id, embed: ['apisummary'] }));
    expect(frozen.apiSummary).toEqual({ '/': { GET: { authorizationType: 'NONE', apiKeyRequired: false } } });

    const second = await s.apigw.send(new CreateDeploymentCommand({ restApiId, stageName: 'prod', description: 'v2' }));
    expect((await s.apigw.send(new GetStageCommand({ restApiId, stageName: 'prod' }))).deploymentId).toBe(second.id);
    const summary = await s.apigw.send(new GetDeploymentCommand({ restApiId, deploymentId: second.id, embed: ['apisummary'] }));
    expect(summary.apiSummary?.['/']?.GET?.authorizationType).toBe('AWS_IAM');
    expect((await s.apigw.send(new GetDeploymentsCommand({ restApiId }))).items?.map((item) => item.description)).toEqual(['v1', 'v2']);

    await s.apigw.send(new DeleteDeploymentCommand({ restApiId, deploymentId: first.id }));
    const inUse = await apiGatewayError(s.apigw.send(new DeleteDeploymentCommand({ restApiId, deploymentId: second.id })));
    expect(inUse.name).toBe('BadRequestException');
    expect(inUse.message).toBe('Active stages pointing to this deployment must be moved or deleted');
    await s.apigw.send(new DeleteStageCommand({ restApiId, stageName: 'prod' }));
    await s.apigw.send(new DeleteDeploymentCommand({ restApiId, deploymentId: second.id }));
    const gone = await apiGatewayError(s.apigw.send(new GetDeploymentCommand({ restApiId, deploymentId: second.id })));
    expect(gone.name).toBe('NotFoundException');
  });

  it("patches a stage's variables, method settings, access logs and deployment", async () => {
    await mockGet();
    const first = await s.apigw.send(new CreateDeploymentCommand({ restApiId }));
    const second = await s.apigw.send(new CreateDeploymentCommand({ restApiId }));
    await s.apigw.send(new CreateStageCommand({ restApiId, stageName: 'prod', deploymentId: first.id, variables: { endpointName: 'churn-prod' }, tags: { team: 'mlops' } }));
    const duplicate = await apiGatewayError(s.apigw.send(new CreateStageCommand({ restApiId, stageName: 'prod', deploymentId: first.id })));
    expect(duplicate.name).toBe('ConflictException');
    expect(duplicate.message).toBe('Stage already exists');

    const logGroup = 'arn:aws:logs:us-east-1:111122223333:log-group:/aws/apigateway/scoring-access';
    const updated = await s.apigw.send(
      new UpdateStageCommand({
        restApiId,
        stageName: 'prod',
        patchOperations: [
          { op: 'replace', path: '/variables/endpointName', value: 'churn-staging' },
          { op: 'add', path: '/variables/mode', value: 'shadow' },
          { op: 'replace', path: '/*/*/throttling/rateLimit', value: '100' },
          { op: 'replace', path: '/*/*/throttling/burstLimit', value: '50' },
          { op: 'replace', path: '/*/*/logging/loglevel', value: 'INFO' },
          { op: 'replace', path: '/*/*/metrics/enabled', value: 'true' },
          { op: 'replace', path: '/~1/GET/caching/ttlInSeconds', value: '60' },
          { op: 'replace', path: '/accessLogSettings/destinationArn', value: logGroup },
          { op: 'replace', path: '/accessLogSettings/format', value: '$context.requestId' },
          { op: 'replace', path: '/deploymentId', value: second.id },
          { op: 'replace', path: '/tracingEnabled', value: 'true' },
        ],
      }),
    );
    expect(updated).toMatchObject({
      deploymentId: second.id,
      variables: { endpointName: 'churn-staging', mode: 'shadow' },
      accessLogSettings: { destinationArn: logGroup, format: '$context.requestId' },
      tracingEnabled: true,
      tags: { team: 'mlops' },
    });
    expect(updated.methodSettings?.['*/*']).toEqual({
      metricsEnabled: true,
      loggingLevel: 'INFO',
      dataTraceEnabled: false,
      throttlingBurstLimit: 50,
      throttlingRateLimit: 100,
      cachingEnabled: false,
      cacheTtlInSeconds: 300,
      cacheDataEncrypted: false,
      requireAuthorizationForCacheControl: true,
      unauthorizedCacheControlHeaderStrategy: 'SUCCEED_WITH_RESPONSE_HEADER',
    });
    expect(updated.methodSettings?.['~1/GET']?.cacheTtlInSeconds).toBe(60);

    const removed = await s.apigw.send(
      new UpdateStageCommand({ restApiId, stageName: 'prod', patchOperations: [{ op: 'remove', path: '/variables/mode' }, { op: 'remove', path: '/~1/GET' }] }),
    );
    expect(removed.variables).toEqual({ endpointName: 'churn-staging' });
    expect(Object.keys(removed.methodSettings ?? {})).toEqual(['*/*']);

    for (const [path, value] of [
      ['/*/*/logging/loglevel', 'DEBUG'],
      ['/deploymentId', 'nope00'],
      ['/accessLogSettings/destinationArn', 'arn:aws:s3:::bucket'],
      ['/stageName', 'other'],
    ] as const) {
      const error = await apiGatewayError(s.apigw.send(new UpdateStageCommand({ restApiId, stageName: 'prod', patchOperations: [{ op: 'replace', path, value }] })));
      expect(error.name, path).toBe('BadRequestException');
    }
    expect((await s.apigw.send(new GetStageCommand({ restApiId, stageName: 'prod' }))).methodSettings?.['*/*']?.loggingLevel).toBe('INFO');

    const byDeployment = await s.apigw.send(new GetStagesCommand({ restApiId, deploymentId: first.id }));
    expect(byDeployment.item).toEqual([]);
    expect((await s.apigw.send(new GetStagesCommand({ restApiId }))).item?.map((item) => item.stageName)).toEqual(['prod']);
    const missing = await apiGatewayError(s.apigw.send(new GetStageCommand({ restApiId, stageName: 'dev' })));
    expect(missing.message).toBe('Invalid Stage identifier specified');
  });
});
