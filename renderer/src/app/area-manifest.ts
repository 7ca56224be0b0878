import type { ComponentType } from 'react';

/** Every area, in sidebar order. Ids are the first segment of the hash route (`#/training/...`). */
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

/** A palette entry an area offers; it opens a route, so it needs none of the area's code. */
export interface AreaCommand {
  /** `palette-item-<id>` in the DOM. */
  id: string;
  label: string;
  detail?: string;
  keywords?: string;
  /** Hash path without `#`, e.g. `/processing/new`. */
  path: string;
}

/**
 * What a feature folder exports eagerly from its `area.ts`: a few strings and a lazy import. The
 * shell lists these; the area's screens stay in their own chunk until the user opens them.
 */
export interface AreaManifest extends AreaInfo {
  paletteCommands?: readonly AreaCommand[];
  /** Each area is its own chunk, so the first download is the shell alone. */
  load: () => Promise<{ default: ComponentType<AreaProps> }>;
}

/** Kept for older imports: an area as the shell sees it. */
export type AreaDefinition = AreaManifest;
