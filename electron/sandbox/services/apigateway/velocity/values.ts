/**
 * Velocity's view of values: JSON data (maps, lists, strings, numbers) answers the Java methods
 * template authors call on it (`size()`, `get()`, `contains()` …), and host objects such as
 * `$input` and `$util` expose their own members.
 */

/** An object whose function members are methods and other members properties ($input, $util). */
export class Host {
  constructor(
    readonly name: string,
    readonly members: Record<string, unknown>,
  ) {}
}

export type Method = (args: unknown[]) => unknown;
/** What a method or property yields when the target has no such member (Velocity renders the reference as written). */
export const MISSING = Symbol('missing');

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && !(value instanceof Host);
}

/** Java's toString of the value, which is what Velocity writes out. */
export function toText(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : value > 0 ? 'Infinity' : value < 0 ? '-Infinity' : 'NaN';
  if (typeof value === 'boolean') return String(value);
  if (Array.isArray(value)) return `[${value.map((item) => toText(item)).join(', ')}]`;
  if (value instanceof Host) return `$${value.name}`;
  if (isRecord(value)) return `{${Object.entries(value).map(([key, item]) => `${key}=${toText(item)}`).join(', ')}}`;
  return String(value);
}

export function isTruthy(value: unknown): boolean {
  // Velocity 1.7 (what API Gateway runs): only null and false are false; "" and [] are true.
  return value !== null && value !== undefined && value !== false;
}

export function velocityEquals(left: unknown, right: unknown): boolean {
  const leftMissing = left === null || left === undefined;
  const rightMissing = right === null || right === undefined;
  if (leftMissing || rightMissing) return leftMissing && rightMissing;
  if (typeof left === 'number' && typeof right === 'number') return left === right;
  if (typeof left === typeof right && typeof left !== 'object') return left === right;
  // Values of different classes compare by their text, as Velocity does.
  return toText(left) === toText(right);
}

function int(value: unknown): number {
  return typeof value === 'number' ? Math.trunc(value) : Number.parseInt(toText(value), 10);
}

/** Java regular expressions as JavaScript ones (the common subset). */
function javaRegex(pattern: unknown, flags = ''): RegExp {
  return new RegExp(toText(pattern), flags);
}

const STRING_METHODS: Record<string, (self: string, args: unknown[]) => unknown> = {
  length: (self) => self.length,
  isEmpty: (self) => self.length === 0,
  contains: (self, [text]) => self.includes(toText(text)),
  startsWith: (self, [text]) => self.startsWith(toText(text)),
  endsWith: (self, [text]) => self.endsWith(toText(text)),
  indexOf: (self, [text]) => self.indexOf(toText(text)),
  lastIndexOf: (self, [text]) => self.lastIndexOf(toText(text)),
  charAt: (self, [index]) => self.charAt(int(index)),
  substring: (self, [from, to]) => (to === undefined ? self.substring(int(from)) : self.substring(int(from), int(to))),
  toLowerCase: (self) => self.toLowerCase(),
  toUpperCase: (self) => self.toUpperCase(),
  trim: (self) => self.trim(),
  concat: (self, [text]) => self + toText(text),
  replace: (self, [from, to]) => self.split(toText(from)).join(toText(to)),
  replaceAll: (self, [pattern, to]) => self.replace(javaRegex(pattern, 'g'), toText(to)),
  replaceFirst: (self, [pattern, to]) => self.replace(javaRegex(pattern), toText(to)),
  matches: (self, [pattern]) => javaRegex(`^(?:${toText(pattern)})$`).test(self),
  split: (self, [pattern]) => {
    const parts = self.split(javaRegex(pattern));
    // Java drops trailing empty strings.
    while (parts.length > 0 && parts[parts.length - 1] === '') parts.pop();
    return parts;
  },
  equals: (self, [other]) => self === toText(other),
  equalsIgnoreCase: (self, [other]) => self.toLowerCase() === toText(other).toLowerCase(),
  toString: (self: string) => self,
};

