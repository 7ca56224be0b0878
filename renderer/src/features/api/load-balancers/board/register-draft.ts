import { loadBalancersRequests } from '../../../../../../shared/contract/load-balancers';
import type { RequestInput } from '../../../../../../shared/contract';
import { zodFieldErrors, type FieldErrors } from '../../../live/field-errors';

export type RegisterInput = RequestInput<'loadBalancers.registerTargets'>;

/** One target as typed; the port stays text until sent. */
export interface TargetDraft {
  id: string;
  port: string;
  availabilityZone: string;
}

export const emptyTarget = (port: number | undefined): TargetDraft => ({ id: '', port: port === undefined ? '' : String(port), availabilityZone: '' });

const numberOf = (value: string) => (value.trim() === '' ? Number.NaN : Number(value));

/**
 * The request the rows stand for, checked with the host's own schema before anything is sent.
 * Errors are keyed `targets.<row>.<field>`, as the host keys them. A row left entirely empty is
 * skipped, so an extra blank row never blocks the others.
 */
export function parseTargets(targetGroupArn: string, rows: readonly TargetDraft[]): { input: RegisterInput } | { errors: FieldErrors } {
  const kept = rows.map((row, index) => ({ row, index })).filter(({ row, index }) => index === 0 || row.id.trim() !== '' || row.availabilityZone.trim() !== '');
  const targets = kept.map(({ row }) => ({
    id: row.id.trim(),
    ...(row.port.trim() !== '' ? { port: numberOf(row.port) } : {}),
    ...(row.availabilityZone.trim() !== '' ? { availabilityZone: row.availabilityZone.trim() } : {}),
  }));
  const parsed = loadBalancersRequests['loadBalancers.registerTargets'].input.safeParse({ targetGroupArn, targets });
  if (parsed.success) return { input: parsed.data };
  // Back to the rows' own positions: skipped blank rows shift nothing on screen.
  const errors: FieldErrors = {};
  for (const [path, message] of Object.entries(zodFieldErrors(parsed.error))) {
    const match = /^targets\.(\d+)(\..*)?$/.exec(path);
    const at = match ? kept[Number(match[1])]?.index : undefined;
    errors[at !== undefined && match ? `targets.${at}${match[2] ?? ''}` : path] = message;
  }
  return { errors };
}
