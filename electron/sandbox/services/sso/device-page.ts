import type { HttpAnswer } from '../../types';

/** Where SSO-OIDC's verificationUri points: a page of the sandbox itself. */
export const DEVICE_PAGE_PATH = '/_sandbox/sso/device';
export const DEVICE_APPROVE_PATH = '/_sandbox/sso/device/approve';

const HEADERS = {
  'content-type': 'text/html; charset=utf-8',
  // A plain form and no script at all: nothing here needs more than this.
  'content-security-policy': "default-src 'none'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'",
  'cache-control': 'no-store',
  'x-content-type-options': 'nosniff',
};

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);
}

function htmlPage(status: number, title: string, body: string): HttpAnswer {
  return {
    status,
    headers: HEADERS,
    body: `<!doctype html>\n<html lang="en"><head><meta charset="utf-8"><title>${escapeHtml(title)}</title></head><body><h1>${escapeHtml(title)}</h1>${body}</body></html>\n`,
  };
}

/** The approval page: the user code (given, or typed in), Approve and Deny. */
export function devicePage(userCode: string | null): HttpAnswer {
  const code = userCode
    ? `<p>Check that SageDeck shows this code: <strong data-testid="sso-user-code">${escapeHtml(userCode)}</strong></p><input type="hidden" name="user_code" value="${escapeHtml(userCode)}">`
    : '<p><label>Code shown in SageDeck <input name="user_code" data-testid="sso-user-code-input" autocomplete="off" required></label></p>';
  return htmlPage(
    200,
    'Sandbox IAM Identity Center sign-in',
    `<form method="post" action="${DEVICE_APPROVE_PATH}">${code}<p>Allow this device to access the sandbox as sandbox-user?</p>` +
      '<button type="submit" name="decision" value="approve" data-testid="sso-approve">Approve</button> ' +
      '<button type="submit" name="decision" value="deny" data-testid="sso-deny">Deny</button></form>',
  );
}

export function decisionPage(outcome: 'approve' | 'deny' | 'unknown'): HttpAnswer {
  if (outcome === 'unknown')
    return htmlPage(404, 'Code not found', '<p data-testid="sso-result">This code is unknown, already used or expired. Start the sign-in again in SageDeck.</p>');
  return htmlPage(
    200,
    outcome === 'approve' ? 'Request approved' : 'Request denied',
    `<p data-testid="sso-result">${outcome === 'approve' ? 'You can close this window and return to SageDeck.' : 'SageDeck was not given access. You can close this window.'}</p>`,
  );
}
