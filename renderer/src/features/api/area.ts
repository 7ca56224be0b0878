import type { AreaManifest } from '../../app/area-manifest';

export const apiArea: AreaManifest = {
  id: 'api',
  label: 'API & load balancing',
  summary: 'Expose endpoints as validated REST APIs, test them, and watch load balancer target health live.',
  paletteCommands: [
    { id: 'api-home', label: 'APIs and load balancers', keywords: 'api gateway rest stage invoke url load balancer alb nlb target group health', path: '/api' },
    { id: 'api-expose', label: 'Expose an endpoint as an API', keywords: 'api gateway expose publish endpoint rest post predict', path: '/api/expose' },
  ],
  load: () => import('./ApiArea'),
};
