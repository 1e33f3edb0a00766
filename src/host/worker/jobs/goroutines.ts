// Worker job `goroutines`: scan, group and rank a goroutine dump (and a base dump to compare
// with); return the goroutine view's model and the figures for code lenses. Owned by the
// goroutine explorer (issue 6).
import type { Job } from '../jobTypes';
import { nodeGunzip } from '../../../node/gunzip';
import { analyzeGoroutineDump, type AnalyzeOptions } from '../../../core/goroutines';
import { analyzeGoroutineInput } from '../../../core/goroutineInput';
import { goroutineFigures, type FigureData } from '../../../core/figures';
import type { Similarity } from '../../../shared/goroutineProtocol';
import { buildGoroutineViewModel, type GoroutineAnalysisView } from '../../goroutines/viewModel';

export interface GoroutineJobInput {
  readonly text: string | Uint8Array;
  readonly similarity: Similarity;
  /** 0-based document line where `text` starts (a selection). */
  readonly lineOffset: number;
  /** File name, for the figures' label. */
  readonly title: string;
  readonly base?: { readonly text: string | Uint8Array; readonly title: string };
}

export interface GoroutineJobOutput {
  readonly view: GoroutineAnalysisView;
  readonly figures: FigureData;
}

/** Text dumps go to the scanner; bytes may also be a goroutine profile.proto (gzipped or not). */
function analyze(input: string | Uint8Array, options: AnalyzeOptions) {
  return typeof input === 'string' ? analyzeGoroutineDump(input, options) : analyzeGoroutineInput(input, { ...options, gunzip: nodeGunzip });
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
