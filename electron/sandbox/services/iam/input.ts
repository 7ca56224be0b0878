import { asBool } from '../../protocols/values';
import { Checker } from '../cloudwatch/input';
import { validationError } from './errors';

/** IAM's validation messages name members in camelCase ("at 'roleName'"), raised as ValidationError. */
export const checker = () => new Checker(validationError);

// Patterns and lengths from the IAM API Reference's parameter constraints.
export const ROLE_NAME = { min: 1, max: 64, pattern: /^[\w+=,.@-]+$/, patternText: '[\\w+=,.@-]+' } as const;
export const POLICY_NAME = { min: 1, max: 128, pattern: /^[\w+=,.@-]+$/, patternText: '[\\w+=,.@-]+' } as const;
export const PATH = { min: 1, max: 512, pattern: /^(\/|\/[\u0021-\u007E]+\/)$/, patternText: '(\\u002F)|(\\u002F[\\u0021-\\u007E]+\\u002F)' } as const;
export const PATH_PREFIX = { min: 1, max: 512, pattern: /^\/[\u0021-\u007F]*$/, patternText: '\\u002F[\\u0021-\\u007F]*' } as const;
export const ARN = { min: 20, max: 2048 } as const;
export const DOCUMENT = { min: 1, max: 131072 } as const;
export const DESCRIPTION = { max: 1000 } as const;
export const VERSION_ID = { pattern: /^v[1-9][0-9]*(\.[A-Za-z0-9-]*)?$/, patternText: 'v[1-9][0-9]*(\\.[A-Za-z0-9-]*)?' } as const;

export const flag = (value: unknown): boolean => asBool(value) === true;
