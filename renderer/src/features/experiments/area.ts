import type { AreaManifest } from '../../app/area-manifest';

export const experimentsArea: AreaManifest = {
  id: 'experiments',
  label: 'Experiments',
  summary: 'Compare experiment runs side by side by their parameters and metrics, then register or re-run the best.',
  paletteCommands: [
    {
      id: 'experiments-list',
      label: 'Experiments',
      keywords: 'experiments runs trials trial components compare metrics parameters',
      path: '/experiments',
    },
    {
      id: 'experiments-lineage',
      label: 'Lineage of a resource',
      keywords: 'lineage trace chain data model endpoint s3 provenance upstream downstream',
      path: '/experiments/lineage?resource=',
    },
  ],
  load: () => import('./ExperimentsArea'),
};
