import { AwsError } from '../../types';
import { asInt, asString } from '../../protocols/values';

interface StringRule {
  min?: number;
  max?: number;
  pattern?: RegExp;
  /** As AWS prints it in the message. */
  patternText?: string;
}

/**
 * Collects constraint violations and reports them in AWS's words: "2 validation errors detected:
 * Value 'x' at 'roleSessionName' failed to satisfy constraint: ...; Value ...".
 */
export class Violations {
  private readonly problems: string[] = [];

  string(input: Record<string, unknown>, member: string, rule: StringRule, required = false): string | undefined {
    const value = asString(input[member]);
    const at = member.charAt(0).toLowerCase() + member.slice(1);
    if (value === undefined) {
      if (required) this.problems.push(`Value null at '${at}' failed to satisfy constraint: Member must not be null`);
      return undefined;
    }
    if (rule.min !== undefined && value.length < rule.min) {
      this.problems.push(
        `Value '${value}' at '${at}' failed to satisfy constraint: Member must have length greater than or equal to ${rule.min}`,
      );
    } else if (rule.max !== undefined && value.length > rule.max) {
      this.problems.push(
        `Value '${value}' at '${at}' failed to satisfy constraint: Member must have length less than or equal to ${rule.max}`,
      );
    } else if (rule.pattern && !rule.pattern.test(value)) {
      this.problems.push(
        `Value '${value}' at '${at}' failed to satisfy constraint: Member must satisfy regular expression pattern: ${rule.patternText ?? rule.pattern.source}`,
      );
    }
    return value;
  }

  integer(input: Record<string, unknown>, member: string, min: number, max: number): number | undefined {
    const raw = input[member];
    if (raw === undefined) return undefined;
    const value = asInt(raw);
    const at = member.charAt(0).toLowerCase() + member.slice(1);
    if (value === undefined) {
      this.problems.push(`Value '${String(raw)}' at '${at}' failed to satisfy constraint: Member must be an integer`);
    } else if (value < min) {
      this.problems.push(
        `Value '${value}' at '${at}' failed to satisfy constraint: Member must have value greater than or equal to ${min}`,
      );
    } else if (value > max) {
      this.problems.push(
        `Value '${value}' at '${at}' failed to satisfy constraint: Member must have value less than or equal to ${max}`,
      );
    }
    return value;
  }

  throwIfAny(): void {
    if (this.problems.length === 0) return;
    const count = this.problems.length;
    throw new AwsError(
      'ValidationError',
      `${count} validation error${count > 1 ? 's' : ''} detected: ${this.problems.join('; ')}`,
      400,
    );
  }
}

export const SESSION_NAME: StringRule = { min: 2, max: 64, pattern: /^[\w+=,.@-]*$/, patternText: '[\\w+=,.@-]*' };
export const SERIAL_NUMBER: StringRule = {
  min: 9,
  max: 256,
  pattern: /^[\w+=/:,.@-]*$/,
  patternText: '[\\w+=/:,.@-]*',
};
export const TOKEN_CODE: StringRule = { min: 6, max: 6, pattern: /^\d*$/, patternText: '[\\d]*' };
export const ROLE_ARN: StringRule = { min: 20, max: 2048 };
export const EXTERNAL_ID: StringRule = {
  min: 2,
  max: 1224,
  pattern: /^[\w+=,.@:/-]*$/,
  patternText: '[\\w+=,.@:\\/-]*',
};
export const SOURCE_IDENTITY: StringRule = { min: 2, max: 64, pattern: /^[\w+=,.@-]*$/, patternText: '[\\w+=,.@-]*' };
export const POLICY: StringRule = { min: 1, max: 2048 };
