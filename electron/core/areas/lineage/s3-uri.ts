/** An S3 location split the way S3 itself matches prefixes: bucket, then the key as a plain string. */
export interface S3Location {
  bucket: string;
  key: string;
}

const S3_URI = /^s3:\/\/([^/]+)\/?(.*)$/;

export function parseS3Uri(uri: string): S3Location | undefined {
  const match = S3_URI.exec(uri.trim());
  return match?.[1] ? { bucket: match[1], key: match[2] ?? '' } : undefined;
}

export const isS3Uri = (value: string) => parseS3Uri(value) !== undefined;

/**
 * Two S3 URIs name overlapping data when one is a prefix of the other in the same bucket: a job
 * reading `s3://b/processed/` reads what another wrote to `s3://b/processed/train/`, and one reading
 * `s3://b/raw/customers.csv` reads part of `s3://b/raw/`. Plain string prefixes, as S3Prefix inputs
 * match keys.
 */
export function s3Overlaps(a: string, b: string): boolean {
  const left = parseS3Uri(a);
  const right = parseS3Uri(b);
  if (!left || !right || left.bucket !== right.bucket) return false;
  return left.key.startsWith(right.key) || right.key.startsWith(left.key);
}

/** `arn:aws:s3:::bucket/key` → `s3://bucket/key`; anything else undefined. */
export function s3UriFromArn(arn: string): string | undefined {
  const match = /^arn:[^:]+:s3:::([^/]+)(?:\/(.*))?$/.exec(arn);
  return match?.[1] ? `s3://${match[1]}/${match[2] ?? ''}` : undefined;
}
