import type { CORSRule, DeleteBucketCorsRequest, GetBucketCorsOutput, GetBucketCorsRequest, PutBucketCorsRequest } from '@aws-sdk/client-s3';
import { bucketFor, missingConfiguration, type Handler } from './context';
import { invalidRequest, malformedXml } from './errors';

/** A bucket's CORS rules: stored and validated as S3 does; the sandbox answers no browser preflights. */

const METHODS = ['GET', 'PUT', 'POST', 'DELETE', 'HEAD'];
const MAX_RULES = 100;

const wildcards = (value: string) => value.split('*').length - 1;

function checkRule(rule: CORSRule) {
  if (!rule.AllowedMethods?.length || !rule.AllowedOrigins?.length) throw malformedXml();
  for (const method of rule.AllowedMethods) {
    if (!METHODS.includes(method)) throw invalidRequest(`Found unsupported HTTP method in CORS config. Unsupported method is ${method}`);
  }
  for (const origin of rule.AllowedOrigins) {
    if (wildcards(origin) > 1) throw invalidRequest(`AllowedOrigin "${origin}" can not have more than one wildcard.`);
  }
  for (const header of rule.AllowedHeaders ?? []) {
    if (wildcards(header) > 1) throw invalidRequest(`AllowedHeader "${header}" can not have more than one wildcard.`);
  }
}

export const putBucketCors: Handler<PutBucketCorsRequest, object> = (env, input, ctx) => {
  const bucket = bucketFor(env, input, ctx);
  const rules = input.CORSConfiguration?.CORSRules ?? [];
  if (rules.length === 0 || rules.length > MAX_RULES) throw malformedXml();
  rules.forEach(checkRule);
  bucket.cors = rules.map((rule) => ({ ...rule }));
  return {};
};

export const getBucketCors: Handler<GetBucketCorsRequest, GetBucketCorsOutput> = (env, input, ctx) => {
  const bucket = bucketFor(env, input, ctx);
  if (!bucket.cors) throw missingConfiguration('NoSuchCORSConfiguration', 'The CORS configuration does not exist', bucket.name);
  return { CORSRules: bucket.cors };
};

export const deleteBucketCors: Handler<DeleteBucketCorsRequest, object> = (env, input, ctx) => {
  bucketFor(env, input, ctx).cors = undefined;
  return {};
};
