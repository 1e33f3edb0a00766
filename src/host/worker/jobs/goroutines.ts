// Worker job `goroutines`: scan, group and rank a goroutine dump (and a base dump to compare
// with); return the goroutine view's model and the figures for code lenses. Owned by the
// goroutine explorer (issue 6).
import { closeSync, openSync, readSync } from 'node:fs';
import type { Job } from '../jobTypes';
import { threadLimits } from '../threadLimits';
import { nodeGunzip } from '../../../node/gunzip';
import type { AnalyzeOptions, GoroutineAnalysis } from '../../../core/goroutines';
import { GoroutineInputStream, readGoroutines } from '../../../core/input';
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

/** Everything goes through core/input, which tells a dump from a profile.proto, gzipped or not. */
function analyze(input: DumpInput, options: AnalyzeOptions): GoroutineAnalysis {
  if (typeof input === 'string' || input instanceof Uint8Array) return readGoroutines(input, { ...options, gunzip: nodeGunzip, maxUnzippedBytes: threadLimits.maxUnzippedBytes });
  return analyzeLocalFile(input.filePath, options);
}

/**
 * Streams a dump from disk through core/input in 256 KB reads (synchronous: this thread has
 * nothing else to do, and cancelling terminates it): text, gzipped or not, is scanned as it is
 * read; a profile.proto is gathered and decoded whole.
 */
function analyzeLocalFile(filePath: string, options: AnalyzeOptions): GoroutineAnalysis {
  const fd = openSync(filePath, 'r');
  try {
    const buffer = new Uint8Array(READ_CHUNK_BYTES);
    const stream = new GoroutineInputStream({ ...options, gunzip: nodeGunzip, maxUnzippedBytes: threadLimits.maxUnzippedBytes });
    for (let length = readSync(fd, buffer, 0, buffer.length, null); length > 0; length = readSync(fd, buffer, 0, buffer.length, null)) {
      stream.push(buffer.subarray(0, length));
    }
    return stream.finish();
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
