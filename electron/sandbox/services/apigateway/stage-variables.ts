import { badRequest } from './errors';

/**
 * Stage variables (developer guide, "Stage variables"): names `[A-Za-z0-9_]+`, values up to 512
 * characters of `[A-Za-z0-9-._~:/?#&=,]`.
 */
export function checkVariable(name: string, value: string): string {
  if (!/^[A-Za-z0-9_]+$/.test(name)) throw badRequest(`Stage variable name ${name} must only contain alphanumeric and underscore characters`);
  if (value.length > 512 || !/^[A-Za-z0-9\-._~:/?#&=,]*$/.test(value))
    throw badRequest(`Stage variable value ${value} must be at most 512 characters of [A-Za-z0-9-._~:/?#&=,]`);
  return value;
}

export function checkVariables(variables: Record<string, string>): Record<string, string> {
  for (const [name, value] of Object.entries(variables)) checkVariable(name, value);
  return variables;
}
