// Messages of the goroutine groups view (see protocol.ts). The host sends one self-contained
// view model per analysis; the webview answers only with small requests that name things by
// index into that model (never paths, never commands), and the host checks every field.

import { MAX_FILTER_CHARS, MAX_FILTER_TERMS, parseFilter, type GroupQuery } from './goroutineFilter';
import { MAX_FLAME_DEPTH, MAX_FLAME_ZOOM_STEPS } from '../core/report/goroutines/flameBounds';

export type Similarity = 'default' | 'args' | 'exact';
export const SIMILARITIES: readonly Similarity[] = ['default', 'args', 'exact'];

/** One distinct frame of the dump; groups and flame nodes refer to frames by index. */
export interface GoroutineFrameView {
  /** Fully qualified function as printed. */
  readonly func: string;
  /** Function without the package path, e.g. `registry.(*Store).DeleteCollection.func1`. */
  readonly short: string;
  /** File as printed ('' when unknown). */
  readonly file: string;
  /** 0 when unknown. */
  readonly line: number;
  /** Not runtime, not the standard library. */
  readonly user: boolean;
}

export interface GoroutineGroupView {
  /** Its place among all the dump's groups, ranked (the model holds the groups sent so far, in the order sent). */
  readonly rank: number;
  readonly count: number;
  /**
   * How many of `count` a debugger counted without listing them (Delve's `goroutines -group`
   * totals): no stack or id of theirs is in the text. Absent when none.
   */
  readonly unlisted?: number;
  readonly state: string;
  /** Wait minutes over the goroutines that print them; null when none does. */
  readonly wait: { readonly min: number; readonly median: number; readonly max: number } | null;
  /** Goroutines per wait-minutes bucket (from inclusive, to exclusive); [] without wait. */
  readonly histogram: readonly HistogramBucketView[];
  readonly locked: number;
  /** Indices into `frames`, innermost first. */
  readonly frames: readonly number[];
  /**
   * Frames of the stack not sent, in the middle: `frames` holds the first `at` frames, then the
   * last ones. A stack may be 10^6 frames deep; the view asks for the middle a page at a time
   * (`moreFrames`). Absent when the whole stack is in `frames`.
   */
  readonly framesLeftOut?: FramesLeftOut;
  /** Index into `frames` of the innermost user frame, or -1. */
  readonly topUserFrame: number;
  /** Index into `frames` of `created by`, or -1. */
  readonly createdBy: number;
  /** Idle runtime or standard-library goroutines (GC workers, timers, netpoll …). */
  readonly idle: boolean;
  /** Holds the goroutine that crashed the process (its suspect sentence names the panic or fatal error). */
  readonly crashed: boolean;
  /** An access of a race detector report (state `data race (read)` …): ranked first, after the crash. */
  readonly race: boolean;
  /** A plain sentence when the group is a leak suspect (or the crash, or a data race). */
  readonly suspect: string | null;
  readonly framesElided: boolean;
  /** Go printed `goroutine running on other thread; stack unavailable` (gccgo: `goroutine in C code`): no frame is in the text. */
  readonly stackUnavailable: boolean;
  /** Its goroutine is the one the end of the text cut short: the stack lacks what came after the cut. */
  readonly cut: boolean;
  /** Goroutine ids (a sample for big groups); an id past 2^53, which a number would round, as its digits. */
  readonly ids: readonly (number | string)[];
  /** 1-based inclusive lines of the group's first goroutine in the analysed text (already offset for a selection). */
  readonly firstLines: { readonly start: number; readonly end: number } | null;
  /** runtime/pprof labels: a debug=1 record's, or what the group's goroutines carry (Go ≥ 1.27 headers). */
  readonly labels: readonly { readonly key: string; readonly value: string }[];
  /** Labels past the first 100, not sent (the filter still searches them). Absent when none. */
  readonly labelsLeftOut?: number;
  /** Count in the base dump when comparing; null when the group is new. Absent without a base. */
  readonly baseCount?: number | null;
  /**
   * What tells the row apart from others of the same state, top frame and creator (their stacks
   * differ further down): "stack depth 2 · via main.nested (main.go:104)". Absent when no other reads alike.
   */
  readonly apart?: string;
}

/** Where a stack's frames not sent sit: after its first `at` frames, `count` of them. */
export interface FramesLeftOut {
  readonly at: number;
  readonly count: number;
}

