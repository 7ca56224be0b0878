import type { SageDeckBridge } from '../../../shared/bridge';
import { createWebBridge, rpcUrl, type WebBridge } from './web-client';

declare global {
  interface Window {
    /** Set by the Electron preload; absent in a browser served by the web host. */
    sagedeck?: SageDeckBridge;
  }
}

export type Transport = { kind: 'electron'; bridge: SageDeckBridge } | { kind: 'web'; bridge: WebBridge };

/** Electron's preload wins when present; otherwise the page talks to the web host that served it. */
export function pickTransport(win: Window = window): Transport {
  if (win.sagedeck) return { kind: 'electron', bridge: win.sagedeck };
  return { kind: 'web', bridge: createWebBridge({ url: rpcUrl(win.location) }) };
}
