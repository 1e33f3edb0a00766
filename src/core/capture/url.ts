// Base URL handling and file naming for captures. Pure: uses only the URL global, which
// Node, workers and browsers all have.
import type { CaptureKind } from './kinds';
import { timerDelayMs } from '../timerDelay';

const PPROF_ENDPOINTS = new Set(['heap', 'allocs', 'goroutine', 'profile', 'mutex', 'block', 'threadcreate', 'trace', 'cmdline', 'symbol']);

export type BaseUrlResult = { url: string } | { error: string };

/**
 * Normalises what a user types as the base URL into `http(s)://host[:port]/…/debug/pprof/`:
 * adds `http://` when no scheme is given, `/debug/pprof/` when there is no path, a trailing
 * slash, and drops a profile name the user pasted with it (`…/debug/pprof/heap?debug=1`).
 * Paths are otherwise kept, so `kubectl proxy` URLs such as
 * `http://127.0.0.1:8001/api/v1/namespaces/ns/pods/p:6060/proxy/debug/pprof/` work.
 */
export function normalizeBaseUrl(input: string): BaseUrlResult {
  const text = input.trim();
  if (!text) return { error: 'Enter the base URL of a /debug/pprof/ endpoint, e.g. http://127.0.0.1:6060/debug/pprof/' };
  const withScheme = /^[a-z][a-z0-9+.-]*:\/\//i.test(text) ? text : `http://${text}`;
  let u: URL;
  try {
    u = new URL(withScheme);
  } catch {
    return { error: `"${text}" is not a URL. Expected something like http://127.0.0.1:6060/debug/pprof/` };
  }
  if (u.protocol !== 'http:' && u.protocol !== 'https:') return { error: `Only http:// and https:// URLs can be captured, not ${u.protocol}//` };
  if (!u.hostname) return { error: `"${text}" has no host.` };
  if (u.username || u.password) return { error: 'Do not put credentials in the URL: use "Go Profile: Set capture bearer token…" or a client certificate instead.' };
  u.search = '';
  u.hash = '';
  let path = u.pathname;
  if (path === '' || path === '/') path = '/debug/pprof/';
  const segments = path.split('/');
  const last = segments[segments.length - 1];
  if (segments.length >= 3 && segments[segments.length - 2] === 'pprof' && PPROF_ENDPOINTS.has(last)) segments.pop();
  path = segments.join('/');
  if (!path.endsWith('/')) path += '/';
  u.pathname = path;
  return { url: u.toString() };
}

/** The URL of one capture: `<base><endpoint>?<query>[&seconds=N]`. `base` is normalised. */
export function buildCaptureUrl(base: string, kind: CaptureKind, seconds?: number): string {
  const u = new URL(kind.endpoint, base);
  for (const [k, v] of Object.entries(kind.query)) u.searchParams.set(k, v);
  if (kind.needsSeconds && seconds !== undefined) u.searchParams.set('seconds', String(seconds));
  return u.toString();
}

/** `scheme://host:port`: what bearer tokens and client certificates are stored under. */
export function originOf(url: string): string {
  return new URL(url).origin;
}

/** The host part of a file name: `127.0.0.1_6060`, `my-pod.ns.svc_8080`, `__1_6060` for [::1]. */
export function hostForFileName(url: string): string {
  const u = new URL(url);
  const host = u.hostname.replace(/^\[|\]$/g, '');
  const name = u.port ? `${host}_${u.port}` : host;
  return name.replace(/[^A-Za-z0-9.-]/g, '_');
}

function pad(n: number, width = 2): string {
  return String(n).padStart(width, '0');
}

/** `20250102T030405Z` (UTC, sorts by time, no characters any file system refuses). */
export function formatTimestamp(date: Date): string {
  return `${date.getUTCFullYear()}${pad(date.getUTCMonth() + 1)}${pad(date.getUTCDate())}T${pad(date.getUTCHours())}${pad(date.getUTCMinutes())}${pad(date.getUTCSeconds())}Z`;
}

export function captureExtension(kind: CaptureKind): string {
  return kind.output === 'goroutineText' ? '.txt' : '.pb.gz';
}

/** `<host>-<kind>-<timestamp>.pb.gz` or `.txt`; `attempt` > 1 adds `-2`, `-3`… for a name already taken. */
export function captureFileName(baseUrl: string, kind: CaptureKind, date: Date, attempt = 1): string {
  const suffix = attempt > 1 ? `-${attempt}` : '';
  return `${hostForFileName(baseUrl)}-${kind.fileKind}-${formatTimestamp(date)}${suffix}${captureExtension(kind)}`;
}

/**
 * The file names of one capture from several replicas, in their order: a host's second replica
 * gets `-2`, its third `-3`… A count per stem keeps it linear in replicas. No suffixed name can
 * be another's stem: every stem ends in its timestamp's `Z`, every suffix in a digit.
 */
export function replicaFileNames(hosts: readonly string[], kind: CaptureKind, date: Date): string[] {
  const stamp = formatTimestamp(date);
  const seen = new Map<string, number>();
  return hosts.map(host => {
    const stem = `${host}-${kind.fileKind}-${stamp}`;
    const n = (seen.get(stem) ?? 0) + 1;
    seen.set(stem, n);
    return `${n === 1 ? stem : `${stem}-${n}`}${captureExtension(kind)}`;
  });
}

/** How long a request may take: the timeout setting, plus the sampling time of a CPU profile (at most a timer's longest delay). */
export function captureTimeoutMs(timeoutSeconds: number, kind: CaptureKind, seconds?: number): number {
  const base = Number.isFinite(timeoutSeconds) && timeoutSeconds > 0 ? timeoutSeconds : 30;
  return timerDelayMs(Math.round((base + (kind.needsSeconds ? seconds ?? 0 : 0)) * 1000));
}
