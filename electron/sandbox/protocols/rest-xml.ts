import { createHash, randomBytes } from 'node:crypto';
import { AwsError, type HttpAnswer, type HttpExchange, type OperationContext, type ProtocolAdapter, type ServiceDefinition } from '../types';
import { S3_BINDINGS, type Binding, type BodyBinding, type HeaderBinding, type OperationBinding, type WireType } from './s3-bindings';
import { routeS3 } from './s3-routes';
import { XML_DECLARATION, XmlSyntaxError, element, escapeXml, parseXml, textElement } from './xml';
import { ShapeError, decodeMembers, encodeMembers } from './xml-shapes';

/**
 * restXml as S3 speaks it, path-style only: route the request to an operation, bind headers,
 * query and body into the operation's input, and write its output or error the way S3 does.
 */

const S3_NAMESPACE = 'http://s3.amazonaws.com/doc/2006-03-01/';

/** Error members that S3 sends as response headers rather than in the error body. */
const ERROR_HEADER_MEMBERS: Record<string, string> = {
  DeleteMarker: 'x-amz-delete-marker',
  LastModified: 'last-modified',
  BucketRegion: 'x-amz-bucket-region',
};

export const restXmlAdapter: ProtocolAdapter = async (service, exchange, ctx) => {
  const baseHeaders = {
    'x-amz-request-id': ctx.requestId,
    'x-amz-id-2': randomBytes(48).toString('base64'),
  };
  const isHead = exchange.method === 'HEAD';
  try {
    rejectVirtualHosted(exchange.headers);
    const { bucket, key } = splitPath(exchange.rawPath);
    const operation = routeS3(exchange.method, bucket, key, exchange.query, exchange.headers);
    const handler = service.operations[operation];
    if (!handler) throw new AwsError('NotImplemented', `The sandbox does not implement S3 ${operation}.`, 501);
    const binding = S3_BINDINGS[operation] ?? {};
    verifyContentMd5(exchange);
    const input = decodeInput(binding, exchange);
    if (bucket !== undefined) input.Bucket = bucket;
    if (key !== undefined) input.Key = key;
    const fullCtx: OperationContext = {
      ...ctx,
      http: { method: exchange.method, path: exchange.rawPath, query: exchange.query, headers: exchange.headers, body: exchange.body },
    };
    const output = ((await handler(input, fullCtx)) ?? {}) as Record<string, unknown>;
    return encodeOutput(binding, output, baseHeaders, isHead, service);
  } catch (error) {
    return encodeError(error, baseHeaders, isHead, ctx.requestId);
  }
};

function rejectVirtualHosted(headers: Record<string, string>) {
  const host = (headers.host ?? '').replace(/:\d+$/, '');
  if (/\.localhost$/i.test(host) || /^[^.]+\.\d{1,3}(\.\d{1,3}){3}$/.test(host)) {
    throw new AwsError(
      'InvalidRequest',
      'The sandbox serves path-style S3 requests only: set forcePathStyle: true (SDK) or addressing_style = path (CLI).',
      400,
    );
  }
}

function splitPath(rawPath: string): { bucket?: string; key?: string } {
  const trimmed = rawPath.startsWith('/') ? rawPath.slice(1) : rawPath;
  if (trimmed === '') return {};
  const slash = trimmed.indexOf('/');
  const rawBucket = slash < 0 ? trimmed : trimmed.slice(0, slash);
  const rawKey = slash < 0 ? '' : trimmed.slice(slash + 1);
  try {
    const bucket = decodeURIComponent(rawBucket);
    return rawKey === '' ? { bucket } : { bucket, key: decodeURIComponent(rawKey) };
  } catch {
    throw new AwsError('InvalidURI', "Couldn't parse the specified URI.", 400, 'Sender', { URI: rawPath });
  }
}

// ---------------------------------------------------------------------------------------------
// input

