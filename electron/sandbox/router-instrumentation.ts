import type { RequestCounters } from './counters';
import type { FaultInjector } from './faults';
import { accessDeniedError, serverError, throttlingError, unknownOperationError } from './protocols/errors';
import type { OperationHandler, ServiceDefinition } from './types';

export interface Instrumentation {
  counters: RequestCounters;
  faults: FaultInjector;
  /** The connection of this request is to be cut instead of answered. */
  onDrop(requestId: string): void;
  /** A handler that may have changed state finished (schedules a persistence save). */
  onMutation(): void;
}

const READ_ONLY = /^(Get|Describe|List|Head|Search|Filter|Query|Select|Invoke|Test|Validate)/;

function delay(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/**
 * Wraps every handler once at start-up so counting, fault injection and change tracking apply to
 * all protocols alike, including the adapters this file's author did not write (S3's restXml).
 */
export function instrumentService(service: ServiceDefinition, tools: Instrumentation): ServiceDefinition {
  const operations: Record<string, OperationHandler> = Object.create(null) as Record<string, OperationHandler>;
  for (const [name, handler] of Object.entries(service.operations)) {
    const key = `${service.signingName}:${name}`;
    const mutates = !READ_ONLY.test(name);
    operations[name] = async (input, ctx) => {
      tools.counters.increment(key);
      if (tools.faults.active) {
        const decision = tools.faults.decide(service.signingName, name);
        if (decision.latencyMs > 0) await delay(decision.latencyMs);
        if (decision.failure === 'throttle') throw throttlingError(service.protocol);
        if (decision.failure === 'error5xx') throw serverError(service.protocol);
        // A role without the permission, or an endpoint (LocalStack, moto) without the operation.
        if (decision.failure === 'accessDenied') throw accessDeniedError(service.protocol, `${service.signingName}:${name}`);
        if (decision.failure === 'unknownOperation') throw unknownOperationError(service.protocol, name);
        if (decision.failure === 'drop') {
          tools.onDrop(ctx.requestId);
          throw serverError(service.protocol);
        }
      }
      const output = await handler(input, ctx);
      if (mutates) tools.onMutation();
      return output;
    };
  }
  return { ...service, operations };
}
