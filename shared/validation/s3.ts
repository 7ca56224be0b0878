import { z } from 'zod';

/**
 * S3's general purpose bucket naming rules (Amazon S3 User Guide, "Bucket naming rules"): 3–63
 * characters; lowercase letters, digits, dots and hyphens; starts and ends with a letter or digit;
 * no two adjacent dots; not shaped like an IP address; not starting with `xn--`, `sthree-` or
 * `amzn-s3-demo-`; not ending with `-s3alias`, `--ol-s3`, `.mrap` or `--x-s3`.
 */
export function bucketNameProblem(name: string): string | undefined {
  if (name.length < 3 || name.length > 63) return 'Bucket names are 3 to 63 characters long.';
  if (!/^[a-z0-9.-]+$/.test(name)) return 'Use lowercase letters, digits, dots and hyphens only.';
  if (!/^[a-z0-9]/.test(name) || !/[a-z0-9]$/.test(name)) return 'Start and end with a lowercase letter or a digit.';
  if (name.includes('..')) return 'Two dots cannot be next to each other.';
  if (/^\d{1,3}(\.\d{1,3}){3}$/.test(name)) return 'A bucket name cannot look like an IP address.';
  for (const prefix of ['xn--', 'sthree-', 'amzn-s3-demo-']) if (name.startsWith(prefix)) return `Bucket names cannot start with "${prefix}".`;
  for (const suffix of ['-s3alias', '--ol-s3', '.mrap', '--x-s3']) if (name.endsWith(suffix)) return `Bucket names cannot end with "${suffix}".`;
  return undefined;
}

export const bucketNameSchema = z.string().superRefine((name, ctx) => {
  const problem = bucketNameProblem(name);
  if (problem) ctx.addIssue({ code: 'custom', message: problem });
});

/** An object key: 1..1024 bytes of UTF-8 (S3's limit). */
export const objectKeySchema = z
  .string()
  .min(1, 'Enter an object key.')
  .refine((key) => new TextEncoder().encode(key).length <= 1024, 'Object keys are at most 1,024 bytes.');

/** A key prefix ("folder"): empty for the bucket's root, else ends with `/` in the browser. */
export const keyPrefixSchema = z.string().refine((key) => new TextEncoder().encode(key).length <= 1024, 'Prefixes are at most 1,024 bytes.');

export const versionIdSchema = z.string().min(1).max(1024);

/** `s3://bucket/key-or-prefix`, as jobs and the registry show them. */
export function parseS3Uri(uri: string): { bucket: string; key: string } | undefined {
  const match = /^s3:\/\/([^/]+)\/?(.*)$/.exec(uri);
  if (!match?.[1] || bucketNameProblem(match[1])) return undefined;
  return { bucket: match[1], key: match[2] ?? '' };
}
