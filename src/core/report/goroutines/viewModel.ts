// Core analysis → the view model the webview renders (src/shared/goroutineProtocol.ts). Pure:
// runs in the analysis worker. Frames become one table; groups refer to it by index. A dump's line
// may be 8 MiB, so every text the view carries crosses cut (src/shared/nameLimit.ts): a name past
// the limit as a reference to it, as the profile editor's names; sentences with those references in them.
import { compareGroups, describeRowsApart, isStdlibFunc, shortFuncName, type GoroutineAnalysis, type SourceFrame } from '../../goroutines';
import type {
  GoroutineCompareView, GoroutineFrameView, GoroutineGroupView, GoroutineViewModel, Similarity, StackView, WaitObjectView,
} from '../../../shared/goroutineProtocol';
import { groupHistograms } from './waitHistogram';
import { isRaceState } from '../../goroutines/ranking';
import { idForView } from '../../goroutines/goroutineIds';
import { ContentKeyedMap } from '../../../shared/contentKeyedMap';
import { crossingName, crossingText, MAX_CROSSING_NAME_CHARS } from '../../../shared/nameLimit';
import { goroutineFlame } from './goroutineFlame';

/** The part of the model the worker computes; the host adds title, origin and canReveal. */
export type GoroutineAnalysisView = Omit<GoroutineViewModel, 'title' | 'origin' | 'canReveal'>;

export interface ViewModelOptions {
  readonly similarity: Similarity;
  /** 0-based line of the document where the analysed text starts. */
  readonly lineOffset: number;
  readonly elapsedMs: number;
  readonly base?: { readonly analysis: GoroutineAnalysis; readonly title: string };
}

const MAX_WARNINGS_SHOWN = 50;
const MAX_WAIT_OBJECTS = 200;
const MAX_IDS = 100;
/** A wait object's groups listed: 10^5 groups parked on one mutex would cross as 10^5 numbers per view. */
const MAX_WAIT_GROUPS = 1_000;

/** A group's labels sent: a crafted header may carry 10^5 (the search reads them all, in the worker). */
const MAX_LABELS = 100;

function shownLabels(labels: Readonly<Record<string, string>>): Pick<GoroutineGroupView, 'labels' | 'labelsLeftOut'> {
  const all = Object.entries(labels);
  const shown = all.slice(0, MAX_LABELS).map(([key, value]) => ({ key: crossingName(key), value: crossingName(value) }));
  return all.length > MAX_LABELS ? { labels: shown, labelsLeftOut: all.length - MAX_LABELS } : { labels: shown };
}

function waitGroups(ranks: readonly number[]): Pick<WaitObjectView, 'groups' | 'groupsLeftOut'> {
  return ranks.length <= MAX_WAIT_GROUPS ? { groups: ranks } : { groups: ranks.slice(0, MAX_WAIT_GROUPS), groupsLeftOut: ranks.length - MAX_WAIT_GROUPS };
}

/**
 * Rows that would read alike, the same state, top frame and creator, say what tells them apart
 * (their stacks differ further down, often by recursion depth). Keyed by numbers: a race report's
 * 10^5 groups get no string key each.
 */
function addRowsApart(views: GoroutineGroupView[], groups: GoroutineAnalysis['groups'], frames: readonly GoroutineFrameView[]): void {
  // Per state, the rows by top frame and creator's function (a frame index and a name's, one number):
  // creators a line apart, main.go:224 and main.go:225, read alike.
  const byState = new ContentKeyedMap<Map<number, number | number[]>>();
  const creators = new ContentKeyedMap<number>();
  const span = frames.length + 1;
  views.forEach((v, i) => {
    if (!v.frames.length) return;
    let byRow = byState.get(v.state);
    if (byRow === undefined) byState.set(v.state, byRow = new Map());
    const top = v.topUserFrame >= 0 ? v.topUserFrame : v.frames[0];
    let creator = -1;
    if (v.createdBy >= 0) {
      const func = frames[v.createdBy].func;
      creator = creators.get(func) ?? creators.size;
      if (creator === creators.size) creators.set(func, creator);
    }
    const key = top * span + creator + 1;
    const same = byRow.get(key);
    if (same === undefined) byRow.set(key, i);
    else if (typeof same === 'number') byRow.set(key, [same, i]);
    else same.push(i);
  });
  for (const byRow of byState.values()) {
    for (const same of byRow.values()) {
      if (typeof same === 'number') continue;
      const notes = describeRowsApart(same.map(i => groups[i]));
      same.forEach((i, n) => {
        const note = notes[n];
        if (!note) return;
        // The frames' names are gathered only for a note too long to cross whole (a race report has 10^5 rows).
        views[i] = { ...views[i], apart: note.length > MAX_CROSSING_NAME_CHARS ? crossingText(note, groups[i].frames.flatMap(f => [f.func, f.file])) : note };
      });
    }
  }
}

