import { AwsError } from '../../types';

/** S3's errors with its own codes, statuses and messages, and the extra members it sends. */

export const noSuchBucket = (bucket: string) =>
  new AwsError('NoSuchBucket', 'The specified bucket does not exist', 404, 'Sender', { BucketName: bucket });

export const noSuchKey = (key: string, extra: Record<string, string> = {}) =>
  new AwsError('NoSuchKey', 'The specified key does not exist.', 404, 'Sender', { Key: key, ...extra });

export const noSuchVersion = (key: string, versionId: string) =>
  new AwsError('NoSuchVersion', 'The specified version does not exist.', 404, 'Sender', { Key: key, VersionId: versionId });

export const noSuchUpload = (uploadId: string) =>
  new AwsError(
    'NoSuchUpload',
    'The specified upload does not exist. The upload ID may be invalid, or the upload may have been aborted or completed.',
    404,
    'Sender',
    { UploadId: uploadId },
  );

export const invalidArgument = (message: string, name?: string, value?: string) =>
  new AwsError('InvalidArgument', message, 400, 'Sender', {
    ...(name !== undefined ? { ArgumentName: name } : {}),
    ...(value !== undefined ? { ArgumentValue: value } : {}),
  });

export const invalidRequest = (message: string) => new AwsError('InvalidRequest', message, 400);

export const malformedXml = () =>
  new AwsError('MalformedXML', 'The XML you provided was not well-formed or did not validate against our published schema', 400);

export const accessDenied = () => new AwsError('AccessDenied', 'Access Denied', 403);

export const preconditionFailed = (condition: string) =>
  new AwsError('PreconditionFailed', 'At least one of the pre-conditions you specified did not hold', 412, 'Sender', {
    Condition: condition,
  });

export const notModified = (etag: string, lastModified: number) =>
  new AwsError('NotModified', 'Not Modified', 304, 'Sender', { ETag: etag, LastModified: new Date(lastModified).toUTCString() });

export const badDigest = (what: string) =>
  new AwsError('BadDigest', `The ${what} you specified did not match the calculated checksum.`, 400);

export const notImplemented = (message: string) => new AwsError('NotImplemented', message, 501, 'Receiver');
