import { AwsError, type HttpAnswer, type ServiceDefinition } from '../types';
import { escapeXml } from './xml';
import { QUERY } from './xml-writer';

/** Anything a handler throws that is not an AwsError is the sandbox's own bug: answer as AWS's 500. */
export function toAwsError(error: unknown, protocol: ServiceDefinition['protocol']): AwsError {
  if (error instanceof AwsError) return error;
  console.error('[sandbox] handler failed:', error);
  return protocol === 'restXml'
    ? new AwsError('InternalError', 'We encountered an internal error. Please try again.', 500)
    : new AwsError(
        'InternalFailure',
        'The request processing has failed because of an unknown error, exception or failure.',
        500,
      );
}

/**
 * Encodes an AwsError exactly as the service's protocol does, so SDKs and the CLI rebuild the
 * right error name, status and request id. Used by the adapters and by the server for errors
 * raised before a handler runs (authentication, routing).
 */
export function encodeError(
  service: Pick<ServiceDefinition, 'protocol' | 'xmlNamespace'>,
  error: AwsError,
  requestId: string,
): HttpAnswer {
  switch (service.protocol) {
    case 'awsJson1_0':
    case 'awsJson1_1':
      return {
        status: error.status,
        headers: {
          'content-type':
            service.protocol === 'awsJson1_0' ? 'application/x-amz-json-1.0' : 'application/x-amz-json-1.1',
          'x-amzn-errortype': error.code,
        },
        body: JSON.stringify({ __type: error.code, message: error.message, ...error.extra }),
      };
    case 'restJson1':
      return {
        status: error.status,
        headers: { 'content-type': 'application/json', 'x-amzn-errortype': error.code },
        body: JSON.stringify({ message: error.message, ...error.extra }),
      };
    case 'awsQuery': {
      const ns = service.xmlNamespace ? ` xmlns="${escapeXml(service.xmlNamespace)}"` : '';
      return {
        status: error.status,
        headers: { 'content-type': 'text/xml' },
        body:
          `<ErrorResponse${ns}><Error><Type>${error.fault}</Type><Code>${escapeXml(error.code, QUERY)}</Code>` +
          `<Message>${escapeXml(error.message, QUERY)}</Message></Error><RequestId>${requestId}</RequestId></ErrorResponse>`,
      };
    }
    case 'restXml': {
      let extra = '';
      for (const [name, value] of Object.entries(error.extra)) extra += `<${name}>${escapeXml(value)}</${name}>`;
      return {
        status: error.status,
        headers: { 'content-type': 'application/xml', 'x-amz-request-id': requestId, 'x-amz-id-2': hostId(requestId) },
        body:
          `<?xml version="1.0" encoding="UTF-8"?>\n<Error><Code>${escapeXml(error.code)}</Code>` +
          `<Message>${escapeXml(error.message)}</Message>${extra}<RequestId>${requestId}</RequestId>` +
          `<HostId>${hostId(requestId)}</HostId></Error>`,
      };
    }
  }
}

/** S3's x-amz-id-2 is an opaque base64 token; derive it from the request id so it is stable. */
export function hostId(requestId: string): string {
  return Buffer.from(`sandbox/${requestId}`).toString('base64');
}

/** The throttling error each protocol family answers with (S3 slows down with a 503). */
export function throttlingError(protocol: ServiceDefinition['protocol']): AwsError {
  switch (protocol) {
    case 'restXml':
      return new AwsError('SlowDown', 'Please reduce your request rate.', 503);
    case 'awsQuery':
      return new AwsError('Throttling', 'Rate exceeded', 400);
    default:
      return new AwsError('ThrottlingException', 'Rate exceeded', 400);
  }
}

/** What AWS answers a caller whose policies do not allow the action, per protocol family. */
export function accessDeniedError(protocol: ServiceDefinition['protocol'], action: string): AwsError {
  const message = `User is not authorized to perform: ${action} because no identity-based policy allows the ${action} action`;
  switch (protocol) {
    case 'restXml':
      return new AwsError('AccessDenied', 'Access Denied', 403);
    case 'awsQuery':
      return new AwsError('AccessDenied', message, 403);
    case 'restJson1':
      return new AwsError('AccessDeniedException', message, 403);
    default:
      return new AwsError('AccessDeniedException', message, 400);
  }
}

export function serverError(protocol: ServiceDefinition['protocol']): AwsError {
  return protocol === 'restXml'
    ? new AwsError('InternalError', 'We encountered an internal error. Please try again.', 500)
    : new AwsError(
        'InternalFailure',
        'The request processing has failed because of an unknown error, exception or failure.',
        500,
      );
}

/** A call to an operation the service does not have, worded per protocol. */
export function unknownOperationError(
  protocol: ServiceDefinition['protocol'],
  operation: string,
  apiVersion?: string,
): AwsError {
  switch (protocol) {
    case 'awsQuery':
      return new AwsError(
        'InvalidAction',
        `Could not find operation ${operation} for version ${apiVersion ?? 'NO_VERSION_SPECIFIED'}`,
        400,
      );
    case 'restJson1':
      return new AwsError('UnknownOperationException', `No operation matches ${operation}`, 404);
    case 'restXml':
      return new AwsError('NotImplemented', 'A header you provided implies functionality that is not implemented', 501);
    default:
      return new AwsError(
        'UnknownOperationException',
        `Operation ${operation} is not supported by this endpoint.`,
        400,
      );
  }
}
