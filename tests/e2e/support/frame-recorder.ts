import type { Page } from '@playwright/test';

/** Every WebSocket frame the page sent and received, as text, from the moment it is attached. */
export interface FrameLog {
  sent: string[];
  received: string[];
}

export function recordFrames(page: Page): FrameLog {
  const log: FrameLog = { sent: [], received: [] };
  const asText = (payload: string | Buffer) => (typeof payload === 'string' ? payload : payload.toString('utf8'));
  page.on('websocket', (socket) => {
    socket.on('framesent', (frame) => log.sent.push(asText(frame.payload)));
    socket.on('framereceived', (frame) => log.received.push(asText(frame.payload)));
  });
  return log;
}
