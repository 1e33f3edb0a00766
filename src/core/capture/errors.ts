// Turns a failed request into a sentence a user can act on. The input is the shape of a Node
// network error (`code`, `message`) but nothing here depends on Node.

export interface RequestFailure {
  code?: string;
  message?: string;
}

export interface RequestContext {
  url: string;
  timeoutMs: number;
  /** The user pressed Cancel. */
  cancelled?: boolean;
  /** Our own timer fired. */
  timedOut?: boolean;
}

/** Thrown by the capture for a failure the user should read as is (no stack needed). */
export class CaptureError extends Error {
  constructor(message: string, readonly kind: 'cancelled' | 'timeout' | 'network' | 'http' | 'content' | 'refused' | 'input' = 'network') {
    super(message);
    this.name = 'CaptureError';
  }
}

function hostPort(url: string): string {
  try {
    const u = new URL(url);
    return u.port ? `${u.hostname}:${u.port}` : `${u.hostname}:${u.protocol === 'https:' ? 443 : 80}`;
  } catch {
    return url;
  }
}

const TLS_CODES = new Set([
  'DEPTH_ZERO_SELF_SIGNED_CERT', 'SELF_SIGNED_CERT_IN_CHAIN', 'UNABLE_TO_VERIFY_LEAF_SIGNATURE', 'UNABLE_TO_GET_ISSUER_CERT_LOCALLY',
  'CERT_HAS_EXPIRED', 'CERT_NOT_YET_VALID', 'ERR_TLS_CERT_ALTNAME_INVALID', 'CERT_SIGNATURE_FAILURE',
]);

const CLIENT_CERT_CODES = new Set([
  'ERR_SSL_SSLV3_ALERT_BAD_CERTIFICATE', 'ERR_SSL_TLSV13_ALERT_CERTIFICATE_REQUIRED', 'ERR_SSL_SSLV3_ALERT_HANDSHAKE_FAILURE',
  'ERR_SSL_TLSV1_ALERT_UNKNOWN_CA', 'ERR_SSL_SSLV3_ALERT_CERTIFICATE_UNKNOWN', 'ERR_SSL_TLSV1_ALERT_ACCESS_DENIED',
]);

export function describeRequestFailure(err: RequestFailure, ctx: RequestContext): CaptureError {
  const where = hostPort(ctx.url);
  if (ctx.cancelled) return new CaptureError('Capture cancelled.', 'cancelled');
  if (ctx.timedOut || err.code === 'ETIMEDOUT') {
    return new CaptureError(`Timed out after ${Math.round(ctx.timeoutMs / 1000)} s waiting for ${ctx.url}. Raise goProfileExplorer.capture.timeoutSeconds if the process is slow to answer.`, 'timeout');
  }
  const code = err.code ?? '';
  switch (code) {
    case 'ECONNREFUSED':
      return new CaptureError(`Connection refused by ${where}: nothing is listening there. Is the process running and the port-forward (kubectl port-forward / kubectl proxy) up?`);
    case 'ENOTFOUND':
    case 'EAI_AGAIN':
      return new CaptureError(`Host not found: ${where} does not resolve.`);
    case 'ECONNRESET':
    case 'EPIPE':
      return new CaptureError(`Connection reset by ${where} before the answer was complete. A plain-http request to an https port (or the reverse) does this too.`);
    case 'EHOSTUNREACH':
    case 'ENETUNREACH':
      return new CaptureError(`${where} is unreachable from this machine.`);
    case 'EPROTO':
    case 'ERR_SSL_WRONG_VERSION_NUMBER':
      return new CaptureError(`TLS handshake with ${where} failed: is it an http (not https) endpoint, or the reverse?`);
    case 'HPE_HEADER_OVERFLOW':
      return new CaptureError(`${where} sent headers past Node's 16 KiB limit: not a Go /debug/pprof/ endpoint? (${code})`);
    default:
      break;
  }
  // Node's HTTP parser: the bytes that came back are not HTTP (an https port asked in http, another protocol).
  if (code.startsWith('HPE_')) {
    return new CaptureError(`${where} did not answer in HTTP (${code}): is it an https endpoint, or not a web server at all?`);
  }
  if (CLIENT_CERT_CODES.has(code)) {
    return new CaptureError(`${where} refused the TLS handshake (${code}): it wants a client certificate it trusts. Run "Go Profile: Set capture client certificate…" for this endpoint.`);
  }
  if (TLS_CODES.has(code)) {
    return new CaptureError(`The TLS certificate of ${where} was not accepted (${code}). Set goProfileExplorer.capture.tls.caFile to the CA that signed it${code === 'ERR_TLS_CERT_ALTNAME_INVALID' ? ', or use the host name the certificate names' : ''}.`);
  }
  if (/certificate|handshake|ssl|tls/i.test(err.message ?? '')) {
    return new CaptureError(`TLS with ${where} failed: ${err.message}. A client certificate may be required ("Go Profile: Set capture client certificate…").`);
  }
  return new CaptureError(`Request to ${ctx.url} failed: ${err.message ?? code ?? 'unknown error'}${code && !(err.message ?? '').includes(code) ? ` (${code})` : ''}.`);
}
