import { connect, type AddressInfo } from 'node:net';
import { createServer } from 'node:tls';

export interface TlsForwarder {
  endpoint: string;
  stop(): Promise<void>;
}

/**
 * The sandbox served over TLS: terminates TLS with the private CA's certificate and pipes the
 * plain bytes to the sandbox (which speaks HTTP only). `upstream` is read per connection.
 */
export async function startTlsForwarder(tls: { key: string; cert: string }, upstream: () => number): Promise<TlsForwarder> {
  const server = createServer({ key: tls.key, cert: tls.cert }, (socket) => {
    const plain = connect(upstream(), '127.0.0.1');
    socket.pipe(plain).pipe(socket);
    const close = () => {
      socket.destroy();
      plain.destroy();
    };
    socket.on('error', close);
    plain.on('error', close);
  });
  // A client that refuses the certificate aborts the handshake: expected in the untrusted test.
  server.on('tlsClientError', () => undefined);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    endpoint: `https://127.0.0.1:${port}`,
    stop: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