/** Content-MD5 protects the body in transit, whatever the operation; S3 checks it before anything else. */
function verifyContentMd5(exchange: HttpExchange) {
  const claimed = exchange.headers['content-md5'];
  if (claimed === undefined) return;
  if (Buffer.from(claimed, 'base64').length !== 16) {
    throw new AwsError('InvalidDigest', 'The Content-MD5 you specified was invalid.', 400, 'Sender', { 'Content-MD5': claimed });
  }
  if (createHash('md5').update(exchange.body).digest('base64') !== claimed) {
    throw new AwsError('BadDigest', 'The Content-MD5 you specified did not match what we received.', 400, 'Sender', { ExpectedDigest: claimed });
  }
}

function wireName(binding: HeaderBinding): [string, WireType] {
  return typeof binding === 'string' ? [binding, 'string'] : binding;
}

function readWireValue(raw: string, type: WireType, name: string): unknown {
  switch (type) {
    case 'string':
      return raw;
    case 'integer': {
      if (!/^-?\d+$/.test(raw.trim())) {
        throw new AwsError('InvalidArgument', `Provided ${name} not an integer or within integer range.`, 400, 'Sender', {
          ArgumentName: name,
          ArgumentValue: raw,
        });
      }
      return Number(raw.trim());
    }
    case 'boolean':
      return raw.trim().toLowerCase() === 'true';
    case 'timestamp': {
      // HTTP dates that do not parse are ignored, as HTTP servers (and S3) do for conditions.
      const date = new Date(raw);
      return Number.isNaN(date.getTime()) ? undefined : date;
    }
  }
}

function decodeInput(binding: OperationBinding, exchange: HttpExchange): Record<string, unknown> {
  const spec: Binding = binding.input ?? {};
  const input: Record<string, unknown> = {};
  for (const [member, header] of Object.entries(spec.headers ?? {})) {
    const [name, type] = wireName(header);
    const raw = exchange.headers[name];
    if (raw !== undefined) input[member] = readWireValue(raw, type, name);
  }
  for (const [member, param] of Object.entries(spec.query ?? {})) {
    const [name, type] = wireName(param);
    const raw = exchange.query.get(name);
    if (raw !== null) input[member] = readWireValue(raw, type, name);
  }
  for (const [member, prefix] of Object.entries(spec.prefixHeaders ?? {})) {
    const collected: Record<string, string> = {};
    for (const [name, value] of Object.entries(exchange.headers)) {
      if (name.startsWith(prefix)) collected[name.slice(prefix.length)] = value;
    }
    input[member] = collected;
  }
  if (typeof input.ContentEncoding === 'string') {
    // aws-chunked describes the transfer of this request, not the stored object.
    const kept = input.ContentEncoding.split(',').map((s) => s.trim()).filter((s) => s && s !== 'aws-chunked');
    input.ContentEncoding = kept.length > 0 ? kept.join(',') : undefined;
  }
  if (spec.body) decodeBody(spec.body, exchange.body, input);
  return input;
}

const MALFORMED_XML = 'The XML you provided was not well-formed or did not validate against our published schema';

function decodeBody(body: BodyBinding, bytes: Buffer, input: Record<string, unknown>) {
  if ('raw' in body) {
    input[body.member] = body.raw === 'blob' ? bytes : bytes.toString('utf8');
    return;
  }
  if (bytes.length === 0 || 'text' in body) return;
  try {
    const doc = parseXml(bytes);
    if (doc.rootName !== body.root) throw new ShapeError(`expected <${body.root}>, got <${doc.rootName}>`);
    const decoded = decodeMembers(doc.root, body.shape, body.root);
    if (body.member) input[body.member] = decoded;
    else Object.assign(input, decoded);
  } catch (error) {
    if (error instanceof XmlSyntaxError || error instanceof ShapeError) throw new AwsError('MalformedXML', MALFORMED_XML, 400);
    throw error;
  }
}

// ---------------------------------------------------------------------------------------------
// output

function writeWireValue(value: unknown, type: WireType): string {
  if (type === 'timestamp') return (value instanceof Date ? value : new Date(value as string | number)).toUTCString();
  return String(value);
}

