import packageJson from '../../../package.json';
import type { UpdateStatus } from '../../../shared/domain/app';
import { networkSettings } from '../aws/network/network-settings';
import { sendThroughNetwork } from '../aws/network/send-request';
import { readUpdateState, writeUpdateState, type UpdateState } from './update-state';
import { compareVersions } from './version-compare';

export const CHECK_INTERVAL_MS = 24 * 60 * 60 * 1000;
const FEED_TIMEOUT_MS = 10_000;

export interface UpdateCheckerOptions {
  dataDir: string;
  /** The release feed (JSON `{ "version", "url" }`); empty: this build never checks. */
  feedUrl: string;
  current?: string;
  now?: () => number;
  /** Where a failed check is told: a warning in the host's log, never an error in the UI. */
  log?: (line: string) => void;
  /** Where HTTPS_PROXY / NO_PROXY / AWS_CA_BUNDLE are read: the feed takes the route AWS calls take. */
  env?: NodeJS.ProcessEnv;
}

export interface UpdateChecker {
  /** The status, after reading the feed if the user consented and the last read is a day old or more. */
  status(): Promise<UpdateStatus>;
  setConsent(consent: boolean): Promise<UpdateStatus>;
}

/**
 * Tells the user a newer release exists; never downloads anything. The feed is read only with the
 * user's consent, at most once per CHECK_INTERVAL_MS across starts (the time is kept in updates.json).
 */
export async function openUpdateChecker(options: UpdateCheckerOptions): Promise<UpdateChecker> {
  const now = options.now ?? Date.now;
  const current = options.current ?? packageJson.version;
  const log = options.log ?? ((line: string) => console.warn(line));
  const env = options.env ?? process.env;
  let state = await readUpdateState(options.dataDir);
  let checking: Promise<void> | undefined;

  const save = async (next: UpdateState) => {
    state = next;
    await writeUpdateState(options.dataDir, next);
  };

  const view = (): UpdateStatus => {
    const status: UpdateStatus = { current, consent: state.consent, feedConfigured: options.feedUrl !== '' };
    if (state.lastCheck !== undefined) status.lastCheck = new Date(state.lastCheck).toISOString();
    const newer = state.consent === 'granted' && state.available && (compareVersions(state.available.version, current) ?? 0) > 0;
    if (newer && state.available) status.available = state.available;
    return status;
  };

  const readFeed = async () => {
    // The attempt counts even when it fails: an unreachable feed is tried again tomorrow, not at every start.
    await save({ ...state, lastCheck: now() });
    try {
      const request = { url: options.feedUrl, method: 'GET', headers: { accept: 'application/json' }, body: '' };
      const response = await sendThroughNetwork(await networkSettings(env, undefined), request, AbortSignal.timeout(FEED_TIMEOUT_MS));
      if (response.status < 200 || response.status > 299) throw new Error(`HTTP ${response.status}`);
      const feed = JSON.parse(response.body) as { version?: unknown; url?: unknown };
      if (typeof feed.version !== 'string' || compareVersions(feed.version, '0.0.0') === undefined) {
        throw new Error('the feed has no version');
      }
      // https only: the link is handed to the OS browser, never fetched by SageDeck.
      if (typeof feed.url !== 'string' || !feed.url.startsWith('https://')) throw new Error('the feed has no https url');
      await save({ ...state, available: { version: feed.version, url: feed.url } });
    } catch (error) {
      log(`SageDeck update check: could not read the release feed (${(error as Error).message}).`);
    }
  };

  const due = () =>
    options.feedUrl !== '' && state.consent === 'granted' && (state.lastCheck === undefined || now() - state.lastCheck >= CHECK_INTERVAL_MS);

  const checkIfDue = async () => {
    if (!checking && due()) checking = readFeed().finally(() => (checking = undefined));
    await checking;
  };

  return {
    async status() {
      await checkIfDue();
      return view();
    },
    async setConsent(consent) {
      await save({ ...state, consent: consent ? 'granted' : 'declined' });
      await checkIfDue();
      return view();
    },
  };
}
