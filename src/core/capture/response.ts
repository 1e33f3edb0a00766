// Decides whether an HTTP answer is what the capture asked for, and says what it is when not.
import type { CaptureKind } from './kinds';
import { containerName, gunzipPrefix, sniffRaw } from '../pprof/sniff';

export interface HttpAnswer {
  status: number;
  statusText?: string;
  contentType?: string;
  /** The Location header of a redirect that was not followed. */
  location?: string;
  body: Uint8Array;
}

export type Classification = { ok: true } | { ok: false; message: string };

const MAX_LINE = 200;

export function isGzip(bytes: Uint8Array): boolean {
  return bytes.length >= 2 && bytes[0] === 0x1f && bytes[1] === 0x8b;
}

function decodeHead(bytes: Uint8Array, max = 8192): string {
  return new TextDecoder('utf-8', { fatal: false }).decode(bytes.subarray(0, max));
}

function clip(line: string): string {
  // eslint-disable-next-line no-control-regex
  const clean = line.replace(/[\u0000-\u001f\u007f]/g, ' ').trim();
  return clean.length > MAX_LINE ? `${clean.slice(0, MAX_LINE)}…` : clean;
}

/** The first non-empty line of a text body, trimmed and clipped; '' for none. */
export function firstLine(bytes: Uint8Array): string {
  for (const line of decodeHead(bytes).split(/\r?\n/)) {
    if (line.trim()) return clip(line);
  }
  return '';
}

function looksBinary(bytes: Uint8Array): boolean {
  const n = Math.min(bytes.length, 512);
  for (let i = 0; i < n; i++) {
    const b = bytes[i];
    if (b === 0 || (b < 0x09) || (b > 0x0d && b < 0x20)) return true;
  }
  return false;
}

function looksHtml(text: string, contentType?: string): boolean {
  return /text\/html/i.test(contentType ?? '') || /^\s*(<!doctype html|<html|<head|<body)/i.test(text);
}

/** A short description of a body that is not what was asked for. */
export function describeBody(bytes: Uint8Array, contentType?: string): string {
  if (bytes.length === 0) return 'an empty body';
  if (isGzip(bytes)) return 'gzip data (a binary profile)';
  const text = decodeHead(bytes);
  if (looksHtml(text, contentType)) {
    const title = /<title[^>]*>([^<]*)<\/title>/i.exec(text)?.[1];
    const visible = clip(text.replace(/<[^>]*>/g, ' ').replace(/\s+/g, ' '));
    const what = title?.trim() ? clip(title) : visible;
    return what ? `an HTML page ("${what}")` : 'an HTML page';
  }
  if (looksBinary(bytes)) return `${bytes.length} bytes of binary data that is not gzip`;
  const line = firstLine(bytes);
  return line ? `text starting "${line}"` : 'only whitespace';
}

function statusHint(status: number): string {
  switch (status) {
    case 401:
    case 403:
      return ' The endpoint wants credentials: run "Go Profile: Set capture bearer token…" or "Go Profile: Set capture client certificate…".';
    case 404:
      return ' Is the base URL the /debug/pprof/ path, and does the program import net/http/pprof?';
    default:
      return '';
  }
}

/** An error text for a non-2xx answer: `HTTP 500 Internal Server Error from <url>: <first line of the body>`. */
export function describeHttpStatus(url: string, answer: HttpAnswer): string {
  const status = `HTTP ${answer.status}${answer.statusText ? ` ${answer.statusText}` : ''}`;
  if (answer.status >= 300 && answer.status < 400 && answer.location) {
    return `${status} from ${url}: redirects to ${answer.location}, which is not followed (another origin, or too many redirects). Use the final URL as the base URL.`;
  }
  const line = firstLine(answer.body);
  const body = answer.body.length === 0 ? ' (empty body)' : looksHtml(decodeHead(answer.body), answer.contentType) ? `: ${describeBody(answer.body, answer.contentType)}` : line ? `: ${line}` : '';
  return `${status} from ${url}${body}.${statusHint(answer.status)}`;
}

/** True when the body is a goroutine dump as `goroutine?debug=2` (or debug=1 text) writes it. */
export function looksLikeGoroutineText(bytes: Uint8Array): boolean {
  const text = decodeHead(bytes, 4096).replace(/^\uFEFF/, '').trimStart();
  return /^goroutine \d+ \[/.test(text) || /^goroutine profile: total \d+/.test(text);
}

/** Is this answer the profile (gzip) or goroutine text that `kind` asked for? */
export function classifyAnswer(kind: CaptureKind, url: string, answer: HttpAnswer): Classification {
  if (answer.status < 200 || answer.status > 299) return { ok: false, message: describeHttpStatus(url, answer) };
  if (kind.output === 'goroutineText') {
    if (looksLikeGoroutineText(answer.body)) return { ok: true };
    return { ok: false, message: `Not a goroutine dump: ${url} answered with ${describeBody(answer.body, answer.contentType)}, not "goroutine 1 [running]:…" text.` };
  }
  if (isGzip(answer.body)) {
    const inside = gzipNotProfile(answer.body);
    if (inside === undefined) return { ok: true };
    return { ok: false, message: `Not a profile: ${url} answered with ${inside}, not a gzipped pprof profile. Is the base URL a Go /debug/pprof/ endpoint?` };
  }
  return { ok: false, message: `Not a profile: ${url} answered with ${describeBody(answer.body, answer.contentType)}, not a gzipped pprof profile. Is the base URL a Go /debug/pprof/ endpoint?` };
}

/** The compressed bytes looked at: as many as the sniff of a file reads (the answer's head holds 64 KiB). */
const GZIP_SNIFF_BYTES = 64 * 1024;
/** What is inflated of them: the sniff reads at most 8 KiB of text, and a profile's first fields (3 ms for 64 KiB, once per replica). */
const GZIP_SNIFF_OUT = 8 * 1024;

/**
 * What a gzip body holds when the start it inflates to is no profile pprof reads (the magic alone
 * says only "compressed"): undefined when it may be one, or when none of it inflated yet (a long
 * gzip header fills the head), for the profile's reader to judge.
 */
function gzipNotProfile(body: Uint8Array): string | undefined {
  const head = gunzipPrefix(body.subarray(0, GZIP_SNIFF_BYTES), GZIP_SNIFF_OUT);
  if (head === undefined) return 'gzip data that does not inflate (corrupt from its first compressed byte)';
  if (head.length === 0) return undefined;
  const kind = sniffRaw(head);
  if (kind === 'pprof' || kind === 'pprof-text' || kind === 'pprof-legacy-cpu') return undefined;
  if (kind === 'goroutine-dump') return 'a gzipped goroutine dump (text)';
  if (isGzip(head)) return 'gzip data holding more gzip data';
  const container = containerName(head);
  if (container) return `gzip data holding ${container}`;
  if (looksBinary(head)) return `gzip data holding binary data that is not a profile (it starts ${hexStart(head)})`;
  return `gzip data holding ${describeBody(head)}`;
}

function hexStart(bytes: Uint8Array): string {
  return [...bytes.subarray(0, 8)].map(b => b.toString(16).padStart(2, '0')).join(' ');
}
