import { updateHealthCheckSchema, type UpdateHealthCheckInput } from '../../../../../../shared/contract/load-balancers';
import type { HealthCheckSettings } from '../../../../../../shared/domain/load-balancers';
import { zodFieldErrors, type FieldErrors } from '../../../live/field-errors';

export const HEALTH_CHECK_PROTOCOLS = ['HTTP', 'HTTPS', 'TCP'] as const;
export type HealthCheckProtocol = (typeof HEALTH_CHECK_PROTOCOLS)[number];

/** The form as typed: numbers stay text until sent, so a bad entry is shown, never lost. */
export interface HealthCheckDraft {
  protocol: HealthCheckProtocol;
  port: string;
  path: string;
  intervalSeconds: string;
  timeoutSeconds: string;
  healthyThreshold: string;
  unhealthyThreshold: string;
  matcher: string;
}

export type NumberField = 'intervalSeconds' | 'timeoutSeconds' | 'healthyThreshold' | 'unhealthyThreshold';

const protocolOf = (protocol: string): HealthCheckProtocol =>
  (HEALTH_CHECK_PROTOCOLS as readonly string[]).includes(protocol) ? (protocol as HealthCheckProtocol) : 'HTTP';

export function draftOf(check: HealthCheckSettings): HealthCheckDraft {
  return {
    protocol: protocolOf(check.protocol),
    port: check.port,
    path: check.path ?? '',
    intervalSeconds: String(check.intervalSeconds),
    timeoutSeconds: String(check.timeoutSeconds),
    healthyThreshold: String(check.healthyThreshold),
    unhealthyThreshold: String(check.unhealthyThreshold),
    matcher: check.matcher ?? '',
  };
}

/** Empty is not zero: `Number('')` would be 0 and pass. */
const numberOf = (value: string) => (value.trim() === '' ? Number.NaN : Number(value));

/**
 * The request the draft stands for, checked with the host's own schema before anything is sent.
 * Errors are keyed by the draft's field names (the schema's `healthCheck.` prefix dropped).
 */
export function parseDraft(targetGroupArn: string, draft: HealthCheckDraft): { input: UpdateHealthCheckInput } | { errors: FieldErrors } {
  const http = draft.protocol !== 'TCP';
  const parsed = updateHealthCheckSchema.safeParse({
    targetGroupArn,
    healthCheck: {
      protocol: draft.protocol,
      port: draft.port.trim(),
      // A TCP check opens a connection: no path, no HTTP codes.
      ...(http && draft.path.trim() !== '' ? { path: draft.path.trim() } : {}),
      intervalSeconds: numberOf(draft.intervalSeconds),
      timeoutSeconds: numberOf(draft.timeoutSeconds),
      healthyThreshold: numberOf(draft.healthyThreshold),
      unhealthyThreshold: numberOf(draft.unhealthyThreshold),
      ...(http && draft.matcher.trim() !== '' ? { matcher: draft.matcher.trim() } : {}),
    },
  });
  if (parsed.success) return { input: parsed.data };
  const errors: FieldErrors = {};
  for (const [path, message] of Object.entries(zodFieldErrors(parsed.error))) errors[path.replace(/^healthCheck\./, '')] = message;
  // zod runs the schema's cross-field rules only once every field passed: say them now, with the others.
  if (!errors.timeoutSeconds && numberOf(draft.timeoutSeconds) >= numberOf(draft.intervalSeconds)) {
    errors.timeoutSeconds = 'The timeout must be shorter than the interval.';
  }
  if (!errors.path && http && draft.path.trim() === '') errors.path = 'HTTP and HTTPS checks need a path, for example /ping.';
  return { errors };
}
