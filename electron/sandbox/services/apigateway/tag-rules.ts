import { badRequest } from './errors';
import { stringMap, type Input } from './input';

/**
 * Tag rules for API Gateway resources (AWS tagging rules; API Gateway quotas: 50 tags per
 * resource): keys 1..128, values 0..256, the `aws:` prefix reserved.
 */
export function checkTags(tags: Record<string, string>): Record<string, string> {
  const entries = Object.entries(tags);
  if (entries.length > 50) throw badRequest('Too many tags: a resource can have at most 50 tags');
  for (const [key, value] of entries) {
    if (key.length < 1 || key.length > 128) throw badRequest(`Tag key '${key}' must be between 1 and 128 characters`);
    if (value.length > 256) throw badRequest(`Tag value for key '${key}' must be at most 256 characters`);
    if (key.toLowerCase().startsWith('aws:')) throw badRequest(`Tag keys starting with 'aws:' are reserved: ${key}`);
  }
  return tags;
}

export const readTags = (input: Input, member = 'tags') => checkTags(stringMap(input, member));
