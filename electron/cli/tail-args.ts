import { logsStreams } from '../../shared/contract/logs';
import type { TailTarget } from '../../shared/domain/logs';
import type { TailFlags } from './args';

export type TailFormat = 'text' | 'json';

export interface TailRequest {
  input: { target: TailTarget; since?: number; filterPattern?: string };
  format: TailFormat;
}

const UNIT_MS = { s: 1_000, m: 60_000, h: 3_600_000, d: 86_400_000 } as const;

/** `30s`, `10m`, `2h`, `1d` before now, or an ISO 8601 time (`2026-04-12`, `2026-04-12T09:30:00Z`). */
export function parseSince(text: string, now: number): number {
  const relative = /^(\d+)([smhd])$/.exec(text);
  if (relative) return now - Number(relative[1]) * UNIT_MS[relative[2] as keyof typeof UNIT_MS];
  const at = /^\d{4}-\d{2}-\d{2}([T ][\d:.]+(Z|[+-]\d{2}:?\d{2})?)?$/.test(text) ? Date.parse(text) : Number.NaN;
  if (Number.isNaN(at)) throw new Error(`--since takes 30s, 10m, 2h, 1d or an ISO time, not "${text}"`);
  return at;
}

function targetOf(flags: TailFlags): TailTarget {
  const chosen = (['group', 'job', 'endpoint'] as const).filter((flag) => flags[flag] !== undefined);
  if (chosen.length !== 1) throw new Error('tail needs exactly one of --group, --job or --endpoint');
  if (flags.group === undefined && (flags.stream || flags.streamPrefix !== undefined)) {
    throw new Error('--stream and --stream-prefix go with --group');
  }
  if (flags.job === undefined && flags.kind !== undefined) throw new Error('--kind goes with --job');
  if (flags.group !== undefined) {
    if (flags.stream && flags.streamPrefix !== undefined) throw new Error('use --stream or --stream-prefix, not both');
    return {
      kind: 'group',
      group: flags.group,
      ...(flags.stream ? { streams: flags.stream } : {}),
      ...(flags.streamPrefix !== undefined ? { streamPrefix: flags.streamPrefix } : {}),
    };
  }
  if (flags.job !== undefined) {
    const jobKind = flags.kind ?? 'training';
    if (jobKind !== 'training' && jobKind !== 'processing') throw new Error(`--kind is training or processing, not "${jobKind}"`);
    return { kind: 'job', jobKind, name: flags.job };
  }
  return { kind: 'endpoint', name: flags.endpoint ?? '' };
}

/**
 * The tail command's flags as a `logs.tail` input, checked with the contract's own schema so a
 * mistyped name is a usage error (exit 2) before anything is started. Throws with what to fix.
 */
export function tailRequest(flags: TailFlags, positional: string[], now: number): TailRequest {
  if (positional.length > 0) throw new Error(`tail takes no positional arguments (got "${positional.join(' ')}")`);
  const format = flags.format ?? 'text';
  if (format !== 'text' && format !== 'json') throw new Error(`--format is text or json, not "${format}"`);
  const input: TailRequest['input'] = { target: targetOf(flags) };
  if (flags.since !== undefined) input.since = parseSince(flags.since, now);
  if (flags.filter !== undefined) input.filterPattern = flags.filter;
  const checked = logsStreams['logs.tail'].input.safeParse(input);
  if (!checked.success) {
    const issue = checked.error.issues[0];
    throw new Error(`${issue?.path.join('.') || 'input'}: ${issue?.message ?? 'invalid'}`);
  }
  return { input, format };
}