/** A stack that is no goroutine of a group: a crash's `runtime stack:`, or a stack whose goroutine header is not in the text. */
export interface StackView {
  readonly kind: 'runtime' | 'headless';
  /** Indices into `frames`, innermost first. */
  readonly frames: readonly number[];
  /** Frames in the middle not sent (shown as a count; the dump holds them): absent when none. */
  readonly framesLeftOut?: FramesLeftOut;
  /** Index into `frames` of `created by`, or -1. */
  readonly createdBy: number;
  /** The printer shortened the stack (Go's `...additional frames elided...`, Delve's `(truncated)`): its outer frames are not in the text. */
  readonly framesElided: boolean;
  /** 1-based inclusive lines in the analysed text (already offset for a selection). */
  readonly lines: { readonly start: number; readonly end: number };
}

/** What the stacks outside the groups say when no group does (a crash's runtime stack, a stack pasted alone). */
export interface StackSuspectView {
  readonly sentence: string;
  /** Index into `frames` of the frame the sentence names, or -1. */
  readonly frame: number;
  /** A crash: it ranks before any group's suspect. */
  readonly crashed: boolean;
}

export interface HistogramBucketView {
  readonly from: number;
  readonly to: number;
  readonly count: number;
}

/** Who waits on what: goroutines parked on one channel / mutex address. */
export interface WaitObjectView {
  readonly kind: string;
  readonly address: string;
  /** e.g. [{op:'send', count:18000}, {op:'receive', count:0}] */
  readonly ops: readonly { readonly op: string; readonly count: number }[];
  readonly total: number;
  /** Plain sentence, e.g. "18,000 senders, 0 receivers on chan 0xc000123456". */
  readonly description: string;
  /** Ranks of its groups (`GoroutineGroupView.rank`): some may not have been sent. */
  readonly groups: readonly number[];
  /** Groups waiting on it past those listed in `groups`. Absent when none. */
  readonly groupsLeftOut?: number;
}

export interface GoroutineSummaryView {
  /** What the dump says (debug=1 header) or the goroutines found. */
  readonly total: number;
  readonly parsed: number;
  /** Goroutines in `total` that the text counts without listing them (Delve's group totals): no stack of theirs is in the text. */
  readonly unlisted: number;
  /** Stacks of race detector reports, grouped with the goroutines but not counted as goroutines. */
  readonly raceAccesses: number;
  readonly groups: number;
  readonly truncated: boolean;
  /** The text stops inside a crash's register dump, after the goroutines, which are whole. */
  readonly truncatedInRegisterDump: boolean;
  readonly skippedLines: number;
  readonly warningCount: number;
  /** The first warnings (line numbers already offset for a selection). */
  readonly warnings: readonly { readonly line: number; readonly message: string }[];
  readonly crash: string | null;
  /** The crash is a panic recovered and logged, its goroutine living on: said by the view, not in `crash`. */
  readonly crashRecovered: boolean;
  readonly stackSuspect: StackSuspectView | null;
  /** The text starts inside a goroutine: a stack without its header comes before any goroutine's. */
  readonly cutAtStart: boolean;
  /** Lines where whoever pasted the dump marked lines left out between goroutines (offset for a selection): the counts may be too low. */
  readonly pasterGaps: readonly number[];
  /** The dump says every blocked goroutine is stuck for good (its suspects are not mere leak suspects). */
  readonly stuck: 'deadlock' | 'test timeout' | null;
  readonly format: string;
  readonly leakSuspects: number;
  /** Of `leakSuspects`, the accesses of a data race (said of every group, sent or not). */
  readonly raceSuspects: number;
  /** A group holds the goroutine that crashed (sent or not). */
  readonly crashedGroup: boolean;
  /** The id of the goroutine the end of the text cut short ('' when it has none), sent or not; null when none is. */
  readonly cutGoroutine: number | string | null;
  /**
   * Dumps before the grouped one when the text holds several (ids repeat): 1-based inclusive
   * lines, already offset for a selection. Empty for a text with one dump.
   */
  readonly earlierDumps: readonly EarlierDumpView[];
  /** Milliseconds spent parsing and grouping. */
  readonly elapsedMs: number;
}

export interface EarlierDumpView {
  readonly start: number;
  readonly end: number;
  readonly goroutines: number;
}

