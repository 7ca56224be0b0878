import type { IncomingMessage } from 'node:http';

/** The client went away before the body arrived: worth one line in the log, not a stack trace. */
export class ClientAbortedError extends Error {
  constructor() {
    super('the client closed the connection before the request body arrived');
  }
}

export type BodyRead = { ok: true; body: Buffer } | { ok: false; size: number };

/**
 * Reads a request body of at most maxBytes. A declared Content-Length above the cap is refused
 * before a byte is read; a chunked body stops being read as soon as it passes the cap. Either way
 * the caller answers and the connection closes, so the rest is never buffered.
 */
export function readBody(req: IncomingMessage, maxBytes: number): Promise<BodyRead> {
  const declared = Number(req.headers['content-length']);
  if (Number.isFinite(declared) && declared > maxBytes) {
    req.pause();
    return Promise.resolve({ ok: false, size: declared });
  }
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let settled = false;
    const settle = (fn: () => void) => {
      if (settled) return;
      settled = true;
      fn();
    };
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > maxBytes) {
        req.pause();
        settle(() => resolve({ ok: false, size }));
        return;
      }
      chunks.push(chunk);
    });
    req.on('end', () => settle(() => resolve({ ok: true, body: chunks.length === 1 ? (chunks[0] as Buffer) : Buffer.concat(chunks) })));
    req.on('error', () => settle(() => reject(new ClientAbortedError())));
    req.on('close', () => {
      if (!req.complete) settle(() => reject(new ClientAbortedError()));
    });
  });
}
