import type { LineageKind } from '../../../../shared/domain/lineage';

/*
 * The renderer's hash routes for each node, built here because core cannot import the renderer.
 * Keep in step with renderer/src/features/{jobs/job-routes,endpoints/endpoint-routes,
 * registry/registry-routes,data/data-routes,api/api-routes}.ts: `#/training/jobs/<name>`, `#/processing/jobs/<name>`,
 * `#/endpoints/<name>`, `#/registry/<group>/<version>`, `#/data?uri=<s3 uri>`,
 * `#/api/apis/<id>`, `#/api/load-balancers/<name>`.
 */

const segment = encodeURIComponent;

export interface RouteTarget {
  kind: LineageKind;
  name: string;
  uri?: string | undefined;
  /** What identifies it to AWS when the name does not (a REST API's id). */
  key?: string | undefined;
  group?: string | undefined;
  version?: number | undefined;
}

/** The console route that opens a node, where the console has a screen for it. */
export function consoleHref(target: RouteTarget): string | undefined {
  switch (target.kind) {
    case 'training-job':
      return `#/training/jobs/${segment(target.name)}`;
    case 'processing-job':
      return `#/processing/jobs/${segment(target.name)}`;
    case 'endpoint':
      return `#/endpoints/${segment(target.name)}`;
    case 'api':
      return target.key ? `#/api/apis/${segment(target.key)}` : undefined;
    case 'load-balancer':
      return `#/api/load-balancers/${segment(target.name)}`;
    case 'model-package':
      return target.group && target.version !== undefined ? `#/registry/${segment(target.group)}/${target.version}` : undefined;
    case 's3':
    case 'model-artifact':
      return target.uri ? `#/data?${new URLSearchParams({ uri: target.uri }).toString()}` : undefined;
    default:
      return undefined;
  }
}
