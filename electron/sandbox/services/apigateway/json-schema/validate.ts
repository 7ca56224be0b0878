/**
 * JSON Schema draft 4, the keywords API Gateway models use, with the messages API Gateway reports
 * in `$context.error.validationErrorString` and its execution log (AWS validates with
 * java-json-tools' json-schema-validator, so the wording is that library's, e.g.
 * `object has missing required properties (["instances"])`).
 */

export type Schema = Record<string, unknown>;

/** Finds a schema another model's URL names (`https://apigateway.amazonaws.com/restapis/<id>/models/<name>`). */
export type ModelResolver = (url: string) => Schema | undefined;

interface Scope {
  /** The document `#/…` pointers are read in (the model the schema came from). */
  root: Schema;
  resolveModel: ModelResolver;
  errors: string[];
  /** Guards against $ref cycles that never reach an instance. */
  depth: number;
}

const MAX_REF_DEPTH = 64;

function json(value: unknown): string {
  return JSON.stringify(value);
}

function isSchema(value: unknown): value is Schema {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The instance's draft-4 primitive type; a whole number is an "integer". */
function typeOf(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  if (typeof value === 'number') return Number.isInteger(value) ? 'integer' : 'number';
  return typeof value;
}

function typeMatches(actual: string, allowed: string): boolean {
  return actual === allowed || (allowed === 'number' && actual === 'integer');
}

function deepEqual(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== typeof b || a === null || b === null || typeof a !== 'object') return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  const keysA = Object.keys(a);
  const keysB = Object.keys(b as object);
  return keysA.length === keysB.length && keysA.every((key) => deepEqual((a as Record<string, unknown>)[key], (b as Record<string, unknown>)[key]));
}

function pointer(root: Schema, ref: string): Schema | undefined {
  let current: unknown = root;
  for (const raw of ref.slice(1).split('/').filter((part) => part !== '')) {
    const part = decodeURIComponent(raw).replace(/~1/g, '/').replace(/~0/g, '~');
    current = isSchema(current) || Array.isArray(current) ? (current as Record<string, unknown>)[part] : undefined;
  }
  return isSchema(current) ? current : undefined;
}

function resolveRef(ref: string, scope: Scope): { schema: Schema; root: Schema } | undefined {
  if (ref.startsWith('#')) {
    const schema = pointer(scope.root, ref);
    return schema ? { schema, root: scope.root } : undefined;
  }
  const hash = ref.indexOf('#');
  const document = scope.resolveModel(hash < 0 ? ref : ref.slice(0, hash));
  if (!document) return undefined;
  const schema = hash < 0 ? document : pointer(document, ref.slice(hash));
  return schema ? { schema, root: document } : undefined;
}

function check(schema: Schema, instance: unknown, scope: Scope): void {
  if (typeof schema.$ref === 'string') {
    const target = scope.depth < MAX_REF_DEPTH ? resolveRef(schema.$ref, scope) : undefined;
    if (!target) {
      scope.errors.push(`unable to dereference JSON Reference ${json(schema.$ref)}`);
      return;
    }
    check(target.schema, instance, { ...scope, root: target.root, depth: scope.depth + 1 });
    return;
  }
  const actual = typeOf(instance);
  if (schema.type !== undefined) {
    const allowed = (Array.isArray(schema.type) ? schema.type : [schema.type]).map(String);
    if (!allowed.some((type) => typeMatches(actual, type))) {
      // Without the right type the other keywords have nothing to say.
      scope.errors.push(`instance type (${actual}) does not match any allowed primitive type (allowed: ${json([...allowed].sort())})`);
      return;
    }
  }
  if (Array.isArray(schema.enum) && !schema.enum.some((candidate) => deepEqual(candidate, instance))) {
    scope.errors.push(`instance value (${json(instance)}) not found in enum (possible values: ${json(schema.enum)})`);
  }
  combinators(schema, instance, scope);
  if (actual === 'integer' || actual === 'number') numeric(schema, instance as number, scope);
  else if (actual === 'string') text(schema, instance as string, scope);
  else if (actual === 'array') array(schema, instance as unknown[], scope);
  else if (actual === 'object') object(schema, instance as Record<string, unknown>, scope);
}

function matches(schema: unknown, instance: unknown, scope: Scope): boolean {
  if (!isSchema(schema)) return true;
  const inner: Scope = { ...scope, errors: [] };
  check(schema, instance, inner);
  return inner.errors.length === 0;
}

function combinators(schema: Schema, instance: unknown, scope: Scope): void {
  if (Array.isArray(schema.allOf)) {
    const matched = schema.allOf.filter((sub) => matches(sub, instance, scope)).length;
    if (matched < schema.allOf.length) scope.errors.push(`instance failed to match all required schemas (matched only ${matched} out of ${schema.allOf.length})`);
  }
  if (Array.isArray(schema.anyOf) && !schema.anyOf.some((sub) => matches(sub, instance, scope))) {
    scope.errors.push(`instance failed to match at least one required schema among ${schema.anyOf.length}`);
  }
  if (Array.isArray(schema.oneOf)) {
    const matched = schema.oneOf.filter((sub) => matches(sub, instance, scope)).length;
    if (matched !== 1) scope.errors.push(`instance failed to match exactly one schema (matched ${matched} out of ${schema.oneOf.length})`);
  }
  if (isSchema(schema.not) && matches(schema.not, instance, scope)) scope.errors.push('instance matched a schema which it should not have');
}

