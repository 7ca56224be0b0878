import { z } from 'zod';
import { REGION_PATTERN } from './regions';

export { KNOWN_REGIONS, REGION_PATTERN } from './regions';

export const regionSchema = z
  .string()
  .regex(REGION_PATTERN, 'Enter a region code such as us-east-1 or eu-west-2.');

/**
 * Profile names as they appear in `[profile NAME]` section headers, without the characters that
 * could make a name into a path (a slash, a leading dot): app-managed profiles and caches are
 * keyed by name, so `../../etc` must never get that far.
 */
export const profileNameSchema = z
  .string()
  .min(1, 'Enter a profile name.')
  .max(128, 'Profile names are at most 128 characters.')
  .regex(/^[A-Za-z0-9_@+=,:-][A-Za-z0-9_.@+=,:-]*$/, 'Profile names use letters, digits and _.@+=,:- only, and do not start with a dot.');

/** IAM access key ids: 16–128 word characters (IAM API AccessKeyMetadata pattern [\w]+). */
export const accessKeyIdSchema = z
  .string()
  .trim()
  .min(16, 'Access key ids are at least 16 characters.')
  .max(128, 'Access key ids are at most 128 characters.')
  .regex(/^\w+$/, 'Access key ids use letters and digits only.');

/** Secret access keys are 40 characters today; accept any printable run up to 128 to stay future-proof. */
export const secretAccessKeySchema = z
  .string()
  .min(16, 'That secret access key is too short.')
  .max(128, 'That secret access key is too long.')
  .regex(/^[\x21-\x7e]+$/, 'Secret access keys have no spaces.');

/** MFA one-time codes: six digits (STS TokenCode pattern [\d]*, length 6). */
export const mfaCodeSchema = z.string().trim().regex(/^\d{6}$/, 'Enter the 6-digit code from your MFA device.');
