import type { z } from 'zod';
import { alarmsRequests, alarmsStreams } from './alarms';
import { apisRequests, apisStreams } from './apis';
import { appRequests, appStreams } from './app';
import { dataRequests, dataStreams } from './data';
import type { RequestChannel, StreamChannel } from './channels';
import { endpointsRequests, endpointsStreams } from './endpoints';
import { experimentsRequests, experimentsStreams } from './experiments';
import { jobsRequests, jobsStreams } from './jobs';
import { journalRequests, journalStreams } from './journal';
import { lineageRequests, lineageStreams } from './lineage';
import { loadBalancersRequests, loadBalancersStreams } from './load-balancers';
import { logsRequests, logsStreams } from './logs';
import { metricsRequests, metricsStreams } from './metrics';
import { overviewRequests, overviewStreams } from './overview';
import { profilesRequests, profilesStreams } from './profiles';
import { promptsRequests, promptsStreams } from './prompts';
import { registryRequests, registryStreams } from './registry';
import { sessionRequests, sessionStreams } from './session';
import { settingsRequests, settingsStreams } from './settings';
import type { AnyRequestSpec, AnyStreamSpec, Disjoint, MutationSpec, SameKeys } from './spec';
import { ssoRequests, ssoStreams } from './sso';
import { tagsRequests, tagsStreams } from './tags';
import { rolesRequests, rolesStreams } from './roles';
import { postureRequests, postureStreams } from './posture';
import { costRequests, costStreams } from './cost';
import { backupsRequests, backupsStreams } from './backups';
import { complianceRequests, complianceStreams } from './compliance';

/**
 * The single list of every request and stream between renderer and host, merged from one module
 * per area. Hosts validate each input with its schema before anything runs; the renderer's typed
 * client is derived from it. An area is added here and in channels.ts, nowhere else.
 */
type RequestAreas = [
  typeof appRequests,
  typeof profilesRequests,
  typeof sessionRequests,
  typeof settingsRequests,
  typeof journalRequests,
  typeof promptsRequests,
  typeof ssoRequests,
  typeof jobsRequests,
  typeof logsRequests,
  typeof endpointsRequests,
  typeof registryRequests,
  typeof alarmsRequests,
  typeof metricsRequests,
  typeof overviewRequests,
  typeof dataRequests,
  typeof experimentsRequests,
  typeof lineageRequests,
  typeof tagsRequests,
  typeof apisRequests,
  typeof loadBalancersRequests,
  typeof rolesRequests,
  typeof postureRequests,
  typeof costRequests,
  typeof backupsRequests,
  typeof complianceRequests,
];
type StreamAreas = [
  typeof appStreams,
  typeof profilesStreams,
  typeof sessionStreams,
  typeof settingsStreams,
  typeof journalStreams,
  typeof promptsStreams,
  typeof ssoStreams,
  typeof jobsStreams,
  typeof logsStreams,
  typeof endpointsStreams,
  typeof registryStreams,
  typeof alarmsStreams,
  typeof metricsStreams,
  typeof overviewStreams,
  typeof dataStreams,
  typeof experimentsStreams,
  typeof lineageStreams,
  typeof tagsStreams,
  typeof apisStreams,
  typeof loadBalancersStreams,
  typeof rolesStreams,
  typeof postureStreams,
  typeof costStreams,
  typeof backupsStreams,
  typeof complianceStreams,
];

// A channel defined by two areas would silently lose one handler in the merge: make it a type error.
export const noDuplicateChannels: [Disjoint<RequestAreas>, Disjoint<StreamAreas>] = [true, true];

export const requests = {
  ...appRequests,
  ...profilesRequests,
  ...sessionRequests,
  ...settingsRequests,
  ...journalRequests,
  ...promptsRequests,
  ...ssoRequests,
  ...jobsRequests,
  ...logsRequests,
  ...endpointsRequests,
  ...registryRequests,
  ...alarmsRequests,
  ...metricsRequests,
  ...overviewRequests,
  ...dataRequests,
  ...experimentsRequests,
  ...lineageRequests,
  ...tagsRequests,
  ...apisRequests,
  ...loadBalancersRequests,
  ...rolesRequests,
  ...postureRequests,
  ...costRequests,
  ...backupsRequests,
  ...complianceRequests,
};

export const streams = {
  ...appStreams,
  ...profilesStreams,
  ...sessionStreams,
  ...settingsStreams,
  ...journalStreams,
  ...promptsStreams,
  ...ssoStreams,
  ...jobsStreams,
  ...logsStreams,
  ...endpointsStreams,
  ...registryStreams,
  ...alarmsStreams,
  ...metricsStreams,
  ...overviewStreams,
  ...dataStreams,
  ...experimentsStreams,
  ...lineageStreams,
  ...tagsStreams,
  ...apisStreams,
  ...loadBalancersStreams,
  ...rolesStreams,
  ...postureStreams,
  ...costStreams,
  ...backupsStreams,
  ...complianceStreams,
};

type Requests = typeof requests;
type Streams = typeof streams;
export const channelListsMatch: [SameKeys<keyof Requests, RequestChannel>, SameKeys<keyof Streams, StreamChannel>] = [
  true,
  true,
];

export type RequestInput<C extends RequestChannel> = z.input<Requests[C]['input']>;
export type ParsedInput<C extends RequestChannel> = z.output<Requests[C]['input']>;
export type RequestOutput<C extends RequestChannel> = NonNullable<Requests[C]['output']['__returns']>;
export type StreamInput<C extends StreamChannel> = z.input<Streams[C]['input']>;
export type ParsedStreamInput<C extends StreamChannel> = z.output<Streams[C]['input']>;
export type StreamEvent<C extends StreamChannel> = NonNullable<Streams[C]['event']['__returns']>;

/** Extra, non-AWS facts a request can carry: the user's answer to a confirmation challenge. */
export interface RequestMeta {
  confirmed?: boolean;
  typedConfirmation?: string;
}

export function mutationOf(channel: RequestChannel): MutationSpec<unknown> | undefined {
  const spec = requests[channel] as AnyRequestSpec;
  return spec.mutation as MutationSpec<unknown> | undefined;
}

export function isSessionScoped(channel: StreamChannel): boolean {
  return (streams[channel] as AnyStreamSpec).sessionScoped === true;
}

export type { MutationSpec, RequestSpec, StreamSpec } from './spec';
