import { parseFaultSpec } from '../faults';
import type { HttpAnswer } from '../types';
import type { SandboxControl } from './controller';
import { handleBackupRoute } from '../services/backup/control';
import { handleElbRoute } from './elb-target-fault';
import { handleTrafficRoute } from './traffic-http';
import { handleSsoDevicePage } from './sso-device-http';

export const CONTROL_PREFIX = '/_sandbox/';

function json(status: number, value: unknown): HttpAnswer {
  return { status, headers: { 'content-type': 'application/json' }, body: JSON.stringify(value) };
}

function problem(status: number, message: string): HttpAnswer {
  return json(status, { error: message });
}

function parseBody(body: Buffer): unknown {
  if (body.length === 0) return {};
  return JSON.parse(body.toString('utf8')) as unknown;
}

/**
 * The control API as HTTP (`/_sandbox/...`, JSON). No SigV4: it is reachable from loopback only,
 * and a request carrying an Origin header (a web page) is refused so no site can drive it.
 */
export async function handleControlRequest(
  control: SandboxControl,
  request: {
    method: string;
    path: string;
    /** Raw query string (the SSO verification page reads `user_code`). */
    query?: string;
    headers: Record<string, string>;
    body: Buffer;
    remoteAddress: string | undefined;
  },
): Promise<HttpAnswer> {
  const loopback =
    request.remoteAddress === '127.0.0.1' ||
    request.remoteAddress === '::1' ||
    request.remoteAddress === '::ffff:127.0.0.1';
  if (!loopback) return problem(403, 'the control API answers loopback clients only');
  const page = handleSsoDevicePage(control, { ...request, query: request.query ?? '' });
  if (page) return page;
  if (request.headers.origin !== undefined) return problem(403, 'the control API does not answer browser pages');

  let body: Record<string, unknown>;
  try {
    const parsed = parseBody(request.body);
    body = typeof parsed === 'object' && parsed !== null ? (parsed as Record<string, unknown>) : {};
  } catch {
    return problem(400, 'body must be JSON');
  }

  const route = `${request.method} ${request.path.slice(CONTROL_PREFIX.length).replace(/\/+$/, '')}`;
  try {
    switch (route) {
      case 'GET health':
        return json(200, { ok: true });
      case 'POST reset':
        await control.reset();
        return json(200, { ok: true });
      case 'POST seed': {
        const kind = body.kind ?? 'demo';
        if (kind !== 'demo' && kind !== 'empty') return problem(400, 'kind must be "demo" or "empty"');
        await control.seed(kind);
        return json(200, { ok: true, kind });
      }
      case 'POST clock/advance': {
        const ms = body.ms;
        if (typeof ms !== 'number' || !Number.isFinite(ms) || ms < 0)
          return problem(400, 'ms must be a non-negative number');
        control.advanceClock(ms);
        return json(200, { ok: true });
      }
      case 'GET faults':
        return json(200, { faults: control.faults() });
      case 'POST faults': {
        const spec = parseFaultSpec(body);
        if (typeof spec === 'string') return problem(400, spec);
        return json(200, { fault: control.addFault(spec) });
      }
      case 'DELETE faults':
        control.clearFaults();
        return json(200, { ok: true });
      case 'POST credentials/expire':
        return json(200, { expired: control.expireCredentials() });
      case 'POST sso/approve': {
        const { userCode, decision } = body;
        if (typeof userCode !== 'string' || (decision !== 'approve' && decision !== 'deny'))
          return problem(400, 'body must be {"userCode": "...", "decision": "approve" | "deny"}');
        if (!control.decideSsoDevice(userCode, decision)) return problem(404, `no pending sign-in with user code ${userCode}`);
        return json(200, { ok: true, decision });
      }
      case 'POST sso/slow-down': {
        const { userCode } = body;
        if (typeof userCode !== 'string') return problem(400, 'body must be {"userCode": "..."}');
        if (!control.slowDownSsoDevice(userCode)) return problem(404, `no sign-in with user code ${userCode}`);
        return json(200, { ok: true });
      }
      case 'GET scheduler/runs':
        return json(200, { runs: control.scheduleRuns() });
      case 'GET counters':
        return json(200, { counters: control.counters() });
      case 'DELETE counters':
        control.resetCounters();
        return json(200, { ok: true });
      default: {
        const traffic = handleTrafficRoute(control.traffic, route, body) ?? handleElbRoute(control.elb, route, body) ?? handleBackupRoute(control.backup, route, body);
        if (!traffic) return problem(404, `no control operation ${route}`);
        return 'problem' in traffic ? problem(400, traffic.problem) : json(200, traffic.body);
      }
    }
  } catch (error) {
    return problem(400, error instanceof Error ? error.message : String(error));
  }
}
