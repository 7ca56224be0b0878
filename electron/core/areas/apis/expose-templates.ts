/**
 * The mapping templates "expose an endpoint" writes (Velocity, as API Gateway runs them).
 *
 * JSON bodies pass through as they are: the model already validated them, and the endpoint takes
 * the same JSON. CSV bodies get no model (JSON Schema cannot describe CSV) and are wrapped into the
 * JSON the demo's endpoints take, `{"instances": [[row], …]}`: each line (blank ones at the ends
 * trimmed) becomes one row, its comma-separated numbers the row's values, and the integration sends
 * it as application/json. The endpoint, not API Gateway, then refuses a malformed row, and that
 * refusal comes back as a 400 through the 4xx integration response.
 */
export const JSON_REQUEST_TEMPLATE = "$input.json('$')";

export const CSV_REQUEST_TEMPLATE = [
  '#set($rows = $input.body.trim().split("\\n"))',
  '{"instances": [#foreach($row in $rows)[$row.trim()]#if($foreach.hasNext),#end#end]}',
].join('\n');

/** The model's (InvokeEndpoint's) error message, as the client's 400 body. */
export const CLIENT_ERROR_TEMPLATE = `{"message": $input.json('$.message')}`;

/**
 * The validator's words for a refused body, instead of API Gateway's bare "Invalid request body".
 * AWS's documented form: gateway-response templates substitute variables but run no VTL, so the
 * string cannot be escaped and a message quoting a property name is not strict JSON.
 */
export const BAD_REQUEST_BODY_TEMPLATE = '{"message": "$context.error.validationErrorString"}';

export function requestTemplateFor(contentType: 'application/json' | 'text/csv'): string {
  return contentType === 'text/csv' ? CSV_REQUEST_TEMPLATE : JSON_REQUEST_TEMPLATE;
}
