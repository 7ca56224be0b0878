import { decisionPage, devicePage, DEVICE_APPROVE_PATH, DEVICE_PAGE_PATH } from '../services/sso/device-page';
import type { HttpAnswer } from '../types';
import type { SandboxControl } from './controller';

export interface BrowserRequest {
  method: string;
  path: string;
  query: string;
  headers: Record<string, string>;
  body: Buffer;
}

/**
 * The verification page a browser opens during an SSO sign-in. Unlike the rest of the control API
 * it answers browsers, but a decision is only taken from a form on this same origin (the Origin a
 * browser sends with a form POST must be this sandbox), so no other site can approve a sign-in.
 * Returns undefined for paths that are not the page.
 */
export function handleSsoDevicePage(control: SandboxControl, request: BrowserRequest): HttpAnswer | undefined {
  const path = request.path.replace(/\/+$/, '');
  if (request.method === 'GET' && path === DEVICE_PAGE_PATH) {
    const code = new URLSearchParams(request.query).get('user_code');
    return devicePage(code && code.length <= 20 ? code : null);
  }
  if (request.method === 'POST' && path === DEVICE_APPROVE_PATH) {
    const origin = request.headers.origin;
    if (origin !== undefined && origin !== `http://${request.headers.host ?? ''}`)
      return { status: 403, headers: { 'content-type': 'text/plain' }, body: 'cross-site form posts are refused' };
    const form = new URLSearchParams(request.body.toString('utf8'));
    const decision = form.get('decision');
    const code = form.get('user_code') ?? '';
    if (decision !== 'approve' && decision !== 'deny') return decisionPage('unknown');
    return decisionPage(control.decideSsoDevice(code, decision) ? decision : 'unknown');
  }
  return undefined;
}
