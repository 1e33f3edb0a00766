// What the Markdown and the HTML report both say, as plain data: the tables' rows and the source
// lines around each frame. Each writer only lays them out (and escapes them its own way).
import { formatBytes, formatCount } from '../../format';
import { shortFuncName } from '../../goroutines/goFunctions';
import type { CreatorCallPath, Incident, IncidentFlameNode, IncidentSuspect, MemStatsFigures, SourceRef } from './incidentModel';
import { percentOf } from './percent';
import { formatWaitMinutes } from '../../../shared/waitFormat';
import { ContentKeyedSet } from '../../../shared/contentKeyedMap';

/** Source text of a file as a frame prints it (a path, maybe -trimpath), or undefined when the caller has none. */
export type SourceLines = (file: string) => string | undefined;

export interface IncidentReportOptions {
  readonly title?: string;
  /** Source text for the stacks' frames (core does no IO: the CLI and the host look the files up). */
  readonly sourceLines?: SourceLines;
  /** Lines shown before and after each frame's line. Default 2. */
  readonly contextLines?: number;
  /** When the report was written, shown in its header; left out when absent (goldens stay stable). */
  readonly writtenAtMs?: number;
}

export interface SourceExcerpt {
  readonly frame: SourceRef;
  /** Empty when no source text was found. */
  readonly lines: readonly { readonly line: number; readonly text: string; readonly current: boolean }[];
}

const MAX_FRAMES_WITH_SOURCE = 12;

export function sourceExcerpts(frames: readonly SourceRef[], options: IncidentReportOptions): SourceExcerpt[] {
  const context = options.contextLines ?? 2;
  return frames.map((frame, i) => {
    const text = i < MAX_FRAMES_WITH_SOURCE && frame.file && frame.line > 0 ? options.sourceLines?.(frame.file) : undefined;
    if (text === undefined) return { frame, lines: [] };
    const all = text.split(/\r?\n/);
    if (frame.line > all.length) return { frame, lines: [] };
    const from = Math.max(1, frame.line - context), to = Math.min(all.length, frame.line + context);
    const lines = [];
    for (let n = from; n <= to; n++) lines.push({ line: n, text: all[n - 1], current: n === frame.line });
    return { frame, lines };
  });
}

/** The source files the report shows lines of (its suspects' frames), so a caller that reads asynchronously can fetch them first. */
export function reportSourceFiles(incident: Incident): string[] {
  const files = new ContentKeyedSet();
  for (const s of incident.suspects) {
    stackWithCreator(s).slice(0, MAX_FRAMES_WITH_SOURCE).forEach(f => { if (f.file && f.line > 0) files.add(f.file); });
  }
  return [...files];
}

/**
 * The functions the incident names outside goroutine frames: joined, allocating, in the joined
 * flame graphs, charted over time, the heap's top rows. Each gets a link (its declaration when
 * no frame of the dump names it) and can focus the profile editor.
 */
export function heapFunctionNames(incident: Incident, options: { readonly flames?: boolean } = {}): Set<string> {
  const names = new ContentKeyedSet();
  const walk = (node: IncidentFlameNode, root: boolean) => {
    if (!root) names.add(node.name);
    for (const c of node.children) walk(c, false);
  };
  for (const s of incident.suspects) {
    for (const join of [s.heap, s.allocs]) {
      if (!join) continue;
      for (const f of join.functions) names.add(f);
      for (const a of join.allocatedIn) { names.add(a.func); if (a.under) names.add(a.under); }
      if (join.flame && options.flames !== false) walk(join.flame, true);
    }
  }
  for (const series of incident.overTime) if (series.kind === 'heap') names.add(series.name);
  for (const row of incident.heapTop ?? []) names.add(row.func);
  return names;
}

/** In a deep stack's place of the frames left out (`IncidentSuspect.framesLeftOut`). */
export function framesLeftOutText(count: number): string {
  return `… ${formatCount(count)} frame${count === 1 ? '' : 's'} between not shown (the dump holds them) …`;
}

