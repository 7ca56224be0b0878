import type { AreaManifest } from '../../app/area-manifest';

/** S3 for the pipeline: buckets with their posture, browse, upload, versions and restore (routes in data-routes.ts). */
export const dataArea: AreaManifest = {
  id: 'data',
  label: 'Data',
  summary: 'Secure the pipeline buckets, browse and upload datasets, restore versions and run restore drills.',
  paletteCommands: [
    {
      id: 'data-buckets',
      label: 'Buckets and their security posture',
      keywords: 's3 bucket posture encryption versioning public',
      path: '/data',
    },
    {
      id: 'data-create-bucket',
      label: 'Create a secure bucket',
      keywords: 's3 bucket create new secure',
      path: '/data/new',
    },
  ],
  load: () => import('./DataArea'),
};
