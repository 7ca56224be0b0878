import { afterAll, beforeAll } from 'vitest';
import { makePrivateCa, type PrivateCa } from './private-ca';
import { startTlsForwarder, type TlsForwarder } from './tls-forwarder';

export interface TlsSandbox {
  /** The private CA: its PEM file is what AWS_CA_BUNDLE / ca_bundle point at. */
  readonly ca: PrivateCa;
  /** `https://127.0.0.1:port`, served with a certificate of the private CA. */
  readonly endpoint: string;
  /** `127.0.0.1:port`, as a proxy sees it in CONNECT. */
  readonly host: string;
  /** Which plain sandbox the TLS side forwards to (each test starts its own). */
  forwardTo(sandboxEndpoint: string): void;
}

/** The sandbox behind TLS with a private CA for the whole file: made before the first test, removed after the last. */
export function useTlsSandbox(): TlsSandbox {
  let ca: PrivateCa | undefined;
  let tls: TlsForwarder | undefined;
  let sandboxPort = 0;
  beforeAll(async () => {
    ca = makePrivateCa();
    tls = await startTlsForwarder(ca, () => sandboxPort);
  });
  afterAll(async () => {
    await tls?.stop();
    ca?.remove();
  });
  const started = <T>(value: T | undefined): T => {
    if (!value) throw new Error('the TLS sandbox is made in beforeAll');
    return value;
  };
  return {
    get ca() {
      return started(ca);
    },
    get endpoint() {
      return started(tls).endpoint;
    },
    get host() {
      return new URL(started(tls).endpoint).host;
    },
    forwardTo(sandboxEndpoint) {
      sandboxPort = Number(new URL(sandboxEndpoint).port);
    },
  };
}