function encodeOutput(
  binding: OperationBinding,
  output: Record<string, unknown>,
  baseHeaders: Record<string, string>,
  isHead: boolean,
  service: ServiceDefinition,
): HttpAnswer {
  const spec = binding.output ?? {};
  const headers: Record<string, string> = { ...baseHeaders };
  for (const [member, header] of Object.entries(spec.headers ?? {})) {
    const value = output[member];
    if (value === undefined || value === null) continue;
    const [name, type] = wireName(header);
    headers[name] = writeWireValue(value, type);
  }
  for (const [member, prefix] of Object.entries(spec.prefixHeaders ?? {})) {
    const values = (output[member] ?? {}) as Record<string, string>;
    for (const [name, value] of Object.entries(values)) headers[`${prefix}${name.toLowerCase()}`] = value;
  }
  const status = output.ContentRange !== undefined ? 206 : (spec.status ?? 200);
  const namespace = service.xmlNamespace ?? S3_NAMESPACE;
  let body: Buffer = Buffer.alloc(0);
  if (spec.body && !isHead) {
    const encoded = encodeBody(spec.body, output, namespace);
    body = encoded.bytes;
    if (encoded.contentType && headers['content-type'] === undefined) headers['content-type'] = encoded.contentType;
  }
  // HEAD reports the object's length from the output; everything else reports what it sends.
  if (!isHead || headers['content-length'] === undefined) headers['content-length'] = String(body.length);
  return { status, headers, body };
}

function encodeBody(body: BodyBinding, output: Record<string, unknown>, namespace: string): { bytes: Buffer; contentType?: string } {
  const xmlns = ` xmlns="${namespace}"`;
  if ('raw' in body) {
    const value = output[body.member];
    if (value === undefined || value === null) return { bytes: Buffer.alloc(0) };
    const bytes = typeof value === 'string' ? Buffer.from(value, 'utf8') : Buffer.from(value as Uint8Array);
    return { bytes, contentType: body.raw === 'string' ? 'application/json' : 'binary/octet-stream' };
  }
  if ('text' in body) {
    const value = output[body.member];
    const inner = typeof value === 'string' && value !== '' ? escapeXml(value) : '';
    return { bytes: Buffer.from(XML_DECLARATION + element(body.root, inner, xmlns)), contentType: 'application/xml' };
  }
  const source = (body.member ? output[body.member] : output) as Record<string, unknown> | undefined;
  const inner = source ? encodeMembers(source, body.shape) : '';
  return { bytes: Buffer.from(XML_DECLARATION + element(body.root, inner, xmlns)), contentType: 'application/xml' };
}

function encodeError(error: unknown, baseHeaders: Record<string, string>, isHead: boolean, requestId: string): HttpAnswer {
  const awsError =
    error instanceof AwsError
      ? error
      : new AwsError('InternalError', 'We encountered an internal error. Please try again.', 500, 'Receiver');
  if (!(error instanceof AwsError)) console.error('[sandbox:s3] unexpected error', error);
  const headers: Record<string, string> = { ...baseHeaders };
  let members = textElement('Code', awsError.code) + textElement('Message', awsError.message);
  for (const [name, value] of Object.entries(awsError.extra)) {
    // A 304 repeats the ETag as a header; errors such as InvalidPart name it in the body.
    const headerName = ERROR_HEADER_MEMBERS[name] ?? (name === 'ETag' && awsError.status === 304 ? 'etag' : undefined);
    if (headerName) {
      headers[headerName] = value;
      continue;
    }
    if (name === 'VersionId') headers['x-amz-version-id'] = value;
    members += textElement(name, value);
  }
  members += textElement('RequestId', requestId) + textElement('HostId', baseHeaders['x-amz-id-2'] ?? '');
  // HEAD answers and 304 carry no body; clients read the status (and headers) alone.
  if (isHead || awsError.status === 304) {
    return { status: awsError.status, headers: { ...headers, 'content-length': '0' }, body: Buffer.alloc(0) };
  }
  const body = Buffer.from(XML_DECLARATION + element('Error', members));
  return { status: awsError.status, headers: { ...headers, 'content-type': 'application/xml', 'content-length': String(body.length) }, body };
}