/** A suspect's stack with its creator last, as the report prints it. */
export function stackWithCreator(s: IncidentSuspect): SourceRef[] {
  return s.createdBy ? [...s.frames, s.createdBy] : [...s.frames];
}

export function suspectFacts(s: IncidentSuspect): [string, string][] {
  const facts: [string, string][] = [
    ['goroutines', formatCount(s.count)],
    ['state', s.state || '(unknown)'],
  ];
  if (s.waitMinutes) facts.push(['waiting', formatWaitMinutes(s.waitMinutes.min, s.waitMinutes.max)]);
  facts.push(['where', `${shortFuncName(s.func)}${s.file ? ` (${s.file}:${s.line})` : ''}`]);
  if (s.createdBy) facts.push(['created by', `${shortFuncName(s.createdBy.func)}${s.createdBy.file ? ` (${s.createdBy.file}:${s.createdBy.line})` : ''}`]);
  const creatorPath = creatorPathText(s.creatorPath ?? null);
  if (creatorPath) facts.push(["creator's call path", creatorPath]);
  facts.push(['heap in use joined', s.heap ? `${formatBytes(s.heap.value)} (${percentOf(s.heap.fraction)}) via ${s.heap.functions.map(shortFuncName).join(', ')}` : `none${s.notJoined ? ` (${s.notJoined})` : ''}`]);
  if (s.allocs) facts.push(['allocations joined', `${formatBytes(s.allocs.value)} (${percentOf(s.allocs.fraction)})`]);
  facts.push(['goroutine stacks', `${formatBytes(s.stackBytes)}${s.stackBytesBasis === 'memstats' ? ' (share of StackInuse)' : ' (at least: 2 KiB each)'}`]);
  return facts;
}

/** "main.startWatchers ← main.syncLoop (goroutine 18)"; '' without a path. */
export function creatorPathText(path: CreatorCallPath | null): string {
  if (!path) return '';
  const where = path.via === 'creator-goroutine'
    ? `goroutine${path.goroutineIds.length === 1 ? '' : 's'} ${path.goroutineIds.join(', ')}`
    : `${formatCount(path.goroutines)} goroutine${path.goroutines === 1 ? '' : 's'} running the creator now (the dump names no creator goroutine)`;
  return `${path.frames.map(f => shortFuncName(f.func)).join(' ← ')} (${where})`;
}

export function memStatsRows(m: MemStatsFigures): [string, string][] {
  const rows: [string, string][] = [];
  const bytes = (k: keyof MemStatsFigures) => { if (m[k] !== undefined) rows.push([k, formatBytes(m[k]!)]); };
  bytes('HeapInuse'); bytes('HeapIdle'); bytes('HeapReleased'); bytes('HeapAlloc'); bytes('StackInuse'); bytes('Sys');
  if (m.NumGC !== undefined) rows.push(['NumGC', formatCount(m.NumGC)]);
  if (m.MemProfileRate !== undefined) rows.push(['MemProfileRate', formatBytes(m.MemProfileRate)]);
  return rows;
}

export function capturedAt(ms: number | undefined): string {
  return ms === undefined ? '' : new Date(ms).toISOString().replace('.000Z', 'Z');
}

export function seriesValue(kind: 'goroutines' | 'heap', value: number): string {
  return kind === 'heap' ? formatBytes(value) : formatCount(value);
}

export function heapTopRows(incident: Incident): [string, string, string, string, string][] {
  const total = incident.memory.heapProfileTotal ?? 0;
  const pct = (v: number) => (total > 0 ? `${((v / total) * 100).toFixed(2)}%` : '');
  return (incident.heapTop ?? []).map(r => [r.func, formatBytes(r.flat), pct(r.flat), formatBytes(r.cum), pct(r.cum)]);
}
