import { z } from 'zod';
import type { Settings } from '../domain/settings';
import { profileNameSchema } from '../validation/aws';
import type { SETTINGS_REQUESTS, SETTINGS_STREAMS } from './settings.channels';
import { empty, request, returns, type AnyRequestSpec, type AnyStreamSpec, type SameKeys } from './spec';

const settingsPatch = z
  .object({
    theme: z.enum(['system', 'light', 'dark']).optional(),
    productionProfiles: z.array(profileNameSchema).max(500).optional(),
  })
  .strict();

export const settingsRequests = {
  'settings.get': request({ input: empty, output: returns<Settings>() }),
  'settings.update': request({
    input: settingsPatch,
    output: returns<Settings>(),
    mutation: { action: 'Update settings', target: () => 'settings', destructive: false },
  }),
  'settings.reset': request({
    input: empty,
    output: returns<Settings>(),
    mutation: { action: 'Reset all settings', target: () => 'settings', destructive: true },
  }),
} satisfies Record<(typeof SETTINGS_REQUESTS)[number], AnyRequestSpec>;

export const settingsStreams = {} satisfies Record<(typeof SETTINGS_STREAMS)[number], AnyStreamSpec>;

export const settingsChannelsMatch: SameKeys<keyof typeof settingsRequests, (typeof SETTINGS_REQUESTS)[number]> = true;
