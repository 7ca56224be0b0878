import { z } from 'zod';
import { POSTURE_RESOURCE_KINDS, POSTURE_SEVERITIES, POSTURE_STATUSES } from '../domain/posture';

/** The posture table's filter as the address keeps it (`?status=fail&kind=bucket&severity=high`): anything else is ignored. */
export const postureFilterSchema = z.object({
  status: z.enum(POSTURE_STATUSES).optional().catch(undefined),
  kind: z.enum(POSTURE_RESOURCE_KINDS).optional().catch(undefined),
  severity: z.enum(POSTURE_SEVERITIES).optional().catch(undefined),
});
export type PostureFilter = z.infer<typeof postureFilterSchema>;
