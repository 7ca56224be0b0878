import { create } from 'zustand';
import { createJSONStorage, persist } from 'zustand/middleware';
import type { JobDraft } from './job-draft';

/**
 * Form drafts by form address (`processing:new`, `training:clone:<name>`): leaving the form and
 * coming back, or reloading the window, shows what was typed. Session storage, not local: a draft
 * belongs to this sitting, and may name roles and buckets that should not linger on disk.
 */
interface DraftState {
  drafts: Record<string, JobDraft>;
  save: (key: string, draft: JobDraft) => void;
  discard: (key: string) => void;
}

export const useDraftStore = create<DraftState>()(
  persist(
    (set) => ({
      drafts: {},
      save: (key, draft) => set((state) => ({ drafts: { ...state.drafts, [key]: draft } })),
      discard: (key) =>
        set((state) => {
          const { [key]: _gone, ...rest } = state.drafts;
          return { drafts: rest };
        }),
    }),
    { name: 'sagedeck.job-drafts', storage: createJSONStorage(() => sessionStorage) },
  ),
);

export function draftKey(kind: string, from: { clone?: string | undefined; template?: string | undefined }): string {
  if (from.clone) return `${kind}:clone:${from.clone}`;
  if (from.template) return `${kind}:template:${from.template}`;
  return `${kind}:new`;
}
