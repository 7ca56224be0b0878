import { XMLParser } from 'fast-xml-parser';

/**
 * A parsed XML element in one uniform form: every child element name maps to the list of its
 * occurrences, each either a nested element or the element's text. Uniform lists let shape
 * decoding treat flattened and wrapped lists, and single members, the same way.
 */
export interface XmlElement {
  [child: string]: (XmlElement | string)[];
}

export interface XmlDocument {
  rootName: string;
  root: XmlElement | string;
}

const parser = new XMLParser({
  ignoreAttributes: true,
  removeNSPrefix: true,
  parseTagValue: false,
  // Keys such as " a " are legal S3 keys; whitespace inside text is data.
  trimValues: false,
  ignoreDeclaration: true,
  ignorePiTags: true,
  isArray: (_name, _path, _leaf, isAttribute) => !isAttribute,
});

export class XmlSyntaxError extends Error {}

/** Parses a request body; throws XmlSyntaxError for anything that is not one well-formed element. */
export function parseXml(body: Buffer | string): XmlDocument {
  const text = typeof body === 'string' ? body : body.toString('utf8');
  let parsed: unknown;
  try {
    // The second argument turns on well-formedness validation; the parser is lenient without it.
    parsed = parser.parse(text, true);
  } catch (error) {
    throw new XmlSyntaxError(error instanceof Error ? error.message : String(error));
  }
  if (parsed === null || typeof parsed !== 'object') throw new XmlSyntaxError('Not an XML document.');
  const roots = Object.entries(parsed as Record<string, unknown>).filter(([name]) => name !== '#text');
  const first = roots[0];
  if (roots.length !== 1 || !first || !Array.isArray(first[1]) || first[1].length !== 1) {
    throw new XmlSyntaxError('An XML document has exactly one root element.');
  }
  return { rootName: first[0], root: first[1][0] as XmlElement | string };
}

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;', '\r': '&#13;', '\n': '&#10;' };

/**
 * The one XML escaper: safe in text and double-quoted attributes; CR and LF are kept as references
 * so S3 keys round-trip exactly. S3 writes apostrophes as `&apos;`; awsQuery services (STS,
 * CloudWatch) leave them readable, which `{ apostrophes: false }` reproduces.
 */
export function escapeXml(text: string, options: { apostrophes?: boolean } = {}): string {
  const pattern = options.apostrophes === false ? /[&<>"\r\n]/g : /[&<>"'\r\n]/g;
  return text.replace(pattern, (ch) => ESCAPES[ch] ?? ch);
}

export const XML_DECLARATION = '<?xml version="1.0" encoding="UTF-8"?>\n';

/** `<name>inner</name>`, where inner is already-encoded XML. */
export function element(name: string, inner: string, attributes = ''): string {
  return `<${name}${attributes}>${inner}</${name}>`;
}

export function textElement(name: string, text: string): string {
  return element(name, escapeXml(text));
}