export interface GoroutineCompareView {
  readonly baseTitle: string;
  readonly baseTotal: number;
  /** Groups of the base dump that are gone in this one, most goroutines first: the first page, then as the view asks. */
  readonly vanished: readonly VanishedGroupView[];
  /** Gone groups past those in `vanished`, not sent yet (`moreVanished`): absent when none. */
  readonly vanishedLeftOut?: number;
}

/** A group of the base dump that is gone: its state, top user frame (short name) and goroutines in the base. */
export interface VanishedGroupView {
  readonly state: string;
  readonly topFrame: string;
  readonly count: number;
}

/** The worker's answer to `moreVanished`: the next gone groups, appended to `compare.vanished`. */
export interface VanishedPage {
  readonly vanished: readonly VanishedGroupView[];
  /** Gone groups still not sent after these. */
  readonly vanishedLeftOut: number;
}

export interface GoroutineViewModel {
  readonly title: string;
  /** Where the text came from, e.g. "selection, lines 10–200" or "whole file". */
  readonly origin: string;
  readonly similarity: Similarity;
  readonly summary: GoroutineSummaryView;
  readonly frames: readonly GoroutineFrameView[];
  /** Ranked: likely problem first. */
  readonly groups: readonly GoroutineGroupView[];
  readonly waits: readonly WaitObjectView[];
  /** Runtime stacks, then stacks without a goroutine header, each in text order: shown, never counted. */
  readonly stacks: readonly StackView[];
  /** Stacks past those in `stacks`, not sent (the dump holds them). Absent when none. */
  readonly stacksLeftOut?: number;
  /** The stacks before those in `stacks` (the view went to a later one, `stacksAt`): `stacks[0]` is the whole list's this-th. Absent when 0. */
  readonly stacksFrom?: number;
  /**
   * The flame graph of every group of the dump (sent or not), computed in the worker and pruned
   * for width and depth; a query that narrows brings its own (`GroupPage.flame`).
   */
  readonly flame: GoroutineFlameView;
  readonly compare: GoroutineCompareView | null;
  /**
   * Groups of the dump not sent (yet): the model crosses within a budget (`groupPages.ts`), the rest
   * on demand, a page at a time.
   */
  readonly unsentGroups: number;
  /** Whether the dump text can be revealed in an editor (false for files too large to open). */
  readonly canReveal: boolean;
}

/**
 * A flame graph of goroutines: every goroutine counts 1, stacks merged from the outermost frame.
 * Nodes flat, each after its parent: node i is `frames[i]` (an index into the model's frames; -1:
 * the towers under that parent too narrow to draw, as one) under node `parents[i]` (-1: under the
 * root), `values[i]` goroutines wide.
 */
export interface GoroutineFlameView {
  /** Goroutines of the groups it covers: the root's width. */
  readonly total: number;
  readonly parents: readonly number[];
  readonly frames: readonly number[];
  readonly values: readonly number[];
  /** Nodes left out past the node budget, or under a tower too narrow to draw (those merged into a -1 node). */
  readonly nodesLeftOut: number;
  /** A stack is deeper than the rows drawn (1,000): its outermost frames are drawn, the rest not. */
  readonly cutAtDepth: boolean;
}

export const HISTOGRAM_BUCKETS = 8;

/** Host → goroutine webview. */
export type GoroutineHostMessage =
  | { type: 'loading'; title: string }
  /** retryLabel: the analysis hit a limit, and a retry raises it ("Retry with 16384 MiB"). */
  | { type: 'error'; title: string; message: string; retryLabel?: string }
  | { type: 'model'; model: GoroutineViewModel }
  /** Sets the filter box (e.g. a code lens asked to show a function's goroutines). */
  | { type: 'filter'; text: string }
  /** Groups and frames to append to the model's (a page), and what a query keeps of the groups sent. */
  | { type: 'page'; page: GroupPage }
  /** More of one group's stack: the group (`GoroutineViewModel.groups[group]`) as it is now, and the frames it brings. */
  | { type: 'groupFrames'; group: number; view: GoroutineGroupView; frames: readonly GoroutineFrameView[] }
  /** The next page of a held stack's middle outside the groups (`moreStackFrames`): `view` replaces `stacks[stack]`, `frames` appended. */
  | { type: 'stackFrames'; stack: number; view: StackView; frames: readonly GoroutineFrameView[] }
  /** The next stacks outside the groups, appended to the model's (with their frames). */
  | { type: 'stacks'; page: StacksPage }
  /** The next page of the groups gone since the base (`moreVanished`), appended to `compare.vanished`. */
  | { type: 'vanished'; page: VanishedPage }
  /** The flame of what a grey node of narrow towers holds, as `flameZoom` asked; its frames appended to the model's. */
  | { type: 'flameZoom'; page: FlameZoomPage };

