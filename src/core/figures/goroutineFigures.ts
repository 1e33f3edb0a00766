// Figures of a goroutine dump: per function, how many goroutines wait there, in which state, how long.
import { formatCount, type GoroutineGroup } from '../goroutines';
import { parseProfileFunctionName, withoutVendorPrefix } from '../sources';
import type { FigureData, FunctionFigureData, LineFigureData } from './figureData';
import { formatWaitMinutes } from '../../shared/waitFormat';
import { ContentKeyedMap, ContentKeyedSet } from '../../shared/contentKeyedMap';
import { crossingName, crossingText } from '../../shared/nameLimit';

/**
 * The characters of figures that cross, functions' and lines' each: the most goroutines first. A
 * dump of 10^4 distinct functions of 1,000-character names made 45 MB of figures; a lens on a
 * function where one goroutine of 10^4 waits says little.
 */
const FIGURES_BUDGET_CHARS = 2_000_000;

/** The first of `items` (most goroutines first) whose texts fit the budget. */
function withinBudget<T>(items: T[], weight: (t: T) => number, size: (t: T) => number): T[] {
  items.sort((a, b) => weight(b) - weight(a));
  let used = 0;
  let n = 0;
  while (n < items.length && used + size(items[n]) <= FIGURES_BUDGET_CHARS) used += size(items[n++]);
  return items.slice(0, n);
}

/**
 * What the label says when the budget left figures out, so a function without a lens is not read
 * as one where no goroutine waits: "lenses on the 1,200 busiest of 5,000 functions".
 */
function leftOutNote(functions: number, allFunctions: number, lines: number, allLines: number): string {
  const parts: string[] = [];
  if (functions < allFunctions) parts.push(`lenses on the ${formatCount(functions)} busiest of ${formatCount(allFunctions)} functions`);
  if (lines < allLines) parts.push(`line figures on the ${formatCount(lines)} busiest of ${formatCount(allLines)} lines`);
  return parts.length ? ` · ${parts.join(', ')}` : '';
}

interface Tally { count: number; states: Map<string, number>; minWait: number; maxWait: number; suspects: string[] }

/**
 * The figures cross to the extension host as the goroutine view does, each text cut
 * (src/shared/nameLimit.ts): a dump's line, so a name or state, may be 8 MiB. A name or file cut
 * is a reference no source file declares, so it matches no lens.
 *
 * Each group counts toward the function of its innermost user frame (where it is stuck, as a user
 * reads it) — falling back to its innermost frame — and toward the line of that frame.
 */
export function goroutineFigures(groups: readonly GoroutineGroup[], fileName: string, total: number): FigureData {
  const byFunc = new ContentKeyedMap<Tally>();
  const byLine = new ContentKeyedMap<{ file: string; line: number; count: number; states: Set<string> }>();
  for (const g of groups) {
    const frame = g.userFrame ?? g.frames[0];
    if (!frame) continue;
    const t: Tally = byFunc.get(frame.func) ?? { count: 0, states: new ContentKeyedMap<number>(), minWait: Infinity, maxWait: -Infinity, suspects: [] };
    t.count += g.count;
    // The crashing goroutine reads `running`; what a lens should say is that it crashed there. It is one
    // of its group: the others with its stack are in the group's own state.
    const state = g.crashed ? 'crashed' : g.state;
    const inState = g.crashed ? 1 : g.count;
    if (state) t.states.set(state, (t.states.get(state) ?? 0) + inState);
    if (inState < g.count && g.state) t.states.set(g.state, (t.states.get(g.state) ?? 0) + g.count - inState);
    if (g.waitMinutes) { t.minWait = Math.min(t.minWait, g.waitMinutes.min); t.maxWait = Math.max(t.maxWait, g.waitMinutes.max); }
    if (g.suspect) t.suspects.push(g.suspect);
    byFunc.set(frame.func, t);
    if (frame.file && frame.line > 0) {
      const key = `${frame.file}:${frame.line}`;
      const l = byLine.get(key) ?? { file: frame.file, line: frame.line, count: 0, states: new ContentKeyedSet() };
      l.count += g.count;
      if (state) l.states.add(state);
      if (inState < g.count && g.state) l.states.add(g.state);
      byLine.set(key, l);
    }
  }
  const functions: FunctionFigureData[] = [];
  for (const [name, t] of byFunc) {
    const parsed = parseProfileFunctionName(name);
    if (!parsed) continue;
    const states = [...t.states.entries()].sort((a, b) => b[1] - a[1]).map(([s]) => crossingName(s));
    const wait = t.maxWait > 0 ? ` · ${formatWaitMinutes(t.minWait, t.maxWait)}` : '';
    functions.push({
      name: crossingName(name),
      packagePath: crossingName(withoutVendorPrefix(parsed.packagePath)),
      title: crossingText(`${formatCount(t.count)} goroutine${t.count === 1 ? '' : 's'}${states.length ? ` · ${states.slice(0, 2).join(', ')}` : ''}${wait}`),
      detail: crossingText([crossingName(name), ...t.suspects.slice(0, 2).map(s => crossingText(s, [name, ...t.states.keys()]))].join('\n')),
      weight: t.count,
    });
  }
  const lines: LineFigureData[] = [...byLine.values()].map(l => ({
    file: crossingName(l.file), line: l.line, fraction: total > 0 ? l.count / total : 0,
    text: crossingText(`${formatCount(l.count)} goroutine${l.count === 1 ? '' : 's'}${l.states.size ? ` · ${[...l.states].map(s => crossingName(s)).join(', ')}` : ''}`),
    detail: `${formatCount(l.count)} of ${formatCount(total)} goroutines are at this line`,
  }));
  const keptFunctions = withinBudget(functions, f => f.weight, f => f.name.length + f.packagePath.length + f.title.length + f.detail.length);
  const keptLines = withinBudget(lines, l => l.fraction, l => l.file.length + l.text.length + l.detail.length);
  return {
    kind: 'goroutines', label: `${fileName} · ${formatCount(total)} goroutines${leftOutNote(keptFunctions.length, functions.length, keptLines.length, lines.length)}`,
    functions: keptFunctions,
    lines: keptLines,
  };
}
