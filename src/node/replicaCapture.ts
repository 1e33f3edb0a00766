// The same capture from several replicas at once: every request runs concurrently on Node's
// async I/O (nothing waits on another replica), each answer streams into its own file in the
// folder, and each replica ends with a file or with the reason it has none (timeout, refused,
// HTTP error, not a profile). Used by `goprof capture` and by the extension's replica capture.
import * as fs from 'node:fs';
import * as nodePath from 'node:path';
import {
  CaptureError, buildCaptureUrl, classifyAnswer, describeRequestFailure, hostForFileName, replicaFileNames, type CaptureKind,
} from '../core/capture';
import { getRawArgs, kubectlErrorLine } from '../core/capture/kubernetes';
import { UnzipLimitError } from '../core/pprof/unzipLimit';
import { timerDelayMs } from '../core/timerDelay';
import { BodyTooLargeError, errorCode, fetchBytes, type TlsOptions } from './httpFetch';
import { CaptureFileWriter, makeCaptureFolder } from './captureFile';
import { runKubectl } from './kubectl';

const MAX_BYTES = 512 * 1024 * 1024;

/** Where one replica's capture comes from. */
export type ReplicaSource =
  /** A /debug/pprof/ base URL (normalised). */
  | { readonly baseUrl: string }
  /** A path on the API server, read with `kubectl --context CONTEXT get --raw` (the pods/proxy subresource). */
  | { readonly kubectlRaw: { readonly context: string; readonly basePath: string; readonly kubectl?: string } };

export interface ReplicaTarget {
  /** Unique among the replicas; the URL for URL targets, the pod's name for pods. */
  readonly name: string;
  readonly source: ReplicaSource;
}

export interface ReplicaCaptureOptions {
  readonly kind: CaptureKind;
  readonly seconds?: number;
  /** Created when missing. */
  readonly folder: string;
  readonly timeoutMs: number;
  /** Request headers for an origin (a bearer token), and TLS options. */
  readonly headersFor?: (origin: string) => Promise<Record<string, string>>;
  readonly tlsFor?: (origin: string) => Promise<TlsOptions | undefined>;
  readonly signal?: AbortSignal;
  readonly maxUnzippedBytes?: number;
  /** The capture's time, in every file name. Default now. */
  readonly when?: Date;
  /** Called as each replica starts and ends (progress per replica). */
  readonly onEvent?: (event: ReplicaEvent) => void;
}

export type ReplicaEvent =
  | { readonly type: 'started'; readonly name: string; readonly url: string }
  | { readonly type: 'done'; readonly result: ReplicaCaptureResult };

export interface ReplicaCaptureResult {
  readonly name: string;
  /** What was requested: the URL, or the API server path for kubectl. */
  readonly url: string;
  /** Absolute path of the saved capture. */
  readonly file?: string;
  readonly error?: string;
  readonly elapsedMs: number;
}

/** The API server path of a kubectl source for one capture kind, e.g. `/api/v1/…/proxy/debug/pprof/heap`. */
export function kubectlCapturePath(basePath: string, kind: CaptureKind, seconds?: number): string {
  const u = new URL(buildCaptureUrl(`http://api-server${basePath}`, kind, seconds));
  return `${u.pathname}${u.search}`;
}

/** Captures every replica concurrently; resolves when all have ended, in the targets' order. */
export async function captureReplicas(targets: readonly ReplicaTarget[], options: ReplicaCaptureOptions): Promise<ReplicaCaptureResult[]> {
  await makeCaptureFolder(options.folder);
  const when = options.when ?? new Date();
  const fileNames = replicaFileNames(targets.map(t => ('baseUrl' in t.source ? hostForFileName(t.source.baseUrl) : t.name.replace(/[^A-Za-z0-9.-]/g, '_'))), options.kind, when);
  return Promise.all(targets.map((t, i) => captureOne(t, fileNames[i], options)));
}

