// The incident: the heap profile says what holds the memory, the goroutine dump who holds it and
// since when; read together here once, for the CLI's `incident` command, the incident view and the
// exported report.
import { formatCount, shortFuncName, type GoroutineAnalysis, type GoroutineGroup } from '../../goroutines';
import type { StackView } from '../../pprof';
import { formatBytes } from '../../format';
import { pprofTopReport, topJsonRows } from '../pprofTop';
import { gatherCaptures, incidentFiles, type Capture, type GatheredCaptures, type IncidentInputFile, type IncidentReadOptions } from './gatherCaptures';
import { groupJoinFunctions, joinHeap, joinName, joinView, sameBinary, sameProcess, type ProcessVerdict } from './heapJoin';
import { CreatorPaths } from './creatorPaths';
import { accountMemory, MIN_STACK_BYTES } from './memoryAccounting';
import { LEAK_WINDOW, overTimeSeries } from './overTime';
import { percentOf } from './percent';
import { contentionSentence, isLockWait, likelyHolder } from './contention';
import { describeFrame } from '../../goroutines';
import { stackEnds } from '../goroutines/stackEnds';
import type { CreatorCallPath, Incident, IncidentSuspect, IncidentTopRow, MemStatsFigures, OverTimeSeries, SourceRef, SuspectHeapJoin } from './incidentModel';

const MAX_SUSPECTS = 10;
const HEAP_TOP_ROWS = 20;
const MORE_SUSPECT_SENTENCES = 2;

/** Reads the files (through core/input) and builds the incident. Never throws for a bad file: it is listed in `unread`. */
export function buildIncident(files: readonly IncidentInputFile[], options: IncidentReadOptions = {}): Incident {
  return incidentFromCaptures(gatherCaptures(files, options));
}

export function incidentFromCaptures(gathered: GatheredCaptures): Incident {
  return incidentWithStacks(gathered).incident;
}

/** The incident, and each suspect's whole frames when its stack crosses cut (null when whole), for a view to page. */
export function incidentWithStacks(gathered: GatheredCaptures): { incident: Incident; suspectStacks: (readonly SourceRef[] | null)[] } {
  const { captures } = gathered;
  const dump = pickDump(captures);
  const heap = latest(captures.filter(c => c.kind === 'heap' && !c.delta && c.profile?.sampleTypes.some(t => t.type === 'inuse_space')),
    c => (c.profile!.format === 'proto' ? 1 : 0));
  const allocs = latest(captures.filter(c => c.kind === 'allocs' && !c.delta)) ?? heap;
  const memStatsCapture = latest(captures.filter(c => c.memStats !== null));
  const memStats: MemStatsFigures | null = memStatsCapture?.memStats ?? null;
  const analysis = dump?.goroutines ?? null;

  const heapView = heap ? joinView(heap.profile!, 'inuse_space') : null;
  const allocsView = allocs ? joinView(allocs.profile!, 'alloc_space') : null;
  const heapVerdict: ProcessVerdict | null = analysis && heap ? verdictOf(dump!, heap) : null;
  const allocsVerdict: ProcessVerdict | null = analysis && allocs ? (allocs === heap ? heapVerdict
    : heap && !sameBinary(heap.profile!, allocs.profile!).same ? sameBinary(heap.profile!, allocs.profile!) : verdictOf(dump!, allocs)) : null;

  const suspectGroups = analysis ? analysis.groups.filter(g => g.suspect !== null).slice(0, MAX_SUSPECTS) : [];
  const creatorPaths = analysis ? new CreatorPaths(analysis) : null;
  const suspects = suspectGroups.map(g => suspectOf(g, analysis!, {
    heap, heapView, heapVerdict, allocsView: allocsVerdict?.same ? allocsView : null, memStats, creatorPaths: creatorPaths!,
  }));
  const heapTop: IncidentTopRow[] = heapView ? topJsonRows(pprofTopReport(heapView)).slice(0, HEAP_TOP_ROWS).map(r => ({ func: r.func, flat: r.flat, cum: r.cum })) : [];
  const deltaHeap = heap ? null : latest(captures.filter(c => (c.kind === 'heap' || c.kind === 'allocs') && c.delta));
  // A heap profile of another process: this dump's goroutine stacks are not its memory's rest.
  const stacksBeside = analysis && !(heapVerdict && !heapVerdict.same) ? analysis.total : null;
  const memory = accountMemory(heapView ? heapView.total : null, memStats, stacksBeside,
    heap && heap.profile!.period > 0 ? heap.profile!.period : null, deltaHeap?.path ?? null);
  const overTime = overTimeSeries(captures);
  const lockWaiters = suspectGroups[0] && isLockWait(suspectGroups[0].state) ? suspectGroups[0] : null;
  const mutex = lockWaiters ? latest(captures.filter(c => c.kind === 'mutex')) : null;
  const block = latest(captures.filter(c => c.kind === 'block'));
  const lockHolder = lockWaiters ? lockHolderClause(lockWaiters, analysis!, mutex) : '';
  const blockText = block ? contentionSentence(block) : null;
  const used = new Set([dump, heap, allocs === heap ? null : allocs, memStatsCapture, lockHolder.includes('mutex profile') ? mutex : null, blockText ? block : null]
    .filter((c): c is Capture => c !== null && c !== undefined));
  const incident: Incident = {
    files: incidentFiles(captures, used),
    unread: gathered.unread,
    answer: answerSentences({
      analysis, dump, heap, heapView, heapVerdict, suspects, memoryExplained: memory.explained, overTime, unread: gathered.unread.length,
      lockHolder, blockSentence: blockText ? blockText[0].toUpperCase() + blockText.slice(1) : null,
    }),
    suspects,
    memory,
    overTime,
    dumpPath: dump?.path ?? null,
    heapPath: heap?.path ?? null,
    goroutineTotal: analysis ? analysis.total : null,
    heapTop,
  };
  const suspectStacks = suspectGroups.map((g, i) => (suspects[i].framesLeftOut ? g.frames : null));
  return { incident, suspectStacks };
}

