import { createClients, type AwsClients } from '../aws/clients';
import type { RequestCounter } from '../aws/request-counter';
import { attachRecovery } from '../credentials/recovery-middleware';
import type { SessionManager } from './session-manager';
import { targetForSession, type SessionTarget, type TargetDeps } from './session-target';

export interface ActiveSession {
  clients: AwsClients;
  target: SessionTarget;
}

export interface SessionClients {
  /** The current session's clients, made on first use and replaced after every switch. */
  current(): Promise<AwsClients>;
  /** The clients with their target (credentials provider, endpoints). */
  active(): Promise<ActiveSession>;
  close(): void;
}

export interface SessionClientDeps extends TargetDeps {
  counter: RequestCounter;
}

function withRecovery(clients: AwsClients, target: SessionTarget): AwsClients {
  const prepared = new WeakSet<object>();
  return {
    get(service, purpose) {
      const client = clients.get(service, purpose);
      if (!prepared.has(client)) {
        prepared.add(client);
        attachRecovery((client as unknown as { middlewareStack: Parameters<typeof attachRecovery>[0] }).middlewareStack, service, target);
      }
      return client;
    },
    destroy: () => clients.destroy(),
  };
}

export function openSessionClients(session: SessionManager, deps: SessionClientDeps): SessionClients {
  let cached: { generation: number; active: Promise<ActiveSession> } | undefined;
  const dropCached = () => {
    const old = cached;
    cached = undefined;
    void old?.active.then(({ clients }) => clients.destroy()).catch(() => undefined);
  };
  session.onChange(() => {
    dropCached();
    // Keychain items are read once per session switch, not once per call.
    deps.managed.forgetKeys();
  });
  const active = () => {
    const info = session.current();
    if (!cached || cached.generation !== info.generation) {
      dropCached();
      const made = targetForSession(info, deps, session.signal()).then((target) => ({
        target,
        clients: withRecovery(createClients(target, deps.counter), target),
      }));
      // A failed start (sandbox could not bind, profile broken) is retried on the next call.
      made.catch(() => {
        if (cached?.active === made) cached = undefined;
      });
      cached = { generation: info.generation, active: made };
    }
    return cached.active;
  };
  return {
    current: async () => (await active()).clients,
    active,
    close: dropCached,
  };
}