function numeric(schema: Schema, value: number, scope: Scope): void {
  if (typeof schema.minimum === 'number') {
    if (schema.exclusiveMinimum === true && value <= schema.minimum) scope.errors.push(`numeric instance is not strictly greater than the required minimum ${json(schema.minimum)}`);
    else if (value < schema.minimum) scope.errors.push(`numeric instance is lower than the required minimum (minimum: ${json(schema.minimum)}, found: ${json(value)})`);
  }
  if (typeof schema.maximum === 'number') {
    if (schema.exclusiveMaximum === true && value >= schema.maximum) scope.errors.push(`numeric instance is not strictly lower than the required maximum ${json(schema.maximum)}`);
    else if (value > schema.maximum) scope.errors.push(`numeric instance is greater than the required maximum (maximum: ${json(schema.maximum)}, found: ${json(value)})`);
  }
  if (typeof schema.multipleOf === 'number' && schema.multipleOf > 0) {
    const quotient = value / schema.multipleOf;
    if (Math.abs(quotient - Math.round(quotient)) > 1e-9) scope.errors.push(`remainder of division is not zero (${json(value)} / ${json(schema.multipleOf)})`);
  }
}

function text(schema: Schema, value: string, scope: Scope): void {
  // Lengths count code points, as Java's codePointCount does.
  const length = [...value].length;
  if (typeof schema.minLength === 'number' && length < schema.minLength) scope.errors.push(`string ${json(value)} is too short (length: ${length}, required minimum: ${schema.minLength})`);
  if (typeof schema.maxLength === 'number' && length > schema.maxLength) scope.errors.push(`string ${json(value)} is too long (length: ${length}, maximum allowed: ${schema.maxLength})`);
  if (typeof schema.pattern === 'string') {
    let regex: RegExp | undefined;
    try {
      regex = new RegExp(schema.pattern, 'u');
    } catch {
      regex = undefined;
    }
    if (regex && !regex.test(value)) scope.errors.push(`ECMA 262 regex ${json(schema.pattern)} does not match input string ${json(value)}`);
  }
}

function array(schema: Schema, items: unknown[], scope: Scope): void {
  if (typeof schema.minItems === 'number' && items.length < schema.minItems) scope.errors.push(`array is too short: must have at least ${schema.minItems} elements but instance has ${items.length} elements`);
  if (typeof schema.maxItems === 'number' && items.length > schema.maxItems) scope.errors.push(`array is too long: must have at most ${schema.maxItems} elements but instance has ${items.length} elements`);
  if (schema.uniqueItems === true && items.some((item, i) => items.findIndex((other) => deepEqual(other, item)) !== i)) scope.errors.push('array must not contain duplicate elements');
  if (Array.isArray(schema.items)) {
    const tuple = schema.items;
    if (schema.additionalItems === false && items.length > tuple.length) scope.errors.push(`array is too long: must have at most ${tuple.length} elements but instance has ${items.length} elements`);
    items.forEach((item, i) => {
      const sub = i < tuple.length ? tuple[i] : schema.additionalItems;
      if (isSchema(sub)) check(sub, item, scope);
    });
  } else if (isSchema(schema.items)) {
    for (const item of items) check(schema.items, item, scope);
  }
}

function object(schema: Schema, value: Record<string, unknown>, scope: Scope): void {
  const keys = Object.keys(value);
  if (Array.isArray(schema.required)) {
    const missing = schema.required.map(String).filter((name) => !Object.hasOwn(value, name)).sort();
    if (missing.length > 0) scope.errors.push(`object has missing required properties (${json(missing)})`);
  }
  if (typeof schema.minProperties === 'number' && keys.length < schema.minProperties) scope.errors.push(`object has too few properties (found ${keys.length} but schema requires at least ${schema.minProperties})`);
  if (typeof schema.maxProperties === 'number' && keys.length > schema.maxProperties) scope.errors.push(`object has too many properties (found ${keys.length} but schema requires at most ${schema.maxProperties})`);
  const properties = isSchema(schema.properties) ? schema.properties : {};
  const patterns = isSchema(schema.patternProperties) ? Object.entries(schema.patternProperties).map(([pattern, sub]) => ({ regex: new RegExp(pattern, 'u'), sub })) : [];
  if (schema.additionalProperties === false) {
    const extra = keys.filter((key) => !Object.hasOwn(properties, key) && !patterns.some((entry) => entry.regex.test(key))).sort();
    if (extra.length > 0) scope.errors.push(`object instance has properties which are not allowed by the schema: ${json(extra)}`);
  }
  for (const key of keys) {
    let covered = false;
    if (Object.hasOwn(properties, key) && isSchema(properties[key])) {
      covered = true;
      check(properties[key], value[key], scope);
    }
    for (const entry of patterns) {
      if (entry.regex.test(key) && isSchema(entry.sub)) {
        covered = true;
        check(entry.sub, value[key], scope);
      }
    }
    if (!covered && isSchema(schema.additionalProperties)) check(schema.additionalProperties, value[key], scope);
  }
}

/** The errors, in AWS's wording; empty when the instance is valid. */
export function validateJsonSchema(schema: Schema, instance: unknown, resolveModel: ModelResolver = () => undefined): string[] {
  const scope: Scope = { root: schema, resolveModel, errors: [], depth: 0 };
  check(schema, instance, scope);
  return scope.errors;
}

/** `$context.error.validationErrorString`: the errors as Java prints a list, `[a, b]`. */
export function validationErrorString(errors: string[]): string {
  return `[${errors.join(', ')}]`;
}