/**
 * Whether a dump and a profile are of one process: by the functions they name (sameProcess) and,
 * when the dump is a goroutine profile too, by the binary both name (sameBinary).
 */
export function verdictOf(dump: Capture, profile: Capture): ProcessVerdict {
  if (dump.profile) {
    const binary = sameBinary(dump.profile, profile.profile!);
    if (!binary.same) return binary;
  }
  return sameProcess(dump.goroutines!, profile.profile!);
}

/**
 * Files someone has open side by side, read as one dump and one profile: whether they are of one
 * process. Null when they are not a dump and a profile (a file unread, two dumps, two profiles).
 */
export function dumpAndProfileVerdict(gathered: GatheredCaptures): ProcessVerdict | null {
  const dump = pickDump(gathered.captures);
  const profile = gathered.captures.find(c => c !== dump && c.profile !== null);
  return dump && profile ? verdictOf(dump, profile) : null;
}

/** The dump the answer reads: the richest form (debug=2 has states, minutes, creators), then the latest. */
function pickDump(captures: readonly Capture[]): Capture | null {
  return latest(captures.filter(c => c.goroutines !== null), c => c.dumpRichness);
}

/** The latest capture; among equal times the one `preference` ranks highest. Undated ones count as oldest. */
function latest(captures: readonly Capture[], preference: (c: Capture) => number = () => 0): Capture | null {
  let best: Capture | null = null;
  for (const c of captures) {
    if (!best) { best = c; continue; }
    const order = preference(c) - preference(best) || (c.capturedAtMs ?? -Infinity) - (best.capturedAtMs ?? -Infinity);
    if (order > 0) best = c;
  }
  return best;
}

interface JoinContext {
  readonly heap: Capture | null;
  readonly heapView: StackView | null;
  readonly heapVerdict: ProcessVerdict | null;
  readonly allocsView: StackView | null;
  readonly memStats: MemStatsFigures | null;
  readonly creatorPaths: CreatorPaths;
}

function suspectFrames(frames: GoroutineGroup['frames']): Pick<IncidentSuspect, 'frames' | 'framesLeftOut'> {
  const ends = stackEnds(frames);
  const refs = ends.frames.map(f => ({ func: f.func, file: f.file, line: f.line }));
  return ends.framesLeftOut ? { frames: refs, framesLeftOut: ends.framesLeftOut } : { frames: refs };
}

