import { element, escapeXml, type XmlElement } from './xml';

/**
 * A small description of restXml bodies, enough to encode outputs and decode inputs generically:
 * structure members in order, lists either wrapped (`<TagSet><Tag>..</Tag></TagSet>`) or flattened
 * (repeated `<Rule>` elements directly in the parent), and the scalar types S3 uses.
 */
export type Scalar = 'string' | 'integer' | 'boolean' | 'timestamp';

export interface StructShape {
  kind: 'struct';
  members: Record<string, Member>;
  /** Namespace declarations the element carries (`xmlns:xsi="..."` for ACL grantees). */
  namespaces?: string;
}

export interface ListShape {
  kind: 'list';
  item: Shape;
  /** Wrapped lists: the element name of each item. */
  itemName: string;
}

export type Shape = Scalar | StructShape | ListShape;

export interface Member {
  shape: Shape;
  /** Element name when it differs from the member name. */
  xmlName?: string;
  /** Flattened list: items repeat directly in the parent under `xmlName`. */
  flattened?: boolean;
  /** Written as an attribute of the structure's element (`xsi:type="CanonicalUser"`). */
  attribute?: boolean;
}

export const struct = (members: Record<string, Shape | Member>, namespaces?: string): StructShape => ({
  kind: 'struct',
  ...(namespaces ? { namespaces } : {}),
  members: Object.fromEntries(
    Object.entries(members).map(([name, m]) => [name, typeof m === 'object' && 'shape' in m ? m : { shape: m }]),
  ),
});

export const list = (item: Shape, itemName: string): ListShape => ({ kind: 'list', item, itemName });

/** A flattened list member: `flat(Rule, 'Rule')` encodes `Rules: [...]` as repeated `<Rule>`. */
export const flat = (item: Shape, xmlName: string): Member => ({ shape: list(item, xmlName), xmlName, flattened: true });

export const named = (shape: Shape, xmlName: string): Member => ({ shape, xmlName });

export const attribute = (xmlName: string): Member => ({ shape: 'string', xmlName, attribute: true });

export class ShapeError extends Error {}

// ---------------------------------------------------------------------------------------------
// encoding

function encodeScalar(value: unknown, shape: Scalar): string {
  if (shape === 'timestamp') {
    // S3 keeps whole seconds: LastModified, CreationDate … read `2026-01-01T00:00:00.000Z`.
    const ms = (value instanceof Date ? value : new Date(value as number | string)).getTime();
    return new Date(Math.floor(ms / 1000) * 1000).toISOString();
  }
  return escapeXml(String(value));
}

function encodeValue(name: string, value: unknown, shape: Shape): string {
  if (typeof shape === 'string') return element(name, encodeScalar(value, shape));
  if (shape.kind === 'struct') {
    const members = value as Record<string, unknown>;
    return element(name, encodeMembers(members, shape), encodeAttributes(members, shape));
  }
  const items = value as unknown[];
  return element(name, items.map((item) => encodeValue(shape.itemName, item, shape.item)).join(''));
}

function encodeAttributes(value: Record<string, unknown>, shape: StructShape): string {
  let out = shape.namespaces ? ` ${shape.namespaces}` : '';
  for (const [memberName, member] of Object.entries(shape.members)) {
    const memberValue = value[memberName];
    if (member.attribute && memberValue !== undefined && memberValue !== null) out += ` ${member.xmlName ?? memberName}="${escapeXml(String(memberValue))}"`;
  }
  return out;
}

/** The encoded children of a structure, in member order, skipping absent members. */
export function encodeMembers(value: Record<string, unknown>, shape: StructShape): string {
  let out = '';
  for (const [memberName, member] of Object.entries(shape.members)) {
    const memberValue = value[memberName];
    if (memberValue === undefined || memberValue === null || member.attribute) continue;
    const xmlName = member.xmlName ?? memberName;
    if (member.flattened && typeof member.shape === 'object' && member.shape.kind === 'list') {
      const itemShape = member.shape.item;
      for (const item of memberValue as unknown[]) out += encodeValue(xmlName, item, itemShape);
    } else {
      out += encodeValue(xmlName, memberValue, member.shape);
    }
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// decoding

function decodeScalar(text: string, shape: Scalar, where: string): unknown {
  switch (shape) {
    case 'string':
      return text;
    case 'integer': {
      const trimmed = text.trim();
      if (!/^-?\d+$/.test(trimmed)) throw new ShapeError(`${where} must be an integer.`);
      return Number(trimmed);
    }
    case 'boolean': {
      const trimmed = text.trim();
      if (trimmed !== 'true' && trimmed !== 'false') throw new ShapeError(`${where} must be true or false.`);
      return trimmed === 'true';
    }
    case 'timestamp': {
      const date = new Date(text.trim());
      if (Number.isNaN(date.getTime())) throw new ShapeError(`${where} must be a timestamp.`);
      return date;
    }
  }
}

function decodeValue(node: XmlElement | string, shape: Shape, where: string): unknown {
  if (typeof shape === 'string') {
    if (typeof node !== 'string') throw new ShapeError(`${where} must be a value, not an element.`);
    return decodeScalar(node, shape, where);
  }
  // An empty element (`<Filter></Filter>`) parses as '' and means an empty structure or list.
  const elementNode: XmlElement = typeof node === 'string' ? {} : node;
  if (shape.kind === 'struct') return decodeMembers(elementNode, shape, where);
  return (elementNode[shape.itemName] ?? []).map((item, i) => decodeValue(item, shape.item, `${where}.${shape.itemName}[${i}]`));
}

/** Decodes a structure's children; unknown elements are ignored, as S3 does. */
export function decodeMembers(node: XmlElement | string, shape: StructShape, where: string): Record<string, unknown> {
  const elementNode: XmlElement = typeof node === 'string' ? {} : node;
  const out: Record<string, unknown> = {};
  for (const [memberName, member] of Object.entries(shape.members)) {
    const xmlName = member.xmlName ?? memberName;
    const occurrences = elementNode[xmlName];
    if (!occurrences || occurrences.length === 0) continue;
    const path = `${where}.${xmlName}`;
    if (member.flattened && typeof member.shape === 'object' && member.shape.kind === 'list') {
      const itemShape = member.shape.item;
      out[memberName] = occurrences.map((item, i) => decodeValue(item, itemShape, `${path}[${i}]`));
    } else {
      const [only] = occurrences;
      if (occurrences.length > 1) throw new ShapeError(`${path} may appear only once.`);
      out[memberName] = decodeValue(only as XmlElement | string, member.shape, path);
    }
  }
  return out;
}
