import type { AreaManifest } from '../../app/area-manifest';

/** SageMaker real-time endpoints: deploy, scale, roll back, invoke (routes in endpoint-routes.ts). */
export const endpointsArea: AreaManifest = {
  id: 'endpoints',
  label: 'Endpoints',
  summary: 'Deploy, scale and roll back SageMaker endpoints and watch their health.',
  paletteCommands: [
    {
      id: 'endpoints-deploy',
      label: 'Deploy a model version to a new endpoint',
      keywords: 'deploy endpoint model version canary',
      path: '/endpoints/_new/deploy',
    },
  ],
  load: () => import('./EndpointsArea'),
};
