import type { Method, RequestValidator } from '@aws-sdk/client-api-gateway';
import { describe, expect, it } from 'vitest';
import { matchResourcePath } from '../../../electron/core/areas/apis/deployed-method';
import { fieldOfRefusal } from '../../../electron/core/areas/apis/expose-refusals';
import { embeddedWhole, methodView } from '../../../electron/core/areas/apis/method-view';
import { stageSettingsView } from '../../../electron/core/areas/apis/stage-settings';
import type { ApiResourceView } from '../../../shared/domain/apis';

const VALIDATORS = new Map<string, RequestValidator>([['v1', { id: 'v1', name: 'validate-body', validateRequestBody: true, validateRequestParameters: false }]]);

const PREDICT: Method = {
  httpMethod: 'POST',
  authorizationType: 'AWS_IAM',
  apiKeyRequired: false,
  requestValidatorId: 'v1',
  requestModels: { 'application/json': 'ChurnPayload' },
  methodResponses: { '502': {}, '200': {}, '400': {} },
  methodIntegration: {
    type: 'AWS',
    httpMethod: 'POST',
    uri: 'arn:aws:apigateway:us-east-1:runtime.sagemaker:path//endpoints/churn-prod/invocations',
    credentials: 'arn:aws:iam::111122223333:role/churn-api-invoke',
    requestTemplates: { 'application/json': "$input.json('$')" },
    integrationResponses: {
      '200': { statusCode: '200' },
      '502': { statusCode: '502', selectionPattern: '5\\d{2}' },
      '400': { statusCode: '400', selectionPattern: '4\\d{2}', responseTemplates: { 'application/json': "{\"message\": $input.json('$.message')}" } },
    },
  },
};

describe('method view', () => {
  it('shows the validator by name, the endpoint the integration calls, and the error mapping with the default last', () => {
    const view = methodView(PREDICT, VALIDATORS);
    expect(view).toMatchObject({
      authorizationType: 'AWS_IAM',
      validator: { name: 'validate-body', validatesBody: true, validatesParameters: false },
      requestModels: { 'application/json': 'ChurnPayload' },
      methodResponses: ['200', '400', '502'],
      integration: { type: 'AWS', endpointName: 'churn-prod', credentials: 'arn:aws:iam::111122223333:role/churn-api-invoke' },
    });
    expect(view.integration?.responses.map((r) => [r.statusCode, r.selectionPattern])).toEqual([
      ['400', '4\\d{2}'],
      ['502', '5\\d{2}'],
      ['200', undefined],
    ]);
  });

  it('asks for GetMethod only when the embed left the method out', () => {
    expect(embeddedWhole(PREDICT)).toBe(true);
    expect(embeddedWhole({})).toBe(false);
    expect(embeddedWhole(undefined)).toBe(false);
  });
});

const predictResource = (method: Method): ApiResourceView[] => [{ id: 'r1', path: '/predict', pathPart: 'predict', methods: [methodView(method, VALIDATORS)] }];

describe('stage settings', () => {
  it('reads the stage-wide */* settings, lists per-method overrides, and has nothing to warn about on a well-set stage', () => {
    const view = stageSettingsView(
      {
        stageName: 'prod',
        variables: { endpointName: 'churn-prod' },
        methodSettings: {
          '*/*': { metricsEnabled: true, loggingLevel: 'INFO', throttlingRateLimit: 100, throttlingBurstLimit: 50 },
          'predict/POST': { throttlingRateLimit: 10, throttlingBurstLimit: 5, loggingLevel: 'ERROR' },
        },
        accessLogSettings: { destinationArn: 'arn:aws:logs:us-east-1:111122223333:log-group:/aws/apigateway/churn-api-access' },
      },
      'http://x/restapis/a/prod/_user_request_',
      predictResource(PREDICT),
    );
    expect(view).toMatchObject({ throttling: { rateLimit: 100, burstLimit: 50 }, loggingLevel: 'INFO', metricsEnabled: true, accessLogDestination: expect.stringContaining('churn-api-access') });
    expect(view.methodOverrides).toEqual([{ key: 'predict/POST', throttling: { rateLimit: 10, burstLimit: 5 }, loggingLevel: 'ERROR' }]);
    expect(view.warnings).toEqual([]);
  });

  it('warns in plain words when logging, access logs, metrics, throttling, auth or validation are missing', () => {
    const open: Method = { ...PREDICT, authorizationType: 'NONE', requestValidatorId: undefined };
    const view = stageSettingsView({ stageName: 'dev', methodSettings: { '*/*': { loggingLevel: 'OFF' } } }, 'u', predictResource(open));
    const text = view.warnings.join('\n');
    expect(view.warnings).toHaveLength(6);
    expect(text).toMatch(/Execution logging is off/);
    expect(text).toMatch(/No access log destination/);
    expect(text).toMatch(/metrics are off/);
    expect(text).toMatch(/account's default limit/);
    expect(text).toMatch(/POST \/predict has no authorization and needs no API key/);
    expect(text).toMatch(/POST \/predict has a request model \(ChurnPayload\) but no validator/);
  });

  it('does not call an API-key method open', () => {
    const keyed: Method = { ...PREDICT, authorizationType: 'NONE', apiKeyRequired: true };
    const view = stageSettingsView({ stageName: 'p', methodSettings: {} }, 'u', predictResource(keyed));
    expect(view.warnings.join('\n')).not.toMatch(/no authorization/);
  });
});

describe('resource path matching', () => {
  it('prefers the exact path, then the most literal template, then a greedy proxy', () => {
    const paths = ['/', '/predict', '/items/{id}', '/{proxy+}'];
    expect(matchResourcePath(paths, '/predict')).toBe('/predict');
    expect(matchResourcePath(paths, '/items/42')).toBe('/items/{id}');
    expect(matchResourcePath(paths, '/a/b/c')).toBe('/{proxy+}');
    expect(matchResourcePath(['/predict'], '/other')).toBeUndefined();
  });
});

describe('AWS refusals during expose', () => {
  const refusal = (name: string, message: string) => Object.assign(new Error(message), { name });

  it('names the form field a refused step took its value from', () => {
    expect(fieldOfRefusal('CreateRestApi', refusal('ConflictException', 'An API with this name exists'))).toBe('apiName');
    expect(fieldOfRefusal('CreateModel', refusal('BadRequestException', 'Invalid model schema specified'))).toBe('schema');
    expect(fieldOfRefusal('PutIntegration', refusal('BadRequestException', 'Invalid ARN specified for credentials'))).toBe('invokeRoleArn');
    expect(fieldOfRefusal('CreateDeployment', refusal('BadRequestException', 'Invalid stage identifier specified'))).toBe('stageName');
    expect(fieldOfRefusal('CreateResource', refusal('ConflictException', 'Another resource with the same parent already has this name'))).toBe('pathPart');
  });

  it('names no field for throttling or faults', () => {
    expect(fieldOfRefusal('CreateRestApi', refusal('TooManyRequestsException', 'Too Many Requests'))).toBeUndefined();
    expect(fieldOfRefusal('CreateModel', refusal('ServiceUnavailableException', 'oops'))).toBeUndefined();
  });
});
