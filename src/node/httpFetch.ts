// One GET over Node's http/https, with an AbortSignal (cancel and timeout), a size cap,
// client-certificate TLS through an https.Agent, and same-origin redirects only (so a
// bearer token or client certificate never goes to another host). Headers are never logged.
import * as http from 'http';
import * as https from 'https';
import type { HttpAnswer } from '../core/capture';

export interface TlsOptions {
  /** PEM CA certificates to trust (added to Node's roots). */
  ca?: string[];
  /** PEM client certificate and key. */
  cert?: string;
  key?: string;
  rejectUnauthorized: boolean;
}

export interface FetchOptions {
  headers: Record<string, string>;
  signal: AbortSignal;
  tls?: TlsOptions;
  maxBytes: number;
  maxRedirects?: number;
  /**
   * Where a 2xx answer's body goes, chunk by chunk, instead of memory (the answer then keeps
   * only its first HEAD_BYTES, enough to tell what it is). A sink that throws ends the request
   * with its error.
   */
  sink?: (chunk: Buffer) => void;
}

/** What a streamed answer keeps of its body. */
export const HEAD_BYTES = 64 * 1024;

export interface FetchedAnswer extends HttpAnswer {
  /** The URL that answered (after same-origin redirects). */
  url: string;
  /** The body's whole size (with a sink, `body` holds only its head); a non-2xx answer is read up to HEAD_BYTES. */
  bodyBytes: number;
}

export class BodyTooLargeError extends Error {}

function abortError(): Error {
  const e = new Error('aborted');
  e.name = 'AbortError';
  return e;
}

function getOnce(url: URL, opts: FetchOptions, agent: http.Agent | undefined): Promise<FetchedAnswer> {
  return new Promise((resolve, reject) => {
    if (opts.signal.aborted) { reject(abortError()); return; }
    const lib = url.protocol === 'https:' ? https : http;
    let settled = false;
    const finish = (fn: () => void) => { if (!settled) { settled = true; opts.signal.removeEventListener('abort', onAbort); fn(); } };
    const req = lib.request(url, { method: 'GET', headers: opts.headers, agent }, res => {
      const chunks: Buffer[] = [];
      let total = 0, kept = 0;
      const status = res.statusCode ?? 0;
      const success = status >= 200 && status < 300;
      const sink = success ? opts.sink : undefined;
      const answer = (): FetchedAnswer => ({
        url: url.toString(),
        status,
        statusText: res.statusMessage,
        contentType: res.headers['content-type'],
        location: res.headers.location,
        body: new Uint8Array(Buffer.concat(chunks)),
        bodyBytes: total,
      });
      // A length past the cap is refused at the headers, before any of it reaches the disk.
      const declared = Number(res.headers['content-length']);
      if (success && declared > opts.maxBytes) {
        req.destroy();
        finish(() => reject(new BodyTooLargeError(`The answer is larger than ${Math.round(opts.maxBytes / 1048576)} MB (its Content-Length says ${declared} bytes); not saved.`)));
        return;
      }
      res.on('data', (chunk: Buffer) => {
        if (settled) return;
        total += chunk.length;
        // An error page or a redirect is told by its head: a server that streams one forever
        // ends here, with the head, not at the size cap.
        if (!success && total >= HEAD_BYTES) {
          chunks.push(chunk.subarray(0, chunk.length - (total - HEAD_BYTES)));
          total = HEAD_BYTES;
          req.destroy();
          finish(() => resolve(answer()));
          return;
        }
        if (total > opts.maxBytes) {
          req.destroy();
          finish(() => reject(new BodyTooLargeError(`The answer is larger than ${Math.round(opts.maxBytes / 1048576)} MB; not saved.`)));
          return;
        }
        if (sink) {
          try {
            sink(chunk);
          } catch (e) {
            req.destroy();
            finish(() => reject(e));
            return;
          }
          if (kept < HEAD_BYTES) { chunks.push(chunk.subarray(0, HEAD_BYTES - kept)); kept += Math.min(chunk.length, HEAD_BYTES - kept); }
        } else chunks.push(chunk);
      });
      res.on('end', () => finish(() => resolve(answer())));
      res.on('error', err => finish(() => reject(err)));
      res.on('aborted', () => finish(() => reject(Object.assign(new Error('the connection closed before the answer was complete'), { code: 'ECONNRESET' }))));
    });
    const onAbort = () => { req.destroy(); finish(() => reject(abortError())); };
    opts.signal.addEventListener('abort', onAbort);
    req.on('error', err => finish(() => reject(err)));
    req.end();
  });
}

export async function fetchBytes(url: string, opts: FetchOptions): Promise<FetchedAnswer> {
  let current = new URL(url);
  const origin = current.origin;
  const agent = current.protocol === 'https:' && opts.tls
    ? new https.Agent({ keepAlive: false, ca: opts.tls.ca, cert: opts.tls.cert, key: opts.tls.key, rejectUnauthorized: opts.tls.rejectUnauthorized })
    : undefined;
  try {
    for (let hop = 0; ; hop++) {
      const answer = await getOnce(current, opts, agent);
      const redirect = answer.status >= 300 && answer.status < 400 && answer.location;
      if (!redirect || hop >= (opts.maxRedirects ?? 5)) return answer;
      const next = new URL(answer.location!, current);
      if (next.origin !== origin) return answer;
      current = next;
    }
  } finally {
    agent?.destroy();
  }
}

/** The error code of a Node network error, also inside an AggregateError (happy eyeballs). */
export function errorCode(err: unknown): string | undefined {
  const e = err as { code?: unknown; errors?: unknown[] };
  if (typeof e?.code === 'string') return e.code;
  const inner = e?.errors?.find(x => typeof (x as { code?: unknown })?.code === 'string') as { code: string } | undefined;
  return inner?.code;
}
