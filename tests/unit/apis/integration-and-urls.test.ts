import { describe, expect, it } from 'vitest';
import { resourceUrl, stageInvokeUrl } from '../../../electron/core/areas/apis/invoke-urls';
import { invokeEndpointUri } from '../../../electron/core/areas/apis/sagemaker-integration';
import { endpointOfIntegrationUri as endpointOfUri } from '../../../shared/domain/apis';
import { servedEndpoints } from '../../../electron/core/areas/apis/api-summary';

describe('SageMaker integration URIs', () => {
  it('reads the endpoint from the console form (two slashes) and the single-slash form', () => {
    expect(endpointOfUri('arn:aws:apigateway:us-east-1:runtime.sagemaker:path//endpoints/churn-prod/invocations')).toBe('churn-prod');
    expect(endpointOfUri('arn:aws:apigateway:eu-west-1:runtime.sagemaker:path/endpoints/churn-dev/invocations')).toBe('churn-dev');
    expect(endpointOfUri('arn:aws-cn:apigateway:cn-north-1:runtime.sagemaker:path//endpoints/e1/invocations')).toBe('e1');
  });

  it('names no endpoint for other integrations', () => {
    expect(endpointOfUri('arn:aws:apigateway:us-east-1:lambda:path/2015-03-31/functions/arn:aws:lambda:us-east-1:1:function:f/invocations')).toBeUndefined();
    expect(endpointOfUri('https://example.com/predict')).toBeUndefined();
    expect(endpointOfUri(undefined)).toBeUndefined();
  });

  it('writes the URI for the session region and partition, and reads it back', () => {
    expect(invokeEndpointUri('us-east-1', 'churn-prod')).toBe('arn:aws:apigateway:us-east-1:runtime.sagemaker:path//endpoints/churn-prod/invocations');
    expect(invokeEndpointUri('cn-north-1', 'x')).toMatch(/^arn:aws-cn:apigateway:cn-north-1:/);
    expect(endpointOfUri(invokeEndpointUri('us-gov-west-1', 'churn-prod'))).toBe('churn-prod');
  });
});

describe('invoke URLs', () => {
  it("is AWS's execute-api host without a custom endpoint", () => {
    expect(stageInvokeUrl({ region: 'us-east-1' }, 'abc123defg', 'prod')).toBe('https://abc123defg.execute-api.us-east-1.amazonaws.com/prod');
  });

  it('is the path convention of the sandbox and LocalStack on a custom endpoint', () => {
    expect(stageInvokeUrl({ region: 'us-east-1', endpoint: 'http://127.0.0.1:4566/' }, 'abc123defg', 'prod')).toBe('http://127.0.0.1:4566/restapis/abc123defg/prod/_user_request_');
  });

  it('appends the resource path', () => {
    expect(resourceUrl('https://a.execute-api.us-east-1.amazonaws.com/prod', '/predict')).toBe('https://a.execute-api.us-east-1.amazonaws.com/prod/predict');
    expect(resourceUrl('https://a.execute-api.us-east-1.amazonaws.com/prod', '/')).toBe('https://a.execute-api.us-east-1.amazonaws.com/prod/');
  });
});

describe('served endpoints', () => {
  it('comes from the sagedeck:endpoint tag, several separated by commas', () => {
    expect(servedEndpoints({ team: 'mlops', 'sagedeck:endpoint': 'churn-prod' })).toEqual(['churn-prod']);
    expect(servedEndpoints({ 'sagedeck:endpoint': 'b, a' })).toEqual(['a', 'b']);
    expect(servedEndpoints({ team: 'mlops' })).toEqual([]);
  });
});
