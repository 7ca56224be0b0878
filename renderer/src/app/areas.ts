import type { ComponentType } from 'react';

export const AREA_IDS = [
  'overview',
  'data',
  'processing',
  'training',
  'experiments',
  'registry',
  'endpoints',
  'logs',
  'alarms',
  'api',
  'security',
  'activity',
  'profiles',
] as const;

export type AreaId = (typeof AREA_IDS)[number];

export interface AreaInfo {
  id: AreaId;
  label: string;
  /** One line on what the area does: the empty state, the overview list and the palette use it. */
  summary: string;
}

export interface AreaProps {
  area: AreaInfo;
}

export interface AreaDefinition extends AreaInfo {
  /** Each area is its own chunk, so the first download is the shell alone. */
  load: () => Promise<{ default: ComponentType<AreaProps> }>;
}

// Areas not built yet share one honest placeholder chunk; a feature replaces its `load` when it lands.
const notYetBuilt = () => import('../features/coming-soon/ComingSoonArea');

export const AREAS: readonly AreaDefinition[] = [
  {
    id: 'overview',
    label: 'Overview',
    summary: 'The current profile and region, and what each area of the console does.',
    load: () => import('../features/overview/OverviewArea'),
  },
  {
    id: 'data',
    label: 'Data',
    summary: 'Browse the pipeline buckets in S3: raw data, processed datasets and model artifacts.',
    load: notYetBuilt,
  },
  {
    id: 'processing',
    label: 'Processing',
    summary: 'Follow SageMaker processing jobs from start to finish and open their logs.',
    load: notYetBuilt,
  },
  {
    id: 'training',
    label: 'Training',
    summary: 'Start, watch and stop SageMaker training jobs, with their metrics and logs.',
    load: notYetBuilt,
  },
  {
    id: 'experiments',
    label: 'Experiments',
    summary: 'Compare experiment runs side by side by their parameters and metrics.',
    load: notYetBuilt,
  },
  {
    id: 'registry',
    label: 'Model registry',
    summary: 'Review model package versions and approve or reject them for deployment.',
    load: notYetBuilt,
  },
  {
    id: 'endpoints',
    label: 'Endpoints',
    summary: 'Deploy, scale and roll back SageMaker endpoints and watch their health.',
    load: notYetBuilt,
  },
  {
    id: 'logs',
    label: 'Logs',
    summary: 'Tail CloudWatch log groups live and search past log events.',
    load: notYetBuilt,
  },
  {
    id: 'alarms',
    label: 'Alarms & metrics',
    summary: 'See CloudWatch alarm states and the metrics behind them.',
    load: notYetBuilt,
  },
  {
    id: 'api',
    label: 'API & load balancing',
    summary: 'Check the API Gateway routes and load balancer targets in front of the endpoints.',
    load: notYetBuilt,
  },
  {
    id: 'security',
    label: 'Security & cost',
    summary: 'Review IAM roles, encryption and network settings, and estimate what the pipeline costs.',
    load: notYetBuilt,
  },
  {
    id: 'activity',
    label: 'Activity',
    summary: 'Every change made from SageDeck: who, where, what and whether it worked.',
    load: () => import('../features/activity/ActivityArea'),
  },
  {
    id: 'profiles',
    label: 'Profiles',
    summary: 'Add profiles whose access keys SageDeck keeps in the OS keychain, and remove them.',
    load: () => import('../features/profiles/ProfilesArea'),
  },
];

export const DEFAULT_AREA: AreaId = 'overview';

export function isAreaId(value: string): value is AreaId {
  return (AREA_IDS as readonly string[]).includes(value);
}

export function areaById(id: AreaId): AreaDefinition {
  const area = AREAS.find((candidate) => candidate.id === id);
  if (!area) throw new Error(`No area ${id}`);
  return area;
}
