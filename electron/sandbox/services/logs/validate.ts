import { invalidParameter } from './errors';

/**
 * Reads members of an awsJson input against the constraints of the Logs model. Every problem is
 * collected and reported at once in AWS's "N validation errors detected" form, which CloudWatch
 * Logs returns as InvalidParameterException.
 */
export class InputReader {
  private readonly problems: string[] = [];

  constructor(private readonly input: Record<string, unknown>) {}

  private fail(value: unknown, member: string, constraint: string): undefined {
    const shown = value === undefined || value === null ? 'null' : `'${Array.isArray(value) ? `[${value.join(', ')}]` : String(value)}'`;
    this.problems.push(`Value ${shown} at '${member}' failed to satisfy constraint: Member must ${constraint}`);
    return undefined;
  }

  string(member: string, rules: { required?: boolean; min?: number; max?: number; pattern?: RegExp; patternText?: string; enum?: readonly string[] } = {}): string | undefined {
    const value = this.input[member];
    if (value === undefined || value === null) return rules.required ? this.fail(value, member, 'not be null') : undefined;
    if (typeof value !== 'string') return this.fail(value, member, 'be a string');
    return this.checkString(value, member, rules);
  }

  private checkString(value: string, member: string, rules: { min?: number; max?: number; pattern?: RegExp; patternText?: string; enum?: readonly string[] }): string | undefined {
    if (rules.min !== undefined && value.length < rules.min) return this.fail(value, member, `have length greater than or equal to ${rules.min}`);
    if (rules.max !== undefined && value.length > rules.max) return this.fail(value, member, `have length less than or equal to ${rules.max}`);
    if (rules.pattern && !rules.pattern.test(value)) return this.fail(value, member, `satisfy regular expression pattern: ${rules.patternText ?? rules.pattern.source}`);
    if (rules.enum && !rules.enum.includes(value)) return this.fail(value, member, `satisfy enum value set: [${rules.enum.join(', ')}]`);
    return value;
  }

  integer(member: string, rules: { required?: boolean; min?: number; max?: number; oneOf?: readonly number[] } = {}): number | undefined {
    const value = this.input[member];
    if (value === undefined || value === null) return rules.required ? this.fail(value, member, 'not be null') : undefined;
    if (typeof value !== 'number' || !Number.isInteger(value)) return this.fail(value, member, 'be an integer');
    if (rules.min !== undefined && value < rules.min) return this.fail(value, member, `have value greater than or equal to ${rules.min}`);
    if (rules.max !== undefined && value > rules.max) return this.fail(value, member, `have value less than or equal to ${rules.max}`);
    if (rules.oneOf && !rules.oneOf.includes(value)) return this.fail(value, member, `satisfy enum value set: [${rules.oneOf.join(', ')}]`);
    return value;
  }

  boolean(member: string): boolean | undefined {
    const value = this.input[member];
    if (value === undefined || value === null) return undefined;
    if (typeof value !== 'boolean') return this.fail(value, member, 'be a boolean');
    return value;
  }

  stringList(member: string, rules: { required?: boolean; min?: number; max?: number; item?: { min?: number; max?: number; pattern?: RegExp } } = {}): string[] | undefined {
    const value = this.input[member];
    if (value === undefined || value === null) return rules.required ? this.fail(value, member, 'not be null') : undefined;
    if (!Array.isArray(value) || value.some((item) => typeof item !== 'string')) return this.fail(value, member, 'be a list of strings');
    if (rules.min !== undefined && value.length < rules.min) return this.fail(value, member, `have length greater than or equal to ${rules.min}`);
    if (rules.max !== undefined && value.length > rules.max) return this.fail(value, member, `have length less than or equal to ${rules.max}`);
    const items = value as string[];
    if (rules.item) {
      const itemRules = rules.item;
      for (const [index, item] of items.entries()) {
        if (this.checkString(item, `${member}.${index + 1}.member`, itemRules) === undefined) return undefined;
      }
    }
    return items;
  }

  stringMap(member: string, rules: { min?: number; max?: number } = {}): Record<string, string> | undefined {
    const value = this.input[member];
    if (value === undefined || value === null) return undefined;
    if (typeof value !== 'object' || Array.isArray(value) || Object.values(value).some((item) => typeof item !== 'string')) {
      return this.fail('[object]', member, 'be a map of strings');
    }
    const size = Object.keys(value).length;
    if (rules.min !== undefined && size < rules.min) return this.fail(value, member, `have length greater than or equal to ${rules.min}`);
    if (rules.max !== undefined && size > rules.max) return this.fail(value, member, `have length less than or equal to ${rules.max}`);
    return value as Record<string, string>;
  }

  /** The raw member, for lists of structures the caller checks itself. */
  raw(member: string): unknown {
    return this.input[member];
  }

  /** Records a problem found by the caller in the same format. */
  problem(value: unknown, member: string, constraint: string): void {
    this.fail(value, member, constraint);
  }

  /** Throws InvalidParameterException when any member broke its constraints. */
  done(): void {
    if (this.problems.length === 0) return;
    const count = this.problems.length;
    throw invalidParameter(`${count} validation error${count > 1 ? 's' : ''} detected: ${this.problems.join('; ')}`);
  }
}

/** Constraints shared by several operations (from the Logs model). */
export const LOG_GROUP_NAME = { min: 1, max: 512, pattern: /^[.\-_/#A-Za-z0-9]+$/, patternText: '[\\.\\-_/#A-Za-z0-9]+' } as const;
export const LOG_STREAM_NAME = { min: 1, max: 512, pattern: /^[^:*]*$/, patternText: '[^:*]*' } as const;
export const LOG_GROUP_IDENTIFIER = { min: 1, max: 2048, pattern: /^[\w#+=/:,.@-]*$/, patternText: '[\\w#+=/:,.@-]*' } as const;
export const NEXT_TOKEN = { min: 1 } as const;
export const FILTER_PATTERN = { min: 0, max: 1024 } as const;
