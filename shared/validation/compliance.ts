import { z } from 'zod';
import { regionSchema } from './aws';

/** The regions where the pipeline's data may be kept: at least one, each a region name. */
export const chosenRegionsSchema = z
  .array(regionSchema)
  .min(1, 'Choose at least one region.')
  .max(40, 'At most 40 regions.')
  .refine((regions) => new Set(regions).size === regions.length, 'Each region once.');
