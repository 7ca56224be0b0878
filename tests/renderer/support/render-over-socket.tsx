import { render } from '@testing-library/react';
import { App } from '../../../renderer/src/app/App';
import { createServices } from '../../../renderer/src/app/create-services';
import { createWebBridge } from '../../../renderer/src/bridge/web-client';
import type { FakeCore } from './fake-core';
import { ManualScheduler } from './fake-socket';
import { HostSocket } from './host-socket';

/**
 * The whole app over the real web client, its sockets answered by the fake core and its retries on a
 * manual scheduler; `probe` stands in for the page fetch the client makes to tell "host down" from
 * "session ended".
 */
export function renderAppOverSocket(host: FakeCore, probe?: () => Promise<{ status: number }>) {
  const sockets: HostSocket[] = [];
  const scheduler = new ManualScheduler();
  const bridge = createWebBridge({
    url: 'ws://127.0.0.1/rpc',
    createSocket: (url) => {
      const socket = new HostSocket(url, host);
      sockets.push(socket);
      return socket;
    },
    schedule: scheduler.schedule,
    ...(probe ? { fetch: probe } : {}),
  });
  render(<App services={createServices(bridge, bridge)} />);
  return { sockets, scheduler };
}
