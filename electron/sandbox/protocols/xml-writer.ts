import { isoTimestamp } from './values';
// One escaper for every XML the sandbox writes (awsQuery results and errors, S3).
import { escapeXml } from './xml';

/** awsQuery writes apostrophes as they are. */
export const QUERY = { apostrophes: false } as const;

/**
 * Writes a handler's output as the children of an awsQuery result element: structures as nested
 * elements, lists as <member> items, Maps as <entry><key/><value/></entry>, timestamps ISO 8601,
 * blobs base64. Undefined and null members are left out, as AWS omits absent members.
 */
export function xmlMembers(value: Record<string, unknown>): string {
  let out = '';
  for (const [name, member] of Object.entries(value)) out += xmlElement(name, member);
  return out;
}

function xmlElement(name: string, value: unknown): string {
  if (value === undefined || value === null) return '';
  return `<${name}>${xmlContent(value)}</${name}>`;
}

function xmlContent(value: unknown): string {
  if (value instanceof Date) return isoTimestamp(value);
  if (value instanceof Uint8Array) return Buffer.from(value).toString('base64');
  if (Array.isArray(value)) return value.map((item) => xmlElement('member', item)).join('');
  if (value instanceof Map) {
    let out = '';
    for (const [key, item] of value) out += `<entry>${xmlElement('key', key)}${xmlElement('value', item)}</entry>`;
    return out;
  }
  if (typeof value === 'object' && value !== null) return xmlMembers(value as Record<string, unknown>);
  return escapeXml(String(value), QUERY);
}
