import { hrefFor } from '../../app/hash-route';

/*
 * The lineage view lives under the Experiments area (`#/experiments/lineage?resource=<…>`): that
 * area routes the address to LineageView. Every "Lineage" link in the console is built here.
 */
export const LINEAGE_SEGMENT = 'lineage';

/** The lineage of an ARN, a resource name or an s3:// URI. */
export const lineageHref = (resource: string) => hrefFor('experiments', [LINEAGE_SEGMENT], { resource });

/** The resource asked about in a lineage address's query (`undefined` when none was given). */
export const lineageResource = (params: URLSearchParams) => params.get('resource')?.trim() || undefined;
