import type { Dimension } from '@aws-sdk/client-cloudwatch';
import { asDate, asInt, asList, asNumber, asRecord, asString } from '../../protocols/values';
import { validationError } from './errors';

/**
 * Reads CloudWatch inputs the same way whichever protocol carried them (awsQuery sends text,
 * awsJson numbers and epoch seconds) and collects constraint failures in AWS's
 * "N validation errors detected" form, raised as ValidationError.
 */
export class Checker {
  private readonly problems: string[] = [];

  /** `raise` builds the error for the collected problems (Scheduler says ValidationException). */
  constructor(private readonly raise: (message: string) => Error = validationError) {}

  private fail(value: unknown, path: string, constraint: string): undefined {
    const shown = value === undefined || value === null ? 'null' : `'${String(value)}'`;
    this.problems.push(`Value ${shown} at '${path}' failed to satisfy constraint: Member must ${constraint}`);
    return undefined;
  }

  string(
    value: unknown,
    path: string,
    rules: { required?: boolean; min?: number; max?: number; pattern?: RegExp; patternText?: string; enum?: readonly string[] } = {},
  ): string | undefined {
    const text = asString(value);
    if (text === undefined) return rules.required ? this.fail(value, path, 'not be null') : undefined;
    if (rules.min !== undefined && text.length < rules.min)
      return this.fail(text, path, `have length greater than or equal to ${rules.min}`);
    if (rules.max !== undefined && text.length > rules.max)
      return this.fail(text, path, `have length less than or equal to ${rules.max}`);
    if (rules.pattern && !rules.pattern.test(text))
      return this.fail(text, path, `satisfy regular expression pattern: ${rules.patternText ?? rules.pattern.source}`);
    if (rules.enum && !rules.enum.includes(text))
      return this.fail(text, path, `satisfy enum value set: [${rules.enum.join(', ')}]`);
    return text;
  }

  integer(value: unknown, path: string, rules: { required?: boolean; min?: number; max?: number } = {}): number | undefined {
    if (value === undefined || value === null || value === '')
      return rules.required ? this.fail(undefined, path, 'not be null') : undefined;
    const n = asInt(value);
    if (n === undefined) return this.fail(value, path, 'be an integer');
    if (rules.min !== undefined && n < rules.min) return this.fail(n, path, `have value greater than or equal to ${rules.min}`);
    if (rules.max !== undefined && n > rules.max) return this.fail(n, path, `have value less than or equal to ${rules.max}`);
    return n;
  }

  number(value: unknown, path: string, rules: { required?: boolean } = {}): number | undefined {
    if (value === undefined || value === null || value === '')
      return rules.required ? this.fail(undefined, path, 'not be null') : undefined;
    const n = asNumber(value);
    return n === undefined ? this.fail(value, path, 'be a number') : n;
  }

  date(value: unknown, path: string, rules: { required?: boolean } = {}): Date | undefined {
    if (value === undefined || value === null || value === '')
      return rules.required ? this.fail(undefined, path, 'not be null') : undefined;
    const date = asDate(value);
    return date ?? this.fail(value, path, 'be a timestamp');
  }

  list(value: unknown, path: string, rules: { required?: boolean; max?: number; min?: number } = {}): unknown[] | undefined {
    const list = asList(value);
    if (list === undefined) return rules.required ? this.fail(undefined, path, 'not be null') : undefined;
    if (rules.max !== undefined && list.length > rules.max)
      return this.fail(`[${list.length} items]`, path, `have length less than or equal to ${rules.max}`);
    if (rules.min !== undefined && list.length < rules.min)
      return this.fail(`[${list.length} items]`, path, `have length greater than or equal to ${rules.min}`);
    return list;
  }

  dimensions(value: unknown, path: string, max = 30): Dimension[] {
    const list = this.list(value, path, { max }) ?? [];
    return list.map((item, index) => {
      const record = asRecord(item) ?? {};
      const name = this.string(record.Name, `${path}.${index + 1}.member.name`, { required: true, min: 1, max: 255 });
      const dimensionValue = this.string(record.Value, `${path}.${index + 1}.member.value`, { required: true, min: 1, max: 1024 });
      return { Name: name ?? '', Value: dimensionValue ?? '' };
    });
  }

  done(): void {
    if (this.problems.length === 0) return;
    const count = this.problems.length;
    throw this.raise(`${count} validation error${count > 1 ? 's' : ''} detected: ${this.problems.join('; ')}`);
  }
}

export const UNITS = [
  'Seconds', 'Microseconds', 'Milliseconds', 'Bytes', 'Kilobytes', 'Megabytes', 'Gigabytes', 'Terabytes',
  'Bits', 'Kilobits', 'Megabits', 'Gigabits', 'Terabits', 'Percent', 'Count', 'Bytes/Second',
  'Kilobytes/Second', 'Megabytes/Second', 'Gigabytes/Second', 'Terabytes/Second', 'Bits/Second',
  'Kilobits/Second', 'Megabits/Second', 'Gigabits/Second', 'Terabits/Second', 'Count/Second', 'None',
] as const;

export const NAMESPACE = { min: 1, max: 255, pattern: /^[^:].*$/s, patternText: '[^:].*' } as const;
export const METRIC_NAME = { min: 1, max: 255 } as const;
export const ALARM_NAME = { min: 1, max: 255 } as const;

/** Dimensions equal as sets (order does not matter). */
export function sameDimensions(a: Dimension[], b: Dimension[]): boolean {
  if (a.length !== b.length) return false;
  return a.every((d) => b.some((e) => e.Name === d.Name && e.Value === d.Value));
}
