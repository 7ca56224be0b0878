import type { AnyRequestSpec, AnyStreamSpec } from '../../../shared/contract/spec';
import type { RequestHandlers, StreamHandlers } from '../rpc/handlers';
import type { AreaModule } from './area-module';

type AnyArea = AreaModule<Record<string, AnyRequestSpec>, Record<string, AnyStreamSpec>>;
type UnionToIntersection<U> = (U extends unknown ? (value: U) => void : never) extends (value: infer I) => void
  ? I
  : never;

/**
 * Every area's handlers in one map for the dispatcher. The result must cover the whole contract:
 * an area left out of the list, or a channel an area forgot, fails the typecheck here.
 */
export function mergeAreas<const T extends readonly AnyArea[]>(
  areas: T,
): UnionToIntersection<T[number]['requests']> extends RequestHandlers
  ? UnionToIntersection<T[number]['streams']> extends StreamHandlers
    ? { requests: RequestHandlers; streams: StreamHandlers }
    : { error: 'an area is missing stream handlers' }
  : { error: 'an area is missing request handlers' } {
  const requests = Object.assign({}, ...areas.map((area) => area.requests)) as RequestHandlers;
  const streams = Object.assign({}, ...areas.map((area) => area.streams)) as StreamHandlers;
  return { requests, streams } as never;
}