function suspectOf(g: GoroutineGroup, analysis: GoroutineAnalysis, ctx: JoinContext): IncidentSuspect {
  const creatorPath = ctx.creatorPaths.of(g);
  const functions = groupJoinFunctions(g, creatorPath);
  const joinable = ctx.heapVerdict?.same === true;
  const heapJoin = joinable && ctx.heapView ? joinHeap(ctx.heapView, functions) : null;
  const allocsJoin = ctx.allocsView ? joinHeap(ctx.allocsView, functions) : null;
  const frame = g.userFrame ?? g.frames[0] ?? { func: '', file: '', line: 0 };
  const stackInuse = ctx.memStats?.StackInuse;
  const stackBytes = stackInuse && analysis.total > 0 ? Math.round(stackInuse * g.count / analysis.total) : g.count * MIN_STACK_BYTES;
  const notJoined = !ctx.heap ? 'the folder has no heap profile'
    : ctx.heapVerdict && !ctx.heapVerdict.same ? `${ctx.heap.path} looks like another process: ${ctx.heapVerdict.reason}`
    : functions.length === 0 ? 'its stack has no function of your code to join on'
    : heapJoin === null ? 'none of its functions is on the heap profile\'s stacks' : undefined;
  return {
    sentence: g.suspect! + joinClause(g, creatorPath, heapJoin, ctx, notJoined),
    count: g.count,
    state: g.state,
    waitMinutes: g.waitMinutes ? { min: g.waitMinutes.min, max: g.waitMinutes.max } : null,
    func: frame.func,
    file: frame.file,
    line: frame.line,
    createdBy: g.createdBy ? { func: g.createdBy.func, file: g.createdBy.file, line: g.createdBy.line } : null,
    creatorPath,
    // A stack 10^6 frames deep would cross to the view and fill the report whole: its first and last frames, as the goroutine view's.
    ...suspectFrames(g.frames),
    heap: heapJoin,
    allocs: allocsJoin,
    stackBytes,
    stackBytesBasis: stackInuse && analysis.total > 0 ? 'memstats' : 'minimum',
    groupKey: g.key,
    ...(notJoined !== undefined ? { notJoined } : {}),
  };
}

function joinClause(g: GoroutineGroup, creatorPath: CreatorCallPath | null, join: SuspectHeapJoin | null, ctx: JoinContext, notJoined: string | undefined): string {
  if (!ctx.heap) return '';
  if (ctx.heapVerdict && !ctx.heapVerdict.same) return ` — not joined with ${ctx.heap.path}, which looks like another process (${ctx.heapVerdict.reason})`;
  if (!join) return ` — nothing joins it to the heap: ${notJoined ?? 'no sample of the heap profile holds its functions'}`;
  if (join.value <= 0) return ` — its functions hold none of the in-use heap (${join.functions.map(shortFuncName).join(', ')} allocated only what was freed)`;
  const heaviest = join.functions[0];
  const isCreator = g.createdBy !== null && joinName(g.createdBy.func) === joinName(heaviest);
  // A function only the creator's call path holds is named as such: the group does not run it.
  const onCreatorPath = !isCreator && !g.frames.some(f => joinName(f.func) === joinName(heaviest))
    && (creatorPath?.frames.some(f => joinName(f.func) === joinName(heaviest)) ?? false);
  const who = isCreator ? 'which is' : onCreatorPath ? `its creator's caller ${shortFuncName(heaviest)} is` : `${shortFuncName(heaviest)} is`;
  return ` — ${who} on the stacks holding ${formatBytes(join.value)} (${percentOf(join.fraction)}) of the in-use heap${allocationClause(join)}`;
}

function allocationClause(join: SuspectHeapJoin): string {
  const site = join.allocatedIn[0];
  if (!site) return '';
  return `, allocated in ${shortFuncName(site.func)}${site.under ? ` under ${shortFuncName(site.under)}` : ''}`;
}

interface AnswerInputs {
  readonly analysis: GoroutineAnalysis | null;
  readonly dump: Capture | null;
  readonly heap: Capture | null;
  readonly heapView: StackView | null;
  readonly heapVerdict: ProcessVerdict | null;
  readonly suspects: readonly IncidentSuspect[];
  readonly memoryExplained: string;
  readonly overTime: readonly OverTimeSeries[];
  readonly unread: number;
  /** For a convoy: who likely holds the lock, from the dump and the mutex profile (a clause), or ''. */
  readonly lockHolder: string;
  readonly blockSentence: string | null;
}

