// Worker job `goroutines`: scan, group and rank a goroutine dump (and a base dump to compare
// with); return the goroutine view's model and the figures for code lenses. Owned by the
// goroutine explorer (issue 6).
import { closeSync, openSync, readFileSync, readSync } from 'node:fs';
import type { Job } from '../jobTypes';
import { threadLimits } from '../threadLimits';
import { nodeGunzip } from '../../../node/gunzip';
import { analyzeGoroutineDump, GoroutineDumpAnalyzer, type AnalyzeOptions, type GoroutineAnalysis } from '../../../core/goroutines';
import { analyzeGoroutineInput } from '../../../core/goroutineInput';
import { sniffProfileKind } from '../../../core/pprof';
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

// Read size: the per-read cost is negligible and an 82 MB dump costs 256 KB of buffer, not a copy
// of itself (the scanner keeps nothing of the pushed bytes).
const READ_CHUNK_BYTES = 1 << 18;

/** Text dumps go to the scanner; bytes may also be a goroutine profile.proto (gzipped or not). */
function analyze(input: DumpInput, options: AnalyzeOptions): GoroutineAnalysis {
  if (typeof input === 'string') return analyzeGoroutineDump(input, options);
  if (input instanceof Uint8Array) return analyzeGoroutineInput(input, { ...options, gunzip: nodeGunzip, maxUnzippedBytes: threadLimits.maxUnzippedBytes });
  return analyzeLocalFile(input.filePath, options);
}

/**
 * Streams a text dump from disk through the analyzer in 256 KB reads (synchronous: this thread has
 * nothing else to do, and cancelling terminates it). A profile.proto is read whole, as the
 * pprof decoder needs all of it, and so is a gzipped file (gunzipped within its limit).
 */
function analyzeLocalFile(filePath: string, options: AnalyzeOptions): GoroutineAnalysis {
  const fd = openSync(filePath, 'r');
  try {
    const buffer = new Uint8Array(READ_CHUNK_BYTES);
    const firstLength = readSync(fd, buffer, 0, buffer.length, null);
    const sniffed = sniffProfileKind(buffer.subarray(0, firstLength));
    // Gzipped text too: the scanner reads text, and gunzip must keep to its limit.
    if (sniffed.kind === 'pprof' || sniffed.gzipped) {
      return analyzeGoroutineInput(readFileSync(filePath), { ...options, gunzip: nodeGunzip, maxUnzippedBytes: threadLimits.maxUnzippedBytes });
    }
    const analyzer = new GoroutineDumpAnalyzer(options);
    for (let length = firstLength; length > 0; length = readSync(fd, buffer, 0, buffer.length, null)) {
      analyzer.push(buffer.subarray(0, length));
    }
    return analyzer.finish();
  } finally {
    closeSync(fd);
  }
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
