import { createClients, type AwsClients } from '../aws/clients';
import type { RequestCounter } from '../aws/request-counter';
import type { EmbeddedSandbox } from '../sandbox/embedded-sandbox';
import type { SessionManager } from './session-manager';
import { targetForSession } from './session-target';

export interface SessionClients {
  /** The current session's clients, made on first use and replaced after every switch. */
  current(): Promise<AwsClients>;
  close(): void;
}

export function openSessionClients(session: SessionManager, env: NodeJS.ProcessEnv, sandbox: EmbeddedSandbox, counter: RequestCounter): SessionClients {
  let cached: { generation: number; clients: Promise<AwsClients> } | undefined;
  const dropCached = () => {
    const old = cached;
    cached = undefined;
    void old?.clients.then((clients) => clients.destroy()).catch(() => undefined);
  };
  session.onChange(dropCached);
  return {
    current() {
      const info = session.current();
      if (!cached || cached.generation !== info.generation) {
        dropCached();
        const clients = targetForSession(info, env, sandbox).then((target) => createClients(target, counter));
        // A failed start (sandbox could not bind, profile broken) is retried on the next call.
        clients.catch(() => {
          if (cached?.clients === clients) cached = undefined;
        });
        cached = { generation: info.generation, clients };
      }
      return cached.clients;
    },
    close: dropCached,
  };
}
