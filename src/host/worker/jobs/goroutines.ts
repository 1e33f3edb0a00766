// Worker job `goroutines`: scan, group and rank a goroutine dump (and a base dump to compare
// with); return the goroutine view's model and the figures for code lenses. Owned by the
// goroutine explorer (issue 6).
import type { Job } from '../jobTypes';
import { threadLimits } from '../threadLimits';
import { localFiles, workerPlatform } from '../workerPlatform';
import type { AnalyzeOptions, GoroutineAnalysis } from '../../../core/goroutines';
import { GoroutineInputStream, readGoroutines, type GoroutineInputOptions } from '../../../core/input';
import { goroutineFigures, type FigureData } from '../../../core/figures';
import type { FlameOpenStep, FlameZoomPage, GroupPage, Similarity, StackFramesPage, StacksPage, VanishedPage } from '../../../shared/goroutineProtocol';
import type { GroupQuery } from '../../../shared/goroutineFilter';
import { buildGoroutineView, GoroutineGroupPages, GroupSearch, type GoroutineAnalysisView } from '../../../core/report/goroutines';
import type { WorkerStore } from '../jobTypes';

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
  /**
   * The view that asks for the groups past the first page (`goroutines.query`): the worker keeps the
   * whole view under it until `goroutines.release` or the view's next analysis. Without it nothing is kept.
   */
  readonly viewId?: string;
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

const storeKey = (viewId: string) => `goroutines:${viewId}`;

export const goroutinesJob: Job<GoroutineJobInput, GoroutineJobOutput> = {
  run(input, { store }) {
    if (input.viewId !== undefined) store.delete(storeKey(input.viewId));
    const started = performance.now();
    const analysis = analyze(input.text, { similarity: input.similarity });
    const base = input.base ? { analysis: analyze(input.base.text, { similarity: input.similarity }), title: input.base.title } : undefined;
    const whole = buildGoroutineView(analysis, {
      similarity: input.similarity, lineOffset: input.lineOffset, elapsedMs: performance.now() - started, base,
    });
    // Only what the search reads is kept for the view's life, not the analysis (its goroutines, their ids).
    const search = new GroupSearch(whole.view.groups, analysis.groups.map(g => ({ state: g.state, labels: g.labels })), whole.view.frames, whole.cutFrames);
    const pages = new GoroutineGroupPages(whole, search);
    if (input.viewId !== undefined) store.set(storeKey(input.viewId), pages);
    return { view: pages.first(), figures: goroutineFigures(analysis.groups, input.title, analysis.total) };
  },
};

export interface GoroutineQueryInput {
  readonly viewId: string;
  readonly query: GroupQuery;
  readonly more: boolean;
}

function pagesOf(store: WorkerStore, viewId: string): GoroutineGroupPages {
  const pages = store.get<GoroutineGroupPages>(storeKey(viewId));
  // A worker started again (a limit hit, a cancelled analysis) has lost the view: the host groups the dump again.
  if (!pages) throw new Error('The goroutine view is no longer held by the analysis worker');
  return pages;
}

/** Worker job `goroutines.query`: the view's filter searched over the whole texts, and a page of the groups it keeps. */
export const goroutineQueryJob: Job<GoroutineQueryInput, GroupPage> = {
  run(input, { store }) {
    return pagesOf(store, input.viewId).query(input.query, input.more);
  },
};

export interface GoroutineFramesInput {
  readonly viewId: string;
  /** The group's rank (`GoroutineGroupView.rank`); ignored when `stack` is given. */
  readonly rank: number;
  /** A stack outside the groups instead: its index in the whole list (`stacksFrom` + its index among those held). */
  readonly stack?: number;
  /** Where its stack's middle starts still unsent (`framesLeftOut.at`). */
  readonly from: number;
}

/** Worker job `goroutines.frames`: the next page of a group's stack middle, or of a stack's outside the groups. */
export const goroutineFramesJob: Job<GoroutineFramesInput, StackFramesPage> = {
  run(input, { store }) {
    const pages = pagesOf(store, input.viewId);
    if (input.stack !== undefined) return pages.moreStackFrames(input.stack, input.from);
    if (!pages.isSent(input.rank)) throw new Error(`Group ${input.rank} was not sent to the view`);
    return pages.moreFrames(input.rank, input.from);
  },
};

export interface GoroutineFlameZoomInput {
  readonly viewId: string;
  readonly query: GroupQuery;
  /** The grey nodes opened, one inside another (paths of frames as sent). */
  readonly steps: readonly FlameOpenStep[];
  /** The chart's pixels as the webview said them (`openedWidthUnits`). */
  readonly width?: number;
}

/** Worker job `goroutines.flameZoom`: the flame of what a grey node of narrow towers holds. */
export const goroutineFlameZoomJob: Job<GoroutineFlameZoomInput, FlameZoomPage> = {
  run(input, { store }) {
    return pagesOf(store, input.viewId).flameZoom(input.query, input.steps, input.width);
  },
};

export interface GoroutineStacksInput {
  readonly viewId: string;
  /** The stacks outside the groups the view holds: the page starts after them. */
  readonly from: number;
}

/** Worker job `goroutines.stacks`: the next page of the stacks outside the groups. */
export const goroutineStacksJob: Job<GoroutineStacksInput, StacksPage> = {
  run(input, { store }) {
    return pagesOf(store, input.viewId).moreStacks(input.from);
  },
};

export interface GoroutineVanishedInput {
  readonly viewId: string;
  /** The gone groups the view holds: the page starts after them. */
  readonly from: number;
}

/** Worker job `goroutines.vanished`: the next page of the groups gone since the base. */
export const goroutineVanishedJob: Job<GoroutineVanishedInput, VanishedPage> = {
  run(input, { store }) {
    return pagesOf(store, input.viewId).moreVanished(input.from);
  },
};

/** Worker job `goroutines.release`: the view closed. */
export const goroutineReleaseJob: Job<{ readonly viewId: string }, null> = {
  run(input, { store }) {
    store.delete(storeKey(input.viewId));
    return null;
  },
};
