import type { AreaManifest } from '../../app/area-manifest';

/*
 * One slice serves both job kinds: the same list, detail and form, parameterised by the kind the
 * area id names. Each manifest imports its own tiny entry so the lazy chunk knows its kind.
 */

export const processingArea: AreaManifest = {
  id: 'processing',
  label: 'Processing',
  summary: 'Follow SageMaker processing jobs from start to finish, start or clone them, and schedule them.',
  paletteCommands: [
    { id: 'processing-new', label: 'Start a processing job', keywords: 'new create run processing job', path: '/processing/new' },
    { id: 'processing-schedules', label: 'Processing job schedules', keywords: 'schedule cron rate scheduler', path: '/processing/schedules' },
  ],
  load: () => import('./ProcessingArea'),
};

export const trainingArea: AreaManifest = {
  id: 'training',
  label: 'Training',
  summary: 'Start, watch and stop SageMaker training jobs, with their metrics and logs.',
  paletteCommands: [
    { id: 'training-new', label: 'Start a training job', keywords: 'new create run training job', path: '/training/new' },
  ],
  load: () => import('./TrainingArea'),
};
