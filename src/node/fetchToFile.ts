// One GET of "Capture from URL…": the answer streamed into a partial file, within the time, size
// and gzip limits; whatever ends it early (cancel, timeout, a limit, a network error) closes and
// removes the partial file and is told as the CaptureError the command shows.
import { CaptureError, classifyAnswer, describeRequestFailure, type CaptureKind } from '../core/capture';
import { UnzipLimitError } from '../core/pprof/unzipLimit';
import { timerDelayMs } from '../core/timerDelay';
import { CaptureFileWriter } from './captureFile';
import { BodyTooLargeError, errorCode, fetchBytes, type FetchedAnswer, type TlsOptions } from './httpFetch';

export interface FetchToFileOptions {
  readonly headers: Record<string, string>;
  readonly tls?: TlsOptions;
  readonly timeoutMs: number;
  readonly maxBytes: number;
  readonly maxUnzippedBytes?: number;
  /** Where a 2xx answer streams to; without it the answer's body is the whole answer. */
  readonly partialPath?: string;
  /** What was asked for: an answer that is not it (an error page, HTML, a redirect not followed) is an error here. */
  readonly kind?: CaptureKind;
}

/** The answer, whose body the partial file holds; without `kind`, a non-2xx answer too, for the caller to describe. */
export async function fetchToFile(url: string, o: FetchToFileOptions, signal: AbortSignal): Promise<FetchedAnswer> {
  const writer = o.partialPath ? new CaptureFileWriter(o.partialPath, o.maxUnzippedBytes) : undefined;
  const controller = new AbortController();
  let timedOut = false;
  const timer = setTimeout(() => { timedOut = true; controller.abort(); }, timerDelayMs(o.timeoutMs));
  const onCancel = () => controller.abort();
  signal.addEventListener('abort', onCancel);
  try {
    const answer = await fetchBytes(url, { headers: o.headers, signal: controller.signal, tls: o.tls, maxBytes: o.maxBytes, sink: writer && (chunk => writer.write(chunk)) });
    if (writer && answer.status >= 200 && answer.status < 300) await writer.finish();
    else writer?.discard();
    const verdict = o.kind ? classifyAnswer(o.kind, answer.url, answer) : { ok: true as const };
    if (!verdict.ok) throw new CaptureError(verdict.message, answer.status >= 200 && answer.status < 300 ? 'content' : 'http');
    return answer;
  } catch (e) {
    writer?.discard();
    if (e instanceof CaptureError) throw e;
    if (e instanceof BodyTooLargeError) throw new CaptureError(e.message, 'content');
    if (e instanceof UnzipLimitError) throw new CaptureError(`The answer's ${e.message}: not saved.`, 'content');
    throw describeRequestFailure({ code: errorCode(e), message: e instanceof Error ? e.message : String(e) }, { url, timeoutMs: o.timeoutMs, cancelled: signal.aborted, timedOut });
  } finally {
    clearTimeout(timer);
    signal.removeEventListener('abort', onCancel);
  }
}