const LIST_METHODS: Record<string, (self: unknown[], args: unknown[]) => unknown> = {
  size: (self) => self.length,
  isEmpty: (self) => self.length === 0,
  get: (self, [index]) => self[int(index)],
  contains: (self, [item]) => self.some((candidate) => velocityEquals(candidate, item)),
  indexOf: (self, [item]) => self.findIndex((candidate) => velocityEquals(candidate, item)),
  add: (self, [item]) => {
    self.push(item);
    return true;
  },
  addAll: (self, [items]) => {
    if (Array.isArray(items)) self.push(...(items as unknown[]));
    return true;
  },
  set: (self, [index, item]) => {
    const previous = self[int(index)];
    self[int(index)] = item;
    return previous;
  },
  remove: (self, [index]) => self.splice(int(index), 1)[0],
  subList: (self, [from, to]) => self.slice(int(from), int(to)),
  toString: (self: unknown[]) => toText(self),
};

const MAP_METHODS: Record<string, (self: Record<string, unknown>, args: unknown[]) => unknown> = {
  size: (self) => Object.keys(self).length,
  isEmpty: (self) => Object.keys(self).length === 0,
  get: (self, [key]) => (Object.hasOwn(self, toText(key)) ? self[toText(key)] : null),
  containsKey: (self, [key]) => Object.hasOwn(self, toText(key)),
  containsValue: (self, [item]) => Object.values(self).some((candidate) => velocityEquals(candidate, item)),
  keySet: (self) => Object.keys(self),
  values: (self) => Object.values(self),
  entrySet: (self) => Object.entries(self).map(([key, value]) => ({ key, value })),
  put: (self, [key, value]) => {
    const previous = self[toText(key)] ?? null;
    self[toText(key)] = value;
    return previous;
  },
  putAll: (self, [other]) => {
    if (isRecord(other)) Object.assign(self, other);
    return null;
  },
  remove: (self, [key]) => {
    const previous = self[toText(key)] ?? null;
    delete self[toText(key)];
    return previous;
  },
  toString: (self: Record<string, unknown>) => toText(self),
};

const NUMBER_METHODS: Record<string, (self: number, args: unknown[]) => unknown> = {
  intValue: (self) => Math.trunc(self),
  longValue: (self) => Math.trunc(self),
  doubleValue: (self) => self,
  floatValue: (self) => self,
  toString: (self: number) => toText(self),
  equals: (self, [other]) => velocityEquals(self, other),
  compareTo: (self, [other]) => Math.sign(self - Number(other)),
};

function lookup<T>(table: Record<string, (self: T, args: unknown[]) => unknown>, name: string, self: T, args: unknown[]): unknown {
  const method = Object.hasOwn(table, name) ? table[name] : undefined;
  return method ? method(self, args) : MISSING;
}

export function callMethod(target: unknown, name: string, args: unknown[]): unknown {
  if (target instanceof Host) {
    const member = Object.hasOwn(target.members, name) ? target.members[name] : undefined;
    return typeof member === 'function' ? (member as Method)(args) : MISSING;
  }
  if (typeof target === 'string') return lookup(STRING_METHODS, name, target, args);
  if (Array.isArray(target)) return lookup(LIST_METHODS, name, target as unknown[], args);
  if (typeof target === 'number') return lookup(NUMBER_METHODS, name, target, args);
  if (typeof target === 'boolean') return name === 'toString' || name === 'booleanValue' ? (name === 'toString' ? String(target) : target) : MISSING;
  if (isRecord(target)) return lookup(MAP_METHODS, name, target, args);
  return MISSING;
}

/** `$a.b`: a map's key, a host's property, or a Java bean getter (`$list.empty` is isEmpty()). */
export function getProperty(target: unknown, name: string): unknown {
  if (target instanceof Host) {
    const member = Object.hasOwn(target.members, name) ? target.members[name] : undefined;
    return member === undefined || typeof member === 'function' ? MISSING : member;
  }
  if (isRecord(target)) return Object.hasOwn(target, name) ? target[name] : MISSING;
  if (name === 'empty') return callMethod(target, 'isEmpty', []);
  const getter = `get${name.charAt(0).toUpperCase()}${name.slice(1)}`;
  return callMethod(target, getter, []);
}
