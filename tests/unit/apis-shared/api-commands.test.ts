import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { curlCommand, methodUrl, shellQuote, testInvokeCliCommand, type ApiCallDescription } from '../../../shared/domain/api-commands';

const iamCall: ApiCallDescription = {
  region: 'us-east-1',
  apiId: 'a1b2c3d4e5',
  resourceId: 'pred01',
  path: '/predict',
  httpMethod: 'POST',
  authorizationType: 'AWS_IAM',
  apiKeyRequired: false,
  body: '{"instances": [[0.5, 1.2]]}',
  contentType: 'application/json',
  stageInvokeUrl: 'https://a1b2c3d4e5.execute-api.us-east-1.amazonaws.com/prod',
};

/** What a POSIX shell makes of `words`: each argument on its own line. */
function shellWords(words: string): string[] {
  const out = execFileSync('sh', ['-c', `for word in ${words}; do printf '%s\\n--\\n' "$word"; done`], { encoding: 'utf8' });
  return out.split('\n--\n').slice(0, -1);
}

describe('shellQuote', () => {
  it('keeps a body with quotes, dollars, backslashes and newlines exactly as one shell word', () => {
    const body = `{"note": "it's $HOME \\"quoted\\" \`date\`",\n "x": 1}`;
    expect(shellWords(shellQuote(body))).toEqual([body]);
    expect(shellWords(shellQuote("'"))).toEqual(["'"]);
  });

  it('leaves plain words unquoted', () => {
    expect(shellQuote('/predict')).toBe('/predict');
    expect(shellQuote('a b')).toBe("'a b'");
  });
});

describe('curlCommand', () => {
  it('signs an IAM method with curl --aws-sigv4 from the environment, never a key value', () => {
    const command = curlCommand(iamCall)!;
    expect(command).toContain("curl -X POST https://a1b2c3d4e5.execute-api.us-east-1.amazonaws.com/prod/predict");
    expect(command).toContain('--aws-sigv4 "aws:amz:us-east-1:execute-api"');
    expect(command).toContain('--user "$AWS_ACCESS_KEY_ID:$AWS_SECRET_ACCESS_KEY"');
    expect(command).toContain('-H "x-amz-security-token: $AWS_SESSION_TOKEN"');
    expect(command).toContain(`--data-raw '{"instances": [[0.5, 1.2]]}'`);
    expect(command).not.toContain('x-api-key');
  });

  it('sends $API_KEY for an API-key method and nothing signed for NONE', () => {
    const command = curlCommand({ ...iamCall, authorizationType: 'NONE', apiKeyRequired: true })!;
    expect(command).toContain('-H "x-api-key: $API_KEY"');
    expect(command).not.toContain('--aws-sigv4');
  });

  it('quotes a body holding single quotes so the shell passes it unchanged', () => {
    const body = `{"name": "O'Brien"}`;
    const command = curlCommand({ ...iamCall, body })!;
    const quoted = command.split('--data-raw ')[1]!;
    expect(shellWords(quoted)).toEqual([body]);
  });

  it('joins the sandbox invoke URL and the path with one slash, and needs a stage', () => {
    expect(methodUrl('http://127.0.0.1:4566/restapis/a1b2c3d4e5/prod/_user_request_/', '/predict')).toBe(
      'http://127.0.0.1:4566/restapis/a1b2c3d4e5/prod/_user_request_/predict',
    );
    expect(curlCommand({ ...iamCall, stageInvokeUrl: undefined })).toBeUndefined();
  });
});

describe('testInvokeCliCommand', () => {
  it('names the API, resource, method, path, body and region, plus the custom endpoint when there is one', () => {
    const command = testInvokeCliCommand({ ...iamCall, cliEndpointUrl: 'http://127.0.0.1:4566' });
    const words = shellWords(command.replaceAll(' \\\n  ', ' '));
    expect(words).toEqual([
      'aws', 'apigateway', 'test-invoke-method',
      '--rest-api-id', 'a1b2c3d4e5',
      '--resource-id', 'pred01',
      '--http-method', 'POST',
      '--path-with-query-string', '/predict',
      '--body', '{"instances": [[0.5, 1.2]]}',
      '--headers', '{"Content-Type":"application/json"}',
      '--region', 'us-east-1',
      '--endpoint-url', 'http://127.0.0.1:4566',
    ]);
    expect(testInvokeCliCommand(iamCall)).not.toContain('--endpoint-url');
  });
});
