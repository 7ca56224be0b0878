/**
 * Region facts without zod, so the renderer's first chunk can list and pattern-check regions
 * without loading a schema library. `aws.ts` re-exports both and builds `regionSchema` on them.
 */

/**
 * AWS region codes (us-east-1, eu-central-2, us-gov-west-1, cn-north-1, ap-southeast-5 ...).
 * Pattern from the shape of every published region code: partition words, a direction, a number.
 */
export const REGION_PATTERN = /^[a-z]{2}(-gov|-iso[a-z]?)?-[a-z]+-\d{1,2}$/;

/** Commonly offered regions for the picker; any valid code can still be typed. */
export const KNOWN_REGIONS = [
  'us-east-1',
  'us-east-2',
  'us-west-1',
  'us-west-2',
  'ca-central-1',
  'sa-east-1',
  'eu-west-1',
  'eu-west-2',
  'eu-west-3',
  'eu-central-1',
  'eu-central-2',
  'eu-north-1',
  'eu-south-1',
  'ap-south-1',
  'ap-northeast-1',
  'ap-northeast-2',
  'ap-northeast-3',
  'ap-southeast-1',
  'ap-southeast-2',
  'me-central-1',
  'af-south-1',
] as const;