/**
 * The worker's answer to a query: the groups it sent now (appended to the model's, their frames
 * index the model's frames after `frames` is appended), and which groups sent so far the query keeps.
 */
export interface GroupPage {
  readonly query: GroupQuery;
  readonly groups: readonly GoroutineGroupView[];
  readonly frames: readonly GoroutineFrameView[];
  /** Indices into the model's groups (after this page) that the query keeps, in ranked order. */
  readonly matches: readonly number[];
  /** Groups the query keeps that are still not sent. */
  readonly unsentMatches: number;
  /** Groups of the dump still not sent. */
  readonly unsentGroups: number;
  /** The flame graph of every group the query keeps, sent or not (its frames in `frames`); absent when the query keeps every group. */
  readonly flame?: GoroutineFlameView;
  /** Indices into the model's `waits` that a group the query keeps (sent or not) waits on; absent when the query keeps every group. */
  readonly waitMatches?: readonly number[];
}

/**
 * The worker's answer to `flameZoom`: the flame of the groups a grey node of narrow towers holds
 * (`steps` as asked), its frames indices into the model's frames after `frames` is appended.
 */
export interface FlameZoomPage {
  readonly query: GroupQuery;
  readonly steps: readonly FlameOpenStep[];
  readonly flame: GoroutineFlameView;
  readonly frames: readonly GoroutineFrameView[];
  /** Groups drawn: those of the towers of this page of the opened node. */
  readonly groups: number;
  /** The opened node's towers drawn, and those past them (the next page). */
  readonly towers: number;
  readonly towersLeft: number;
}

/**
 * One grey node of narrow towers opened: `path` (frames from the outermost) leads to its parent in
 * the flame before; `from`: the towers it holds to skip, widest first (a page past the first).
 */
export interface FlameOpenStep {
  readonly path: readonly number[];
  readonly from: number;
}

/** The worker's answer to `moreStacks`: the next stacks outside the groups, their frames indices into the model's frames after `frames` is appended. */
export interface StacksPage {
  /** The whole list's index of the first of `stacks`: right after those the view holds (appended), or where it went (they replace them). */
  readonly from: number;
  readonly stacks: readonly StackView[];
  readonly frames: readonly GoroutineFrameView[];
  /** Stacks still not sent after these. */
  readonly stacksLeftOut: number;
}

/** The worker's answer to `moreFrames`: the next frames of a stack's middle, as indices into the model's frames after `frames` is appended. */
export interface StackFramesPage {
  readonly ids: readonly number[];
  readonly frames: readonly GoroutineFrameView[];
}

/** Goroutine webview → host. Every index refers to the model last sent. */
export type GoroutineWebviewMessage =
  | { type: 'ready' }
  /** Runs the analysis again with the limit it hit raised (offered by an error's retryLabel). */
  | { type: 'retry' }
  | { type: 'openFrame'; frame: number }
  | { type: 'revealGroup'; group: number }
  /** Selects one of `stacks` in the dump. */
  | { type: 'revealStack'; stack: number }
  | { type: 'setSimilarity'; similarity: Similarity }
  | { type: 'compare' }
  | { type: 'clearCompare' }
  /** Groups one of `summary.earlierDumps` in a view of its own. */
  | { type: 'openEarlierDump'; dump: number }
  /** Compares the grouped dump with one of `summary.earlierDumps`. */
  | { type: 'compareWithEarlierDump'; dump: number }
  /** Which groups to show (searched in the worker, over whole texts); `more`: send the next page of them. */
  | { type: 'query'; query: GroupQuery; more: boolean }
  /** The next page of the frames a group's stack left out (`GoroutineGroupView.framesLeftOut`). */
  | { type: 'moreFrames'; group: number }
  /** The next page of the stacks outside the groups (`stacksLeftOut`). */
  | { type: 'moreStacks' }
  /** A page of the stacks outside the groups from the whole list's `from`th, in place of those the view holds (earlier ones, or a jump). */
  | { type: 'stacksAt'; from: number }
  /** The next page of the frames a held stack outside the groups left out (`StackView.framesLeftOut`). */
  | { type: 'moreStackFrames'; stack: number }
  /** The next page of the groups gone since the base (`compare.vanishedLeftOut`). */
  | { type: 'moreVanished' }
  /**
   * Opens a grey node of narrow towers in the flame of the groups `query` keeps: `steps` lead to it,
   * one grey node inside another (paths of model frames); `width`: the chart's pixels, which size
   * the page of towers (each at least a few pixels wide).
   */
  | { type: 'flameZoom'; query: GroupQuery; steps: readonly FlameOpenStep[]; width: number };

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function isIndex(v: unknown, limit: number): v is number {
  return typeof v === 'number' && Number.isInteger(v) && v >= 0 && v < limit;
}

