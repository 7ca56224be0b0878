import { SageDeckError } from '../../../../shared/errors';
import { ProxyFailure } from './proxy-failure';

/** OpenSSL/Node verification codes that mean "the certificate chain is not trusted here". */
const UNTRUSTED = new Set([
  'SELF_SIGNED_CERT_IN_CHAIN',
  'DEPTH_ZERO_SELF_SIGNED_CERT',
  'UNABLE_TO_VERIFY_LEAF_SIGNATURE',
  'UNABLE_TO_GET_ISSUER_CERT',
  'UNABLE_TO_GET_ISSUER_CERT_LOCALLY',
  'CERT_UNTRUSTED',
]);

function codeOf(error: unknown): string | undefined {
  const code = (error as { code?: unknown } | undefined)?.code;
  return typeof code === 'string' ? code : undefined;
}

function proxyMessage(failure: ProxyFailure, variable: string): string {
  if (failure.status === 407) {
    return `The proxy ${failure.proxy} asks for credentials (407): put them in ${variable} as http://user:password@host:port (URL-encoded), or ask IT which account the proxy accepts.`;
  }
  if (failure.status) {
    return `The proxy ${failure.proxy} refused the connection (${failure.status}): ask IT to allow the AWS endpoint, or add the endpoint's host to NO_PROXY if it is reachable directly.`;
  }
  return `Cannot reach the proxy ${failure.proxy} (${failure.socketCode ?? 'no answer'}): check ${variable} (host and port), or unset it if you are not behind a proxy.`;
}

/**
 * Network failures in words that say what to do next. The proxy is named by host and port only:
 * a password in HTTPS_PROXY must never reach a message, a log or the renderer.
 */
export function explainNetworkError(error: unknown, endpoint: URL): unknown {
  if (error instanceof ProxyFailure) {
    return new SageDeckError({
      code: error.status ? 'ProxyRefused' : 'ProxyUnreachable',
      message: proxyMessage(error, endpoint.protocol === 'https:' ? 'HTTPS_PROXY' : 'HTTP_PROXY'),
      retryable: error.status !== 407,
    });
  }
  const code = codeOf(error);
  if (code && UNTRUSTED.has(code)) {
    return new SageDeckError({
      code: 'CertificateUntrusted',
      message: `The certificate of ${endpoint.host} is not trusted (${code}). If your network inspects TLS with its own certificate authority, set AWS_CA_BUNDLE (or ca_bundle in the profile's AWS config) to that CA's PEM file.`,
      retryable: false,
    });
  }
  return error;
}