class FrameTable {
  readonly frames: GoroutineFrameView[] = [];
  /**
   * The frames whose texts cross cut, by index, as the dump printed them (for the search,
   * `groupSearch.ts`); every other frame's view holds its whole texts. Not the analysis's frame
   * objects: the view would keep them all alive (10^6 distinct frames held ~56 MB more).
   */
  readonly cutWholes = new Map<number, SourceFrame>();
  private readonly byKey = new ContentKeyedMap<number>();
  private readonly byObject = new Map<SourceFrame, number>();

  index(f: SourceFrame): number {
    let i = this.byObject.get(f);
    if (i !== undefined) return i;
    const key = `${f.func}\u0000${f.file}\u0000${f.line}`;
    i = this.byKey.get(key);
    if (i === undefined) {
      i = this.frames.length;
      const view = { func: crossingName(f.func), short: crossingName(shortFuncName(f.func)), file: crossingName(f.file), line: f.line, user: !isStdlibFunc(f.func) };
      this.frames.push(view);
      if (view.func !== f.func || view.file !== f.file) this.cutWholes.set(i, { func: f.func, file: f.file, line: f.line });
      this.byKey.set(key, i);
    }
    this.byObject.set(f, i);
    return i;
  }
}

/** The names a group's sentences may hold: its state, its top frames' and its creator's. */
function namesOf(g: GoroutineAnalysis['groups'][number]): string[] {
  const names = [g.state];
  for (const f of [g.userFrame, g.frames[0], g.createdBy]) if (f) names.push(f.func, shortFuncName(f.func), f.file);
  return names;
}

function cutGoroutine(views: readonly GoroutineGroupView[]): number | string | null {
  const cut = views.find(g => g.cut);
  return cut ? cut.ids[0] ?? '' : null;
}

function skippedLines(messages: readonly string[]): number {
  let n = 0;
  for (const m of messages) {
    const skipped = /skipped (\d+) lines?/.exec(m);
    if (skipped) n += Number(skipped[1]);
  }
  return n;
}

export function buildGoroutineViewModel(analysis: GoroutineAnalysis, options: ViewModelOptions): GoroutineAnalysisView {
  return buildGoroutineView(analysis, options).view;
}

/** The whole view and what the worker keeps beside it to page it and search it. */
export interface WholeGoroutineView {
  /** Every group, every stack, each whole (`groupPages.ts` cuts what crosses). */
  readonly view: GoroutineAnalysisView;
  /** The frames whose texts cross cut, by index, as the dump printed them, which the search reads (the rest cross whole). */
  readonly cutFrames: ReadonlyMap<number, SourceFrame>;
  /** Per wait of `view.waits`, the ranks of every group waiting on it (the view lists the first). */
  readonly waitRanks: readonly (readonly number[])[];
}

