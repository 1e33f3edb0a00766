// Worker job `goroutines`: scan, group and rank a goroutine dump (and a base dump to compare
// with); return the goroutine view's model and the figures for code lenses. Owned by the
// goroutine explorer (issue 6).
import type { Job } from '../jobTypes';
import { threadLimits } from '../threadLimits';
import { localFiles, workerPlatform } from '../workerPlatform';
import type { AnalyzeOptions, GoroutineAnalysis } from '../../../core/goroutines';
import { GoroutineInputStream, readGoroutines, type GoroutineInputOptions } from '../../../core/input';
import { goroutineFigures, type FigureData } from '../../../core/figures';
import type { Similarity } from '../../../shared/goroutineProtocol';
import { buildGoroutineViewModel, type GoroutineAnalysisView } from '../../../core/report/goroutines';

/**
 * A dump on this machine's disk (a `file:` URI) that the worker reads itself, so the extension
 * host never receives its bytes: receiving 82 MB from vscode.workspace.fs stalled the host ~300 ms.
 */
export interface LocalDumpFile {
  readonly filePath: string;
}

/** Document text, bytes read through vscode.workspace.fs, or a local file the worker streams. */
export type DumpInput = string | Uint8Array | LocalDumpFile;

export interface GoroutineJobInput {
  readonly text: DumpInput;
  readonly similarity: Similarity;
  /** 0-based document line where `text` starts (a selection). */
  readonly lineOffset: number;
  /** File name, for the figures' label. */
  readonly title: string;
  readonly base?: { readonly text: DumpInput; readonly title: string };
}

export interface GoroutineJobOutput {
  readonly view: GoroutineAnalysisView;
  readonly figures: FigureData;
}

/** Everything goes through core/input, which tells a dump from a profile.proto, gzipped or not. */
function analyze(input: DumpInput, options: AnalyzeOptions): GoroutineAnalysis {
  const platform = workerPlatform();
  const withPlatform = { ...options, gunzip: platform.gunzip, byteSearch: platform.byteSearch, maxUnzippedBytes: threadLimits.maxUnzippedBytes };
  if (typeof input === 'string' || input instanceof Uint8Array) return readGoroutines(input, withPlatform);
  return analyzeLocalFile(input.filePath, withPlatform);
}

/**
 * Streams a dump from disk through core/input in chunks (synchronous: this thread has nothing
 * else to do, and cancelling terminates it): text, gzipped or not, is scanned as it is read (the
 * scanner keeps nothing of the pushed bytes); a profile.proto is gathered and decoded whole.
 */
function analyzeLocalFile(filePath: string, options: GoroutineInputOptions): GoroutineAnalysis {
  const stream = new GoroutineInputStream(options);
  localFiles().readChunks(filePath, chunk => stream.push(chunk));
  return stream.finish();
}

export const goroutinesJob: Job<GoroutineJobInput, GoroutineJobOutput> = {
  run(input) {
    const started = performance.now();
    const analysis = analyze(input.text, { similarity: input.similarity });
    const base = input.base ? { analysis: analyze(input.base.text, { similarity: input.similarity }), title: input.base.title } : undefined;
    const view = buildGoroutineViewModel(analysis, {
      similarity: input.similarity, lineOffset: input.lineOffset, elapsedMs: performance.now() - started, base,
    });
    return { view, figures: goroutineFigures(analysis.groups, input.title, analysis.total) };
  },
};