/** The sizes of the model the host last sent, to check indices against. */
export interface GoroutineModelBounds {
  readonly frames: number;
  readonly groups: number;
  readonly earlierDumps?: number;
  readonly stacks?: number;
  /** Stacks outside the groups in the whole list, held or not. */
  readonly allStacks?: number;
}

function parseQuery(q: unknown): GroupQuery | undefined {
  if (!isRecord(q) || typeof q.filter !== 'string' || q.filter.length > MAX_FILTER_CHARS || typeof q.hideIdle !== 'boolean') return undefined;
  if (parseFilter(q.filter).length > MAX_FILTER_TERMS) return undefined;
  return { filter: q.filter, hideIdle: q.hideIdle };
}

/** Returns the message if it is well-formed and refers only to what exists, else undefined. */
export function parseGoroutineWebviewMessage(raw: unknown, bounds: GoroutineModelBounds = { frames: 0, groups: 0 }): GoroutineWebviewMessage | undefined {
  if (!isRecord(raw) || typeof raw.type !== 'string') return undefined;
  switch (raw.type) {
    case 'ready': return { type: 'ready' };
    case 'retry': return { type: 'retry' };
    case 'compare': return { type: 'compare' };
    case 'clearCompare': return { type: 'clearCompare' };
    case 'moreStacks': return { type: 'moreStacks' };
    case 'stacksAt': return isIndex(raw.from, bounds.allStacks ?? 0) ? { type: 'stacksAt', from: raw.from } : undefined;
    case 'moreVanished': return { type: 'moreVanished' };
    case 'openFrame': return isIndex(raw.frame, bounds.frames) ? { type: 'openFrame', frame: raw.frame } : undefined;
    case 'revealGroup': return isIndex(raw.group, bounds.groups) ? { type: 'revealGroup', group: raw.group } : undefined;
    case 'moreFrames': return isIndex(raw.group, bounds.groups) ? { type: 'moreFrames', group: raw.group } : undefined;
    case 'moreStackFrames': return isIndex(raw.stack, bounds.stacks ?? 0) ? { type: 'moreStackFrames', stack: raw.stack } : undefined;
    case 'revealStack': return isIndex(raw.stack, bounds.stacks ?? 0) ? { type: 'revealStack', stack: raw.stack } : undefined;
    case 'openEarlierDump':
    case 'compareWithEarlierDump':
      return isIndex(raw.dump, bounds.earlierDumps ?? 0) ? { type: raw.type, dump: raw.dump } : undefined;
    case 'query': {
      const query = parseQuery(raw.query);
      return query && typeof raw.more === 'boolean' ? { type: 'query', query, more: raw.more } : undefined;
    }
    case 'flameZoom': {
      const query = parseQuery(raw.query);
      const steps = raw.steps;
      if (!query || !Array.isArray(steps) || steps.length === 0 || steps.length > MAX_FLAME_ZOOM_STEPS) return undefined;
      const parsed: FlameOpenStep[] = [];
      for (const step of steps as unknown[]) {
        if (!isRecord(step) || !isIndex(step.from, 2 ** 31)) return undefined;
        const path = step.path;
        if (!Array.isArray(path) || path.length > MAX_FLAME_DEPTH || !path.every(f => isIndex(f, bounds.frames))) return undefined;
        parsed.push({ path: [...path] as number[], from: step.from });
      }
      // Any whole number of pixels: the worker keeps it within a screen's (`openedWidthUnits`).
      if (!isIndex(raw.width, 2 ** 31)) return undefined;
      return { type: 'flameZoom', query, steps: parsed, width: raw.width };
    }
    case 'setSimilarity': {
      const s = raw.similarity;
      return typeof s === 'string' && (SIMILARITIES as readonly string[]).includes(s) ? { type: 'setSimilarity', similarity: s as Similarity } : undefined;
    }
    default: return undefined;
  }
}