export function buildGoroutineView(analysis: GoroutineAnalysis, options: ViewModelOptions): WholeGoroutineView {
  const { dump, groups } = analysis;
  const table = new FrameTable();
  const off = options.lineOffset;
  const histograms = groupHistograms(dump.goroutines, groups);
  const before = new ContentKeyedMap<number>();
  let compare: GoroutineCompareView | null = null;
  if (options.base) {
    const rows = compareGroups(options.base.analysis.groups, groups);
    for (const r of rows) if (r.before > 0) before.set(r.key, r.before);
    compare = {
      baseTitle: options.base.title,
      baseTotal: options.base.analysis.total,
      // Every gone group, most goroutines first (the rows come largest growth first, so the gone ones
      // smallest loss first): the worker sends them a page at a time (`groupPages.ts`).
      vanished: rows.filter(r => r.after === 0).sort((a, b) => b.before - a.before).map(r => {
        const top = r.frames.find(f => !isStdlibFunc(f.func)) ?? r.frames[0];
        return { state: crossingName(r.state), topFrame: top ? crossingName(shortFuncName(top.func)) : '', count: r.before };
      }),
    };
  }
  const groupViews: GoroutineGroupView[] = groups.map((g, i) => ({
    rank: i,
    count: g.count,
    ...(g.unlisted ? { unlisted: g.unlisted } : {}),
    state: crossingName(g.state) || (dump.format === 'debug1' ? '(no state)' : ''),
    wait: g.waitMinutes,
    histogram: histograms[i],
    locked: g.lockedToThread,
    frames: g.frames.map(f => table.index(f)),
    topUserFrame: g.userFrame ? table.index(g.userFrame) : -1,
    createdBy: g.createdBy ? table.index(g.createdBy) : -1,
    idle: g.isIdleRuntime,
    crashed: g.crashed,
    race: isRaceState(g.state),
    suspect: g.suspect === null || g.suspect.length <= MAX_CROSSING_NAME_CHARS ? g.suspect : crossingText(g.suspect, namesOf(g)),
    framesElided: g.framesElided,
    stackUnavailable: g.stackUnavailable,
    cut: g.cut,
    ids: g.goroutineIds.slice(0, MAX_IDS).map(idForView),
    firstLines: g.firstLines ? { start: g.firstLines.start + off, end: g.firstLines.end + off } : null,
    ...shownLabels(g.labels),
    ...(options.base ? { baseCount: before.get(g.key) ?? null } : {}),
  }));
  addRowsApart(groupViews, groups, table.frames);
  const groupsByAddress = new ContentKeyedMap<number[]>();
  groups.forEach((g, i) => {
    for (const t of g.waitTargets) {
      const k = `${t.kind} ${t.address}`;
      const list = groupsByAddress.get(k);
      if (list) list.push(i); else groupsByAddress.set(k, [i]);
    }
  });
  const waitTargets = analysis.waitTargets.slice(0, MAX_WAIT_OBJECTS);
  const waitRanks = waitTargets.map(t => groupsByAddress.get(`${t.kind} ${t.address}`) ?? []);
  const waits: WaitObjectView[] = waitTargets.map((t, i) => ({
    kind: t.kind,
    address: t.address,
    ops: Object.entries(t.byOperation).map(([op, count]) => ({ op, count: count ?? 0 })),
    total: t.waiters,
    description: crossingText(t.description),
    ...waitGroups(waitRanks[i]),
  }));
  const lines = (r: { start: number; end: number }) => ({ start: r.start + off, end: r.end + off });
  const stacks: StackView[] = [
    ...dump.runtimeStacks.map(r => ({
      kind: 'runtime' as const, frames: r.frames.map(f => table.index(f)), createdBy: -1, framesElided: false, lines: lines(r.lines),
    })),
    ...dump.headlessStacks.map(h => ({
      kind: 'headless' as const, frames: h.frames.map(f => table.index(f)), createdBy: h.createdBy ? table.index(h.createdBy) : -1,
      framesElided: h.framesElided === true, lines: lines(h.lines),
    })),
  ];
  const stackSuspect = analysis.stackSuspect;
  const messages = dump.warnings.map(w => w.message);
  const view: GoroutineAnalysisView = {
    similarity: options.similarity,
    summary: {
      total: analysis.total,
      parsed: analysis.parsed,
      unlisted: (dump.unlisted ?? []).reduce((n, u) => n + u.count, 0),
      raceAccesses: analysis.raceAccesses,
      groups: groups.length,
      truncated: dump.truncated,
      truncatedInRegisterDump: dump.truncatedInRegisterDump === true,
      skippedLines: skippedLines(messages),
      warningCount: dump.warnings.length,
      warnings: dump.warnings.slice(0, MAX_WARNINGS_SHOWN).map(w => ({ line: w.line + off, message: crossingText(w.message) })),
      crash: dump.crash ? crossingText(dump.crash.message) : null,
      crashRecovered: dump.crash?.recovered === true,
      stackSuspect: stackSuspect
        ? { sentence: crossingText(stackSuspect.sentence, stackSuspect.frame ? [stackSuspect.frame.func, stackSuspect.frame.file] : []), frame: stackSuspect.frame ? table.index(stackSuspect.frame) : -1, crashed: stackSuspect.crashed }
        : null,
      cutAtStart: dump.cutAtStart,
      pasterGaps: (dump.pasterGaps ?? []).map(line => line + off),
      stuck: analysis.stuck?.kind ?? null,
      format: dump.format,
      leakSuspects: groups.filter(g => g.suspect).length,
      raceSuspects: groupViews.filter(g => g.suspect && g.race).length,
      crashedGroup: groups.some(g => g.crashed),
      cutGoroutine: cutGoroutine(groupViews),
      earlierDumps: dump.earlierDumps.map(d => ({ start: d.lines.start + off, end: d.lines.end + off, goroutines: d.goroutines })),
      elapsedMs: options.elapsedMs,
    },
    frames: table.frames,
    groups: groupViews,
    waits,
    stacks,
    flame: goroutineFlame(groupViews, groupViews.keys(), table.frames.length),
    compare,
    unsentGroups: 0,
  };
  return { view, cutFrames: table.cutWholes, waitRanks };
}
