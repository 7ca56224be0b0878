import type { Tag } from '@aws-sdk/client-sagemaker';
import { validationException } from '../base/errors';
import type { Checker } from './checker';
import { PATTERNS } from './patterns';

export function checkEntityName(c: Checker, path: string, value: string | undefined): void {
  if (!c.required(path, value)) return;
  c.length(path, value, 1, 63);
  c.pattern(path, value, PATTERNS.entityName);
}

export function checkExperimentEntityName(c: Checker, path: string, value: string | undefined): void {
  if (!c.required(path, value)) return;
  c.length(path, value, 1, 120);
  c.pattern(path, value, PATTERNS.experimentEntityName);
}

export function checkRoleArn(c: Checker, path: string, value: string | undefined): void {
  if (!c.required(path, value)) return;
  c.length(path, value, 20, 2048);
  c.pattern(path, value, PATTERNS.roleArn);
}

export function checkS3Uri(c: Checker, path: string, value: string | undefined): void {
  if (!c.required(path, value)) return;
  c.length(path, value, 0, 1024);
  c.pattern(path, value, PATTERNS.s3Uri);
}

export function checkMaxResults(c: Checker, value: number | undefined, max = 100): void {
  c.range('maxResults', value, 1, max);
}

export function checkTags(c: Checker, tags: Tag[] | undefined): void {
  if (tags === undefined) return;
  // The `aws:` prefix (any case) is AWS's own; SageMaker refuses it after the shape checks with
  // this sentence (seen from DeleteTags on CloudFormation-made endpoints: "System prefix 'aws:'
  // reserved for AWS usage in tag key: aws:cloudformation:stack-name").
  c.afterShapes(() => {
    const reserved = tags.find((tag) => tag.Key?.toLowerCase().startsWith('aws:'));
    if (reserved) throw validationException(`System prefix 'aws:' reserved for AWS usage in tag key: ${reserved.Key ?? ''}`);
  });
  c.size('tags', tags, 0, 50);
  tags.forEach((tag, i) => {
    const at = `tags.${i + 1}.member`;
    if (c.required(`${at}.key`, tag.Key)) {
      c.length(`${at}.key`, tag.Key, 1, 128);
      c.pattern(`${at}.key`, tag.Key, PATTERNS.tag);
    }
    if (c.required(`${at}.value`, tag.Value)) {
      c.length(`${at}.value`, tag.Value, 0, 256);
      c.pattern(`${at}.value`, tag.Value, PATTERNS.tag);
    }
  });
}
