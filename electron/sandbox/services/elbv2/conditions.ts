import { asRecord, asString } from '../../protocols/values';
import { validationError } from './errors';
import { recordsOf, stringsOf } from './input';
import type { ConditionRecord } from './model';

/** Characters AWS allows in path patterns and host headers (ALB guide, listener rule conditions). */
const PATH = /^[A-Za-z0-9_\-.$/~"'@:+&*?]+$/;
const HOST = /^[A-Za-z0-9\-.*?]+$/;
/** A rule may hold at most five condition values in all (ALB quotas: "condition values per rule"). */
const MAX_VALUES = 5;

function values(condition: Record<string, unknown>, config: string): string[] {
  return stringsOf(asRecord(condition[config])?.Values) ?? stringsOf(condition.Values) ?? [];
}

function checked(list: string[], pattern: RegExp, max: number, what: string): string[] {
  if (list.length === 0) throw validationError(`A ${what} condition must have at least one value`);
  for (const value of list) {
    if (value.length > max) throw validationError(`The ${what} value '${value}' cannot be longer than ${max} characters`);
    if (!pattern.test(value)) throw validationError(`The ${what} value '${value}' contains characters that are not allowed`);
  }
  return list;
}

/**
 * Rule conditions as AWS describes them: path-pattern and host-header with both `Values` and
 * their config, http-header with HttpHeaderConfig; a field at most once per rule.
 */
export function readConditions(value: unknown): ConditionRecord[] {
  const conditions = recordsOf(value) ?? [];
  if (conditions.length === 0) throw validationError("1 validation error detected: Value null at 'conditions' failed to satisfy constraint: Member must not be null");
  const fields = new Set<string>();
  let total = 0;
  const out = conditions.map((condition): ConditionRecord => {
    const field = asString(condition.Field) ?? '';
    if (fields.has(field) && field !== 'http-header') throw validationError(`A rule can only have one '${field}' condition`);
    fields.add(field);
    switch (field) {
      case 'path-pattern': {
        const list = checked(values(condition, 'PathPatternConfig'), PATH, 128, 'path-pattern');
        total += list.length;
        return { Field: field, Values: list, PathPatternConfig: { Values: list } };
      }
      case 'host-header': {
        const list = checked(values(condition, 'HostHeaderConfig'), HOST, 128, 'host-header');
        total += list.length;
        return { Field: field, Values: list, HostHeaderConfig: { Values: list } };
      }
      case 'http-header': {
        const config = asRecord(condition.HttpHeaderConfig) ?? {};
        const name = asString(config.HttpHeaderName) ?? '';
        if (!/^[A-Za-z0-9!#$%&'*+\-.^_`|~]{1,40}$/.test(name)) throw validationError(`The HTTP header name '${name}' is not valid`);
        const list = checked(stringsOf(config.Values) ?? [], /^[\x20-\x7e]+$/, 128, 'http-header');
        total += list.length;
        return { Field: field, HttpHeaderConfig: { HttpHeaderName: name, Values: list } };
      }
      case 'http-request-method': {
        const list = checked(values(condition, 'HttpRequestMethodConfig'), /^[A-Z_-]+$/, 40, 'http-request-method');
        total += list.length;
        return { Field: field, HttpRequestMethodConfig: { Values: list } };
      }
      default:
        throw validationError(`Condition field '${field}' is not supported by the SageDeck sandbox (path-pattern, host-header, http-header, http-request-method)`);
    }
  });
  if (total > MAX_VALUES) throw validationError(`A rule can only have '${MAX_VALUES}' condition values`);
  return out;
}
