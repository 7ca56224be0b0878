import { z } from 'zod';

/*
 * Elastic Load Balancing v2's ranges (API reference: CreateTargetGroup, ModifyTargetGroup,
 * TargetDescription), checked before any call. AWS's refusals still reach the same fields.
 */

export const loadBalancerArnSchema = z
  .string()
  .regex(/^arn:aws[a-z-]*:elasticloadbalancing:[a-z0-9-]+:\d{12}:loadbalancer\/(app|net|gwy)\/[^/]{1,32}\/[0-9a-f]{1,32}$/, 'Pick a load balancer (its ARN).');

/** AWS's load balancer names: 1..32 letters, digits and hyphens, not starting or ending with a hyphen. */
export const loadBalancerNameSchema = z
  .string()
  .min(1, 'Enter a load balancer name.')
  .max(32, 'Load balancer names are at most 32 characters.')
  .regex(/^[a-zA-Z0-9](-?[a-zA-Z0-9])*$/, 'Use letters, digits and hyphens; start and end with a letter or digit.');

export const targetGroupArnSchema = z
  .string()
  .regex(/^arn:aws[a-z-]*:elasticloadbalancing:[a-z0-9-]+:\d{12}:targetgroup\/[^/]{1,32}\/[0-9a-f]{1,32}$/, 'Pick a target group (its ARN).');

export const portSchema = z.number({ error: 'Enter a port.' }).int('A whole number.').min(1, 'Ports are 1 to 65535.').max(65_535, 'Ports are 1 to 65535.');

/** An EC2 instance id, an IPv4/IPv6 address, or a Lambda function ARN: what a target group can hold. */
export const targetIdSchema = z
  .string()
  .trim()
  .min(1, 'Enter a target: an instance id, an IP address or a Lambda ARN.')
  .regex(
    /^(i-[0-9a-f]{8,17}|\d{1,3}(\.\d{1,3}){3}|[0-9a-fA-F:]+:[0-9a-fA-F:]*|arn:aws[a-z-]*:lambda:[a-z0-9-]+:\d{12}:function:[\w-]+(:[\w$-]+)?)$/,
    'Enter an instance id (i-…), an IP address or a Lambda function ARN.',
  );

export const targetSchema = z
  .object({
    id: targetIdSchema,
    port: portSchema.optional(),
    /** `all` for IP targets outside the VPC, else a zone of the target group's VPC. */
    availabilityZone: z.string().trim().min(1).optional(),
  })
  .strict();

/** HTTP codes a health check accepts: `200`, `200,202`, `200-299` (ALB 200–499, NLB 200–599). */
export const matcherSchema = z
  .string()
  .trim()
  .regex(/^\d{3}((,\d{3})*|-\d{3})$/, 'Enter codes like 200, 200,202 or 200-299.');

export const healthCheckSchema = z
  .object({
    protocol: z.enum(['HTTP', 'HTTPS', 'TCP']),
    port: z.union([z.literal('traffic-port'), z.string().regex(/^\d{1,5}$/, 'A port number or traffic-port.')]),
    path: z.string().trim().startsWith('/', 'Paths start with /.').max(1024, 'At most 1,024 characters.').optional(),
    intervalSeconds: z.number({ error: 'Enter seconds.' }).int('A whole number.').min(5, 'At least 5 seconds.').max(300, 'At most 300 seconds.'),
    timeoutSeconds: z.number({ error: 'Enter seconds.' }).int('A whole number.').min(2, 'At least 2 seconds.').max(120, 'At most 120 seconds.'),
    healthyThreshold: z.number({ error: 'Enter a count.' }).int('A whole number.').min(2, 'At least 2.').max(10, 'At most 10.'),
    unhealthyThreshold: z.number({ error: 'Enter a count.' }).int('A whole number.').min(2, 'At least 2.').max(10, 'At most 10.'),
    matcher: matcherSchema.optional(),
  })
  .strict()
  .refine((check) => check.timeoutSeconds < check.intervalSeconds, { path: ['timeoutSeconds'], message: 'The timeout must be shorter than the interval.' })
  .refine((check) => check.protocol === 'TCP' || check.path !== undefined, { path: ['path'], message: 'HTTP and HTTPS checks need a path, for example /ping.' });