function answerSentences(a: AnswerInputs): string[] {
  const out: string[] = [];
  if (a.suspects.length > 0) {
    out.push(a.suspects[0].sentence + a.lockHolder);
  } else if (a.analysis) {
    const groups = a.analysis.groups.length;
    const calm = `No goroutine group looks stuck (${formatCount(a.analysis.total)} goroutine${a.analysis.total === 1 ? '' : 's'} in ${formatCount(groups)} group${groups === 1 ? '' : 's'})`;
    if (a.heap && a.heapVerdict && !a.heapVerdict.same) {
      out.push(`${calm}; ${a.heap.path} looks like another process (${a.heapVerdict.reason}), so it is not joined.`);
    } else if (a.heapView) {
      out.push(`${calm}, so nothing joins the heap to blocked goroutines: ${wholeHeapClause(a.heapView)}.`);
    } else {
      out.push(`${calm}.`);
    }
  } else if (a.heapView) {
    out.push(`No goroutine dump in the folder: ${wholeHeapClause(a.heapView)}.`);
  } else {
    out.push('The folder holds no goroutine dump and no heap profile to read together.');
  }
  const leaks = a.overTime.filter(s => s.leak);
  if (leaks.length > 0) out.push(leakSentence(leaks));
  if (a.blockSentence) out.push(a.blockSentence);
  if (a.heapView || a.memoryExplained.startsWith('The') || a.heap) out.push(a.memoryExplained);
  for (const s of a.suspects.slice(1, 1 + MORE_SUSPECT_SENTENCES)) out.push(`Also: ${s.sentence}.`);
  if (a.unread > 0) out.push(`${formatCount(a.unread)} file${a.unread === 1 ? '' : 's'} could not be read (listed with the reason).`);
  return out.map(s => (/[.!?]$/.test(s) ? s : `${s}.`));
}

/** "; the likely holder: 1 goroutine in sleep in main.(*cache).refresh (main.go:22); the mutex profile puts …" */
function lockHolderClause(waiters: GoroutineGroup, analysis: GoroutineAnalysis, mutex: Capture | null): string {
  const parts: string[] = [];
  const holder = likelyHolder(waiters, analysis);
  if (holder) {
    const frame = holder.frames.find(f => f.func.startsWith(waiters.userFrame!.func.slice(0, waiters.userFrame!.func.lastIndexOf('.') + 1))) ?? holder.userFrame;
    const n = holder.count;
    parts.push(`the likely holder is ${formatCount(n)} goroutine${n === 1 ? '' : 's'} in ${holder.state || 'an unknown state'} in ${frame ? describeFrame(frame) : '?'}`);
  }
  const contention = mutex ? contentionSentence(mutex) : null;
  if (contention) parts.push(contention);
  return parts.length ? `; ${parts.join('; ')}` : '';
}

/** "the 64 MiB in-use heap is allocated mostly in main.fill (95%)" */
function wholeHeapClause(view: StackView): string {
  const everything = joinHeap(view, view.frames.name.map(joinName), { flame: false });
  const site = everything?.allocatedIn[0];
  const total = formatBytes(view.total);
  if (!site || view.total <= 0) return `the in-use heap is ${total}`;
  return `the ${total} in-use heap is allocated mostly in ${shortFuncName(site.func)} (${percentOf(site.value / view.total)})`;
}

function leakSentence(leaks: readonly OverTimeSeries[]): string {
  const n = leaks[0].points.length;
  const parts = leaks.slice(0, 3).map(s => {
    // A long watch names the last values only: the leak is what they show.
    const shown = s.points.length > LEAK_WINDOW + 2 ? s.points.slice(-(LEAK_WINDOW + 1)) : s.points;
    const values = `${shown.length < s.points.length ? '… → ' : ''}${shown.map(p => (s.kind === 'heap' ? formatBytes(p.value) : formatCount(p.value))).join(' → ')}`;
    const appeared = s.firstSeen && s.firstSeen.path !== s.points[0].path ? ` (first seen in ${s.firstSeen.path})` : '';
    return s.kind === 'heap' ? `in-use heap in ${shortFuncName(s.name)} ${values}${appeared}` : `goroutines ${s.name} ${values}${appeared}`;
  });
  const over = n > LEAK_WINDOW ? `over each of the last ${LEAK_WINDOW} of ${n} captures` : `in every one of the ${n} captures`;
  return `Growing ${over} (a leak): ${parts.join('; ')}`;
}