async function captureOne(target: ReplicaTarget, fileName: string, options: ReplicaCaptureOptions): Promise<ReplicaCaptureResult> {
  const started = Date.now();
  const url = 'baseUrl' in target.source
    ? buildCaptureUrl(target.source.baseUrl, options.kind, options.seconds)
    : kubectlCapturePath(target.source.kubectlRaw.basePath, options.kind, options.seconds);
  options.onEvent?.({ type: 'started', name: target.name, url });
  const finalPath = await freePath(options.folder, fileName);
  const writer = new CaptureFileWriter(`${finalPath}.${process.pid}.partial`, options.maxUnzippedBytes);
  let result: ReplicaCaptureResult;
  try {
    const source = target.source;
    const body = 'baseUrl' in source ? await fetchHttp(url, writer, options) : await fetchKubectl(getRawArgs(source.kubectlRaw.context, url), source.kubectlRaw.kubectl, url, writer, options);
    const verdict = classifyAnswer(options.kind, url, body);
    if (!verdict.ok) throw new CaptureError(verdict.message, 'content');
    await fs.promises.rename(writer.partialPath, finalPath);
    result = { name: target.name, url, file: finalPath, elapsedMs: Date.now() - started };
  } catch (e) {
    result = { name: target.name, url, error: e instanceof Error ? e.message : String(e), elapsedMs: Date.now() - started };
  } finally {
    writer.discard();
  }
  options.onEvent?.({ type: 'done', result });
  return result;
}

/** A name no earlier capture in the folder has: `-2`, `-3`… before the extension otherwise. */
async function freePath(folder: string, fileName: string): Promise<string> {
  const ext = fileName.endsWith('.pb.gz') ? '.pb.gz' : nodePath.extname(fileName);
  const stem = fileName.slice(0, fileName.length - ext.length);
  for (let n = 1; n < 1000; n++) {
    const candidate = nodePath.join(folder, n === 1 ? fileName : `${stem}-${n}${ext}`);
    try { await fs.promises.lstat(candidate); } catch { return candidate; }
  }
  throw new CaptureError(`Too many captures named ${fileName} in ${folder}.`, 'content');
}

/** Cancel and the timeout both end the request; `describe` turns what happened into the replica's reason. */
function withDeadline<T>(options: ReplicaCaptureOptions, run: (signal: AbortSignal) => Promise<T>, describe: (e: unknown, ctx: { cancelled: boolean; timedOut: boolean }) => Error): Promise<T> {
  const controller = new AbortController();
  let cancelled = false, timedOut = false;
  const onCancel = () => { cancelled = true; controller.abort(); };
  if (options.signal?.aborted) onCancel(); else options.signal?.addEventListener('abort', onCancel);
  const timer = setTimeout(() => { timedOut = true; controller.abort(); }, timerDelayMs(options.timeoutMs));
  return run(controller.signal).catch((e: unknown) => { throw describe(e, { cancelled, timedOut }); }).finally(() => {
    clearTimeout(timer);
    options.signal?.removeEventListener('abort', onCancel);
  });
}

function limitError(e: unknown): Error | undefined {
  if (e instanceof BodyTooLargeError) return new CaptureError(e.message, 'content');
  if (e instanceof UnzipLimitError) return new CaptureError(`The answer's ${e.message}: not saved.`, 'content');
  return undefined;
}

async function fetchHttp(url: string, writer: CaptureFileWriter, options: ReplicaCaptureOptions): Promise<{ status: number; statusText?: string; contentType?: string; location?: string; body: Uint8Array }> {
  const origin = new URL(url).origin;
  const headers = { 'User-Agent': 'go-profile-explorer', Accept: '*/*', ...(await options.headersFor?.(origin)) };
  const tls = url.startsWith('https:') ? await options.tlsFor?.(origin) : undefined;
  return withDeadline(options, async signal => {
    const answer = await fetchBytes(url, { headers, signal, tls, maxBytes: MAX_BYTES, sink: chunk => writer.write(chunk) });
    if (answer.status >= 200 && answer.status < 300) await writer.finish();
    return answer;
  }, (e, ctx) => limitError(e) ?? describeRequestFailure({ code: errorCode(e), message: e instanceof Error ? e.message : String(e) }, { url, timeoutMs: options.timeoutMs, ...ctx }));
}

async function fetchKubectl(args: string[], kubectl: string | undefined, path: string, writer: CaptureFileWriter, options: ReplicaCaptureOptions): Promise<{ status: number; body: Uint8Array }> {
  return withDeadline(options, async signal => {
    const run = await runKubectl(args, { kubectl, signal, maxBytes: MAX_BYTES, sink: chunk => writer.write(chunk) });
    if (run.exitCode !== 0) throw new CaptureError(`kubectl get --raw ${path} failed: ${kubectlErrorLine(run.stderr) || `exit code ${run.exitCode}`}`, 'http');
    await writer.finish();
    return { status: 200, body: run.head };
  }, (e, ctx) => limitError(e) ?? (ctx.cancelled ? new CaptureError('Capture cancelled.', 'cancelled')
    : ctx.timedOut ? new CaptureError(`Timed out after ${Math.round(options.timeoutMs / 1000)} s waiting for kubectl get --raw ${path}.`, 'timeout')
      : e instanceof Error ? e : new Error(String(e))));
}
