import { ALARMS_REQUESTS, ALARMS_STREAMS } from './alarms.channels';
import { APIS_REQUESTS, APIS_STREAMS } from './apis.channels';
import { APP_REQUESTS, APP_STREAMS } from './app.channels';
import { DATA_REQUESTS, DATA_STREAMS } from './data.channels';
import { ENDPOINTS_REQUESTS, ENDPOINTS_STREAMS } from './endpoints.channels';
import { EXPERIMENTS_REQUESTS, EXPERIMENTS_STREAMS } from './experiments.channels';
import { JOBS_REQUESTS, JOBS_STREAMS } from './jobs.channels';
import { JOURNAL_REQUESTS, JOURNAL_STREAMS } from './journal.channels';
import { LINEAGE_REQUESTS, LINEAGE_STREAMS } from './lineage.channels';
import { LOAD_BALANCERS_REQUESTS, LOAD_BALANCERS_STREAMS } from './load-balancers.channels';
import { ROLES_REQUESTS, ROLES_STREAMS } from './roles.channels';
import { POSTURE_REQUESTS, POSTURE_STREAMS } from './posture.channels';
import { COST_REQUESTS, COST_STREAMS } from './cost.channels';
import { BACKUPS_REQUESTS, BACKUPS_STREAMS } from './backups.channels';
import { COMPLIANCE_REQUESTS, COMPLIANCE_STREAMS } from './compliance.channels';
import { LOGS_REQUESTS, LOGS_STREAMS } from './logs.channels';
import { METRICS_REQUESTS, METRICS_STREAMS } from './metrics.channels';
import { OVERVIEW_REQUESTS, OVERVIEW_STREAMS } from './overview.channels';
import { PROFILES_REQUESTS, PROFILES_STREAMS } from './profiles.channels';
import { PROMPTS_REQUESTS, PROMPTS_STREAMS } from './prompts.channels';
import { REGISTRY_REQUESTS, REGISTRY_STREAMS } from './registry.channels';
import { SESSION_REQUESTS, SESSION_STREAMS } from './session.channels';
import { SETTINGS_REQUESTS, SETTINGS_STREAMS } from './settings.channels';
import { SSO_REQUESTS, SSO_STREAMS } from './sso.channels';
import { TAGS_REQUESTS, TAGS_STREAMS } from './tags.channels';

/**
 * Every channel name between renderer and host, without schemas, so the sandboxed preload can
 * allow-list them without bundling zod. `index.ts` proves at compile time that these lists and
 * the merged contract name the same channels.
 */
export const REQUEST_CHANNELS = [
  ...APP_REQUESTS,
  ...PROFILES_REQUESTS,
  ...SESSION_REQUESTS,
  ...SETTINGS_REQUESTS,
  ...JOURNAL_REQUESTS,
  ...PROMPTS_REQUESTS,
  ...SSO_REQUESTS,
  ...JOBS_REQUESTS,
  ...LOGS_REQUESTS,
  ...ENDPOINTS_REQUESTS,
  ...REGISTRY_REQUESTS,
  ...ALARMS_REQUESTS,
  ...METRICS_REQUESTS,
  ...OVERVIEW_REQUESTS,
  ...DATA_REQUESTS,
  ...EXPERIMENTS_REQUESTS,
  ...LINEAGE_REQUESTS,
  ...TAGS_REQUESTS,
  ...APIS_REQUESTS,
  ...LOAD_BALANCERS_REQUESTS,
  ...ROLES_REQUESTS,
  ...POSTURE_REQUESTS,
  ...COST_REQUESTS,
  ...BACKUPS_REQUESTS,
  ...COMPLIANCE_REQUESTS,
] as const;

export const STREAM_CHANNELS = [
  ...APP_STREAMS,
  ...PROFILES_STREAMS,
  ...SESSION_STREAMS,
  ...SETTINGS_STREAMS,
  ...JOURNAL_STREAMS,
  ...PROMPTS_STREAMS,
  ...SSO_STREAMS,
  ...JOBS_STREAMS,
  ...LOGS_STREAMS,
  ...ENDPOINTS_STREAMS,
  ...REGISTRY_STREAMS,
  ...ALARMS_STREAMS,
  ...METRICS_STREAMS,
  ...OVERVIEW_STREAMS,
  ...DATA_STREAMS,
  ...EXPERIMENTS_STREAMS,
  ...LINEAGE_STREAMS,
  ...TAGS_STREAMS,
  ...APIS_STREAMS,
  ...LOAD_BALANCERS_STREAMS,
  ...ROLES_STREAMS,
  ...POSTURE_STREAMS,
  ...COST_STREAMS,
  ...BACKUPS_STREAMS,
  ...COMPLIANCE_STREAMS,
] as const;

export type RequestChannel = (typeof REQUEST_CHANNELS)[number];
export type StreamChannel = (typeof STREAM_CHANNELS)[number];

const requestSet: ReadonlySet<string> = new Set(REQUEST_CHANNELS);
const streamSet: ReadonlySet<string> = new Set(STREAM_CHANNELS);

export function isRequestChannel(value: unknown): value is RequestChannel {
  return typeof value === 'string' && requestSet.has(value);
}

export function isStreamChannel(value: unknown): value is StreamChannel {
  return typeof value === 'string' && streamSet.has(value);
}
