import { useEffect } from 'react';
import type { JobKind } from '../../../../../shared/domain/jobs';
import { ErrorNotice } from '../../../components/ErrorNotice';
import { useSessionQuery } from '../../use-session-query';
import { cloneName } from '../clone-name';
import { draftKey, useDraftStore } from './draft-store';
import { draftFromInput, emptyDraft, type JobDraft } from './job-draft';
import { JobFormBody } from './JobFormBody';

interface Props {
  kind: JobKind;
  clone?: string | undefined;
  template?: string | undefined;
}

/** Stores the first draft for a form address once its source is known; a stored draft always wins. */
function useSeed(key: string, seed: JobDraft | undefined) {
  const save = useDraftStore((state) => state.save);
  const existing = useDraftStore((state) => state.drafts[key]);
  useEffect(() => {
    if (!existing && seed) save(key, seed);
  }, [existing, seed, key, save]);
  return existing ?? seed;
}

function CloneSource({ kind, name, storeKey }: { kind: JobKind; name: string; storeKey: string }) {
  const detail = useSessionQuery('jobs.describe', { kind, name });
  const seed = detail.data ? draftFromInput(detail.data.startInput, cloneName(name)) : undefined;
  const draft = useSeed(storeKey, seed);
  if (draft) return <JobFormBody kind={kind} storeKey={storeKey} draft={draft} title={`Clone ${name}`} />;
  if (detail.isError) return <ErrorNotice error={detail.error} title={`${name} could not be read to clone it`} />;
  return <p role="status">Reading {name} to clone it…</p>;
}

function TemplateSource({ kind, id, storeKey }: { kind: JobKind; id: string; storeKey: string }) {
  const templates = useSessionQuery('jobs.listTemplates', {});
  const template = templates.data?.find((candidate) => candidate.id === id);
  const seed = template ? draftFromInput(template.input, '') : undefined;
  const draft = useSeed(storeKey, seed);
  if (draft) return <JobFormBody kind={kind} storeKey={storeKey} draft={draft} title={`Start from template ${template?.name ?? ''}`.trim()} />;
  if (templates.isError) return <ErrorNotice error={templates.error} title="The templates could not be read" />;
  if (templates.data) return <ErrorNotice error={new Error('No template with this id: it may have been deleted.')} title="Template not found" />;
  return <p role="status">Reading the template…</p>;
}

function BlankSource({ kind, storeKey }: { kind: JobKind; storeKey: string }) {
  const draft = useSeed(storeKey, emptyDraft(kind));
  return <JobFormBody kind={kind} storeKey={storeKey} draft={draft ?? emptyDraft(kind)} title={`Start a ${kind} job`} />;
}

/** `#/<kind>/new`, `?clone=<name>` or `?template=<id>`: the start form, prefilled from its source. */
export default function JobForm({ kind, clone, template }: Props) {
  const storeKey = draftKey(kind, { clone, template });
  if (clone) return <CloneSource kind={kind} name={clone} storeKey={storeKey} />;
  if (template) return <TemplateSource kind={kind} id={template} storeKey={storeKey} />;
  return <BlankSource kind={kind} storeKey={storeKey} />;
}
