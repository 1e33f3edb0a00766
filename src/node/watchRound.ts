// One round of a watch: every request of the round at once (a CPU profile or a delta keeps the
// server answering for seconds; the dump and the heap need not wait for it), each answer streamed
// into a partial file, checked, and renamed to its timed name. Used by `goprof watch` and by the
// extension's watch alike; what to fetch and the names come from core/watch.
import * as fs from 'node:fs';
import * as nodePath from 'node:path';
import { captureTimeoutMs, classifyAnswer, describeRequestFailure } from '../core/capture';
import { UnzipLimitError } from '../core/pprof/unzipLimit';
import { watchFileName, type WatchRequest } from '../core/watch';
import { CaptureFileWriter, makeCaptureFolder } from './captureFile';
import { BodyTooLargeError, errorCode, fetchBytes, type TlsOptions } from './httpFetch';
import { fileSystemPath } from './argumentBytes';

export const MAX_CAPTURE_BYTES = 512 * 1024 * 1024;

export interface RoundOptions {
  readonly folder: string;
  readonly headers: Record<string, string>;
  readonly tls?: TlsOptions;
  /** Per request, plus the seconds the server takes on purpose (CPU sampling, a delta). */
  readonly timeoutSeconds: number;
  readonly maxUnzippedBytes?: number;
  /** Stops the round's requests (a stopped watch). */
  readonly signal?: AbortSignal;
}

export interface RoundResult {
  /** File names saved in the folder, in request order. */
  readonly files: string[];
  /** One line per request that failed. */
  readonly errors: string[];
}

/** Fetches every request of the round; never throws for one request's failure (it is in `errors`). */
export async function captureRound(requests: readonly WatchRequest[], roundStarted: Date, o: RoundOptions): Promise<RoundResult> {
  await makeCaptureFolder(o.folder);
  const outcomes = await Promise.all(requests.map(r => captureOne(r, roundStarted, o).then(
    file => ({ file, error: undefined }),
    (e: unknown) => ({ file: undefined, error: `${r.fileKind}: ${e instanceof Error ? e.message : String(e)}` }),
  )));
  return {
    files: outcomes.flatMap(x => (x.file ? [x.file] : [])),
    errors: outcomes.flatMap(x => (x.error ? [x.error] : [])),
  };
}

async function captureOne(request: WatchRequest, roundStarted: Date, o: RoundOptions): Promise<string> {
  const name = watchFileName(request, roundStarted);
  const partial = nodePath.join(o.folder, `.${name}.partial`);
  const writer = new CaptureFileWriter(partial, o.maxUnzippedBytes);
  const timeoutMs = captureTimeoutMs(o.timeoutSeconds, { ...request.kind, needsSeconds: true }, request.serverSeconds);
  const controller = new AbortController();
  let timedOut = false;
  const timer = setTimeout(() => { timedOut = true; controller.abort(); }, timeoutMs);
  const onStop = () => controller.abort();
  o.signal?.addEventListener('abort', onStop);
  try {
    let answer;
    try {
      answer = await fetchBytes(request.url, { headers: o.headers, signal: controller.signal, tls: o.tls, maxBytes: MAX_CAPTURE_BYTES, sink: chunk => writer.write(chunk) });
      if (answer.status >= 200 && answer.status < 300) await writer.finish();
    } catch (e) {
      if (e instanceof BodyTooLargeError) throw e;
      if (e instanceof UnzipLimitError) throw new Error(`the answer's ${e.message}: not saved`);
      throw describeRequestFailure({ code: errorCode(e), message: e instanceof Error ? e.message : String(e) },
        { url: request.url, timeoutMs, cancelled: o.signal?.aborted, timedOut });
    }
    const verdict = classifyAnswer(request.kind, answer.url, answer);
    if (!verdict.ok) throw new Error(verdict.message);
    const target = nodePath.join(o.folder, name);
    // Never over an earlier capture (the folder is the watch's own; a name is taken once).
    if (await fs.promises.stat(fileSystemPath(target)).then(() => true, () => false)) throw new Error(`${name} exists already: not overwritten`);
    await fs.promises.rename(fileSystemPath(partial), fileSystemPath(target));
    return name;
  } finally {
    clearTimeout(timer);
    o.signal?.removeEventListener('abort', onStop);
    writer.discard();
  }
}
