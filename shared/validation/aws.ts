import { z } from 'zod';
import { REGION_PATTERN } from './regions';

export { KNOWN_REGIONS, REGION_PATTERN } from './regions';

export const regionSchema = z
  .string()
  .regex(REGION_PATTERN, 'Enter a region code such as us-east-1 or eu-west-2.');

/** Profile names as the AWS CLI accepts them in `[profile NAME]` section headers. */
export const profileNameSchema = z
  .string()
  .min(1, 'Enter a profile name.')
  .max(128, 'Profile names are at most 128 characters.')
  .regex(/^[A-Za-z0-9_.@+=,:/-]+$/, 'Profile names use letters, digits and _.@+=,:/- only.');
