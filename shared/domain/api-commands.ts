/**
 * The shell commands equivalent to testing a method from SageDeck: a curl call of the invoke URL
 * (SigV4-signed for IAM methods with curl's own `--aws-sigv4`) and the AWS CLI's
 * `test-invoke-method`. Credentials and API keys appear as shell variables only: a copied
 * command never carries a secret.
 */

export interface ApiCallDescription {
  region: string;
  apiId: string;
  resourceId: string;
  /** The resource path, `/predict`. */
  path: string;
  httpMethod: string;
  authorizationType: string;
  apiKeyRequired: boolean;
  body: string;
  contentType?: string;
  /** The stage's invoke URL (without the resource path); absent when the API has no stage. */
  stageInvokeUrl?: string;
  /** The session's custom endpoint, for the AWS CLI's `--endpoint-url`. */
  cliEndpointUrl?: string;
}

const CONTINUATION = ' \\\n  ';

/**
 * One POSIX shell word holding `text` exactly: single quotes keep everything literal (`$`, `"`,
 * backslashes, newlines), and a single quote inside is closed, escaped and reopened as `'\''`.
 */
export function shellQuote(text: string): string {
  if (/^[A-Za-z0-9_@%+=:,./-]+$/.test(text)) return text;
  return `'${text.replaceAll("'", `'\\''`)}'`;
}

/** The resource's URL under the stage's invoke URL. */
export function methodUrl(stageInvokeUrl: string, path: string): string {
  return `${stageInvokeUrl.replace(/\/+$/, '')}/${path.replace(/^\/+/, '')}`;
}

const hasBody = (call: ApiCallDescription) => call.body !== '' && !['GET', 'HEAD'].includes(call.httpMethod);

/** curl of the invoke URL as the method requires it: signed for AWS_IAM, `x-api-key` for API-key methods. */
export function curlCommand(call: ApiCallDescription): string | undefined {
  if (!call.stageInvokeUrl) return undefined;
  const parts = [`curl -X ${call.httpMethod} ${shellQuote(methodUrl(call.stageInvokeUrl, call.path))}`];
  if (call.authorizationType === 'AWS_IAM') {
    parts.push(
      `--aws-sigv4 "aws:amz:${call.region}:execute-api"`,
      '--user "$AWS_ACCESS_KEY_ID:$AWS_SECRET_ACCESS_KEY"',
      // Temporary credentials (SSO, assumed roles) need their session token; with none set, curl drops a header left empty.
      '-H "x-amz-security-token: $AWS_SESSION_TOKEN"',
    );
  }
  if (call.apiKeyRequired) parts.push('-H "x-api-key: $API_KEY"');
  if (hasBody(call)) {
    if (call.contentType) parts.push(`-H ${shellQuote(`Content-Type: ${call.contentType}`)}`);
    parts.push(`--data-raw ${shellQuote(call.body)}`);
  }
  return parts.join(CONTINUATION);
}

/** `aws apigateway test-invoke-method`: the same test as SageDeck's Test button, no deployment needed. */
export function testInvokeCliCommand(call: ApiCallDescription): string {
  const parts = [
    'aws apigateway test-invoke-method',
    `--rest-api-id ${shellQuote(call.apiId)}`,
    `--resource-id ${shellQuote(call.resourceId)}`,
    `--http-method ${call.httpMethod}`,
    `--path-with-query-string ${shellQuote(call.path)}`,
  ];
  if (hasBody(call)) {
    parts.push(`--body ${shellQuote(call.body)}`);
    if (call.contentType) parts.push(`--headers ${shellQuote(JSON.stringify({ 'Content-Type': call.contentType }))}`);
  }
  parts.push(`--region ${shellQuote(call.region)}`);
  if (call.cliEndpointUrl) parts.push(`--endpoint-url ${shellQuote(call.cliEndpointUrl)}`);
  return parts.join(CONTINUATION);
}
