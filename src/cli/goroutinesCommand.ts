// `goprof goroutines FILE [--similarity default|args|exact] [--base FILE] [--json]`:
// groups of a goroutine dump, likely problem first.
import { closeSync, fstatSync, readSync } from 'node:fs';
import type { CliCommand, CliIo } from './command';
import { InputError, UsageError, flagString, parseArgs } from './args';
import { shownInput } from '../core/pprof/errors';
import {
  ORDER_SAMPLE_BYTES, compareGroups, crashHeadline, describeFrame, formatCount, isStdlibFunc, pushFrameWords, shortFuncName,
  type GoroutineAnalysis, type GoroutineGroup, type GroupGrowth, type HeadlessStack, type RuntimeStack, type Similarity, type SourceFrame, type WordSink,
} from '../core/goroutines';
import { GoroutineInputStream, InputError as CoreInputError } from '../core/input';
import { nodeGunzip } from '../node/gunzip';
import { nodeByteSearch } from '../node/byteSearch';
import { InputFileError, openInputFile } from '../node/inputFile';
import { withVisibleControls } from '../core/format';
import { readError } from './profileInput';
import { tuneV8ForFinish, tuneV8ForInputSize } from './v8Tuning';
import { JsonRecords, writePrettyJson, writePrettyJsonBytes } from './prettyJson';
import { WAIT_HOURS_FROM_MINUTES, formatWaitDuration, formatWaitMinutes, goWaitMinutes } from '../shared/waitFormat';
import { ContentKeyedMap } from '../shared/contentKeyedMap';

const SIMILARITIES: readonly Similarity[] = ['default', 'args', 'exact'];

export async function goroutinesCommand(argv: string[], io: CliIo): Promise<void> {
  const args = parseArgs(argv, ['similarity', 'base'], ['json']);
  if (args.positional.length !== 1) throw new UsageError('goroutines takes exactly one FILE');
  const similarity = (flagString(args, 'similarity') ?? 'default') as Similarity;
  if (!SIMILARITIES.includes(similarity)) {
    throw new UsageError(`--similarity must be one of ${SIMILARITIES.join(', ')}, got "${shownInput(similarity)}"`);
  }
  const basePath = flagString(args, 'base');
  if (args.positional[0] === '-' && basePath === '-') throw new UsageError('only one of FILE and --base can be - (standard input)');
  const analysis = await analyzeFile(args.positional[0], similarity);
  const growth = basePath === undefined ? undefined : compareGroups((await analyzeFile(basePath, similarity)).groups, analysis.groups);
  if (args.flags.has('json')) {
    // Bytes as they are where the output takes them; text where it does not.
    if (io.outBytes) writePrettyJsonBytes(toJson(analysis, growth), io.outBytes);
    else writePrettyJson(toJson(analysis, growth), io.out);
    io.out('\n');
  }
  // Names and messages come from the file: shown as text, they must not carry terminal controls.
  else {
    const joined = new JoinedLines(text => io.out(withVisibleControls(text)));
    writeTextLines(analysis, growth, joined);
    joined.end();
  }
  if (!args.flags.has('json')) for (const w of analysis.dump.warnings) io.err(`warning: ${withVisibleControls(w.message)}\n`);
}

// Read size: large enough that the per-read work is negligible (1,300 reads for an 86 MB dump, a
// few milliseconds), and under the 128 KiB from which glibc's malloc maps a block of its own: such a
// block is kept whole until the buffer is collected, and freeing it raises the memory malloc's arenas
// keep (fileBytesOutsideMalloc.ts); a smaller one is reused from the heap.
const READ_CHUNK_BYTES = 1 << 16;

/**
 * Streams the file through core/input (synchronous reads: nothing else runs meanwhile); `-` is
 * standard input, read as it arrives (`kubectl logs pod | goprof goroutines -`).
 */
async function analyzeFile(path: string, similarity: Similarity): Promise<GoroutineAnalysis> {
  const name = path === '-' ? 'standard input' : path;
  const newStream = (rereadable: boolean) => new GoroutineInputStream({ similarity, gunzip: nodeGunzip, byteSearch: nodeByteSearch, rereadable });
  try {
    if (path === '-') {
      const stream = newStream(false);
      for await (const chunk of process.stdin as AsyncIterable<Uint8Array>) stream.push(chunk);
      tuneV8ForFinish();
      return stream.finish();
    }
    // A file past the order's sample can be read again: its order (a dump copied newest line first)
    // is then voted on as it is scanned, without holding its first MiB, and it is read again when
    // the vote asks for it. A smaller file is held whole (its size at most) and read once.
    const first = pushFile(path, newStream);
    if (!first.needsRereading) {
      tuneV8ForFinish();
      const analysis = first.finish();
      if (!first.needsRereading) return analysis;
    }
    const again = pushFile(path, () => newStream(false));
    tuneV8ForFinish();
    return again.finish();
  } catch (e) {
    if (e instanceof CoreInputError) throw new InputError(`${name}: ${e.message}`);
    throw e;
  }
}

/** Pushes the file into a new stream, `rereadable` when a regular file past the order's sample; stops early when the stream needs rereading. */
function pushFile(path: string, newStream: (rereadable: boolean) => GoroutineInputStream): GoroutineInputStream {
  let fd: number;
  try {
    fd = openInputFile(path);
  } catch (e) {
    throw e instanceof InputFileError ? new InputError(`${path}: ${e.message}`) : readError(path, e);
  }
  try {
    const stat = fstatSync(fd);
    const stream = newStream(stat.isFile() && stat.size > ORDER_SAMPLE_BYTES);
    const buffer = new Uint8Array(READ_CHUNK_BYTES);
    for (let first = true; !stream.needsRereading; first = false) {
      let length: number;
      try {
        length = readSync(fd, buffer, 0, buffer.length, null);
      } catch (e) {
        throw readError(path, e);
      }
      if (length === 0) break;
      if (first && !(buffer[0] === 0x1f && buffer[1] === 0x8b)) tuneV8ForInputSize(stat.size);
      stream.push(buffer.subarray(0, length));
    }
    return stream;
  } finally {
    closeSync(fd);
  }
}

function frameJson(f: SourceFrame): { func: string; file: string; line: number } {
  return { func: f.func, file: f.file, line: f.line };
}

const FRAME_KEYS = ['func', 'file', 'line'] as const;

/** A stack's frames as `frames.map(frameJson)` writes them, without an object per frame. */
function framesJson(frames: readonly SourceFrame[]): JsonRecords<SourceFrame> {
  return new JsonRecords(frames, FRAME_KEYS);
}

function groupJson(g: GoroutineGroup) {
  return {
    count: g.count, state: g.state, waitMinutes: g.waitMinutes, lockedToThread: g.lockedToThread,
    frames: framesJson(g.frames), createdBy: g.createdBy ? frameJson(g.createdBy) : null, labels: g.labels,
    suspect: g.suspect,
    // Beyond the documented shape: what views need to reveal and filter groups.
    stateInferred: g.stateInferred, isIdleRuntime: g.isIdleRuntime, leaked: g.leaked, goroutineIds: g.goroutineIds,
    firstLines: g.firstLines, waitHistogram: g.waitHistogram, waitTargets: g.waitTargets, crashed: g.crashed, cut: g.cut,
    ...(g.unlisted ? { unlisted: g.unlisted } : {}),
    ...(g.creatorCallers ? { creatorCallers: framesJson(g.creatorCallers) } : {}),
  };
}

function toJson(a: GoroutineAnalysis, growth: GroupGrowth[] | undefined) {
  const suspect = a.stackSuspect;
  return {
    total: a.total, parsed: a.parsed, raceAccesses: a.raceAccesses, truncated: a.dump.truncated, groups: a.groups.map(groupJson),
    warnings: a.dump.warnings.map(w => ({ line: w.line, message: w.message })),
    format: a.dump.format, crash: a.dump.crash, waitTargets: a.waitTargets, earlierDumps: a.dump.earlierDumps,
    // Stacks that are no goroutine of a group: a crash's runtime stacks, and stacks whose goroutine header is not in the text.
    runtimeStacks: a.dump.runtimeStacks.map(r => ({ lines: r.lines, frames: framesJson(r.frames) })),
    headlessStacks: a.dump.headlessStacks.map(h => ({ lines: h.lines, frames: framesJson(h.frames), createdBy: h.createdBy ? frameJson(h.createdBy) : null,
      ...(h.framesElided ? { framesElided: true } : {}) })),
    cutAtStart: a.dump.cutAtStart,
    stackSuspect: suspect ? { sentence: suspect.sentence, frame: suspect.frame ? frameJson(suspect.frame) : null, crashed: suspect.crashed } : null,
    ...(growth ? { growth: growth.map(growthJson) } : {}),
    ...(a.growthSincePreviousDump ? { growthSincePreviousDump: a.growthSincePreviousDump.map(growthJson) } : {}),
    ...(a.separateFromPreviousDump ? { separateFromPreviousDump: true } : {}),
  };
}

function growthJson(r: GroupGrowth) {
  return {
    before: r.before, after: r.after, delta: r.delta, state: r.state, frames: framesJson(r.frames),
    createdBy: r.createdBy ? frameJson(r.createdBy) : null,
  };
}

/** Go's minutes under two hours; past them the views' hours with Go's minutes beside, which a search of the dump finds. */
function minutesText(g: GoroutineGroup): string {
  const m = g.waitMinutes;
  if (!m) return '';
  if (m.max >= WAIT_HOURS_FROM_MINUTES) {
    const median = m.min === m.max ? '' : `, median ${formatWaitDuration(m.median)}`;
    return ` [${formatWaitMinutes(m.min, m.max)} (${goWaitMinutes(m.min, m.max)})${median}]`;
  }
  return m.min === m.max ? ` [${m.max} minute${m.max === 1 ? '' : 's'}]` : ` [${m.min}–${m.max} minutes, median ${m.median}]`;
}

function writeGroupLines(g: GoroutineGroup, out: JoinedLines): void {
  const state = g.state === '' ? 'unknown state' : g.stateInferred ? `${g.state} (from frames)` : g.state;
  const locked = g.lockedToThread ? ` [locked to thread: ${g.lockedToThread}]` : '';
  const creator = g.createdBy ? ` [created by ${describeFrame(g.createdBy)}]` : '';
  const labels = hasKeys(g.labels) ? ` ${JSON.stringify(g.labels)}` : '';
  const unlisted = g.unlisted ? ` (${formatCount(g.count - g.unlisted)} listed, ${formatCount(g.unlisted)} counted only)` : '';
  out.line(`${formatCount(g.count)}${unlisted}: ${state}${minutesText(g)}${locked}${creator}${labels}`);
  // Indexed loops where a line is written per item: an array's iterator made an object per step
  // where the code runs unoptimised (the CLI's small inputs: v8Tuning.ts).
  const frames = g.frames;
  for (let i = 0; i < frames.length; i++) out.frameLine('    ', frames[i]);
  if (g.framesElided) out.line('    …frames elided…');
  if (g.stackUnavailable) out.line('    (stack unavailable)');
  if (g.cut) out.line('    …cut off: the text ends here…');
}

/** Whether `o` has an own key, without a list of its keys per group (most groups have no labels). */
function hasKeys(o: object): boolean {
  for (const key in o) if (Object.hasOwn(o, key)) return true;
  return false;
}

const counted = (n: number, noun: string) => `${formatCount(n)} ${noun}${n === 1 ? '' : 's'}`;

/** `-- runtime stack, lines 7–10 --` or `-- stack without its goroutine header, lines 7–16 --`, then its frames. */
function writeStackLines(title: string, stack: RuntimeStack | HeadlessStack, out: JoinedLines): void {
  out.line(`-- ${title}, lines ${stack.lines.start}–${stack.lines.end} --`);
  const frames = stack.frames;
  for (let i = 0; i < frames.length; i++) out.frameLine('    ', frames[i]);
  if ('framesElided' in stack && stack.framesElided) out.line('    …frames elided…');
  if ('createdBy' in stack && stack.createdBy) out.frameLine('    created by ', stack.createdBy);
}

// Pieces of the text output, in characters: whole lines only, so a piece never ends between the
// two halves of a surrogate pair.
const TEXT_PIECE_CHARS = 1 << 16;

/**
 * Lines joined by line breaks, written a piece at a time as they are made: a goroutine 10^6 frames
 * deep is never one string, nor a list of a million lines. A piece's words are joined once, into one
 * flat string: lines appended one by one, and a frame's words joined into its line first, made string
 * pieces (V8's cons strings) that lived as long as the piece and were copied again to write it. The
 * list of words is kept from piece to piece (emptied, it would be grown again by copies each time).
 */
class JoinedLines implements WordSink {
  private readonly words: string[] = [];
  private count = 0;
  private chars = 0;
  private lines = 0;

  constructor(private readonly write: (text: string) => void) {}

  line(text: string): void {
    this.begin();
    this.push(text);
    this.ended();
  }

  /** `prefix` then the frame as describeFrame says it. */
  frameLine(prefix: string, frame: SourceFrame): void {
    this.begin();
    this.push(prefix);
    pushFrameWords(this, frame);
    this.ended();
  }

  push(word: string): void {
    this.words[this.count++] = word;
    this.chars += word.length;
  }

  end(): void {
    this.flush();
  }

  private begin(): void {
    if (this.lines++ > 0) this.push('\n');
  }

  private ended(): void {
    if (this.chars >= TEXT_PIECE_CHARS) this.flush();
  }

  private flush(): void {
    if (this.count === 0) return;
    // The words of a longer piece before are blanked, not cut off.
    if (this.count < this.words.length) this.words.fill('', this.count);
    const piece = this.words.join('');
    this.count = 0;
    this.chars = 0;
    if (piece !== '') this.write(piece);
  }
}

/** The text output's lines (an item may hold several), joined by line breaks; the groups' and stacks' made as they are written. */
function writeTextLines(a: GoroutineAnalysis, growth: GroupGrowth[] | undefined, lines: JoinedLines): void {
  const out: string[] = [];
  const { dump } = a;
  // A crash pasted down to its runtime stack misses all of its goroutines, not only late ones.
  const missing = dump.truncatedInRegisterDump ? ' inside a crash\'s register dump, after the goroutines (they are whole)' : a.total > 0 ? ', goroutines created late are missing' : dump.runtimeStacks.length > 0 ? ', the goroutines are missing' : '';
  const truncated = dump.truncated ? ` — TRUNCATED${missing}` : '';
  const cutAtStart = dump.cutAtStart ? ' — CUT AT THE START, a stack\'s goroutine header is not in the text' : '';
  const races = a.raceAccesses > 0 ? ` (with ${counted(a.raceAccesses, 'stack')} of data race reports)` : '';
  const headless = dump.headlessStacks.length > 0 ? `, ${counted(dump.headlessStacks.length, 'stack')} without a goroutine header` : '';
  out.push(`${counted(a.total, 'goroutine')}, ${counted(a.groups.length, 'group')}${headless}${races}${truncated}${cutAtStart}`);
  const earlier = a.dump.earlierDumps;
  if (earlier.length > 0) {
    const ranges = earlier.map(d => `lines ${d.lines.start}–${d.lines.end} (${counted(d.goroutines, 'goroutine')})`).join(', ');
    out.push(`the last of ${earlier.length + 1} dumps in the file, from line ${earlier[earlier.length - 1].lines.end + 1}; earlier: ${ranges}`);
  }
  if (dump.crash) {
    // A panic's value of several lines: its line number after the first, the others indented under it.
    const [first, ...more] = dump.crash.message.split('\n');
    // A recovered panic is said so here, its message kept as written.
    out.push(`crash${dump.crash.recovered ? ' (recovered)' : ''}: ${first} (line ${dump.crash.line})`, ...more.map(line => `  ${line}`));
  }
  // A crash outranks every suspect; a headless stack's sentence comes only when there is no group.
  if (a.stackSuspect?.crashed) out.push(`CRASH: ${a.stackSuspect.sentence}`);
  // The lines so far, then a suspect's line per group as it is made, not kept in a list.
  for (let i = 0; i < out.length; i++) lines.line(out[i]);
  out.length = 0;
  const groups = a.groups;
  for (let i = 0; i < groups.length; i++) {
    const g = groups[i];
    if (g.suspect) lines.line(`${g.crashed ? 'CRASH' : 'SUSPECT'}: ${g.suspect}`);
  }
  if (a.stackSuspect && !a.stackSuspect.crashed) out.push(`SUSPECT: ${a.stackSuspect.sentence}`);
  for (const t of a.waitTargets.slice(0, 5)) if (t.waiters > 1) out.push(`waiting: ${t.description}`);
  out.push('');
  const active = a.groups.filter(g => !g.isIdleRuntime);
  const idle = a.groups.filter(g => g.isIdleRuntime);
  for (let i = 0; i < out.length; i++) lines.line(out[i]);
  out.length = 0;
  for (let i = 0; i < active.length; i++) { writeGroupLines(active[i], lines); lines.line(''); }
  if (idle.length) {
    const idleCount = idle.reduce((n, g) => n + g.count, 0);
    lines.line(`-- idle runtime/standard library: ${formatCount(idleCount)} goroutine${idleCount === 1 ? '' : 's'} in ${idle.length} group${idle.length === 1 ? '' : 's'} --`);
    lines.line('');
    for (let i = 0; i < idle.length; i++) { writeGroupLines(idle[i], lines); lines.line(''); }
  }
  // After the groups, which are the analysis; in text order, as Go prints them.
  for (const r of dump.runtimeStacks) { writeStackLines('runtime stack', r, lines); lines.line(''); }
  const headlessStacks = dump.headlessStacks;
  for (let i = 0; i < headlessStacks.length; i++) { writeStackLines('stack without its goroutine header', headlessStacks[i], lines); lines.line(''); }
  if (growth) {
    out.push('-- growth since base (before → after) --', ...growthLines(growth.filter(r => r.delta !== 0)), '');
  } else if (a.growthSincePreviousDump) {
    // A log with a dump every round: what grew since the round before, without asking.
    const previous = earlier[earlier.length - 1].lines;
    const changed = a.growthSincePreviousDump.filter(r => r.delta !== 0);
    out.push(`-- growth since the previous dump, lines ${previous.start}–${previous.end} (before → after) --`,
      ...(changed.length ? growthLines(changed) : ['no group changed']), '');
  } else if (a.separateFromPreviousDump) {
    const previous = earlier[earlier.length - 1];
    const crash = previous.crash ?? dump.crash;
    out.push(`-- the previous dump, lines ${previous.lines.start}–${previous.lines.end}, and this one are separate events (${previous.crash ? 'it' : 'this one'} crashed: ${crashHeadline(crash?.message ?? '')}): no growth compared --`, '');
  }
  for (const line of out) lines.line(line);
}

/**
 * One line per changed group: its state, first frame of your code (else the innermost frame) and
 * creator. Groups that would read alike (recursion depth, callers further down) also get their stack.
 */
function growthLines(rows: readonly GroupGrowth[]): string[] {
  const lines = rows.map(r => {
    const top = r.frames.find(f => !isStdlibFunc(f.func)) ?? r.frames[0];
    const creator = r.createdBy ? ` [created by ${describeFrame(r.createdBy)}]` : '';
    return `${r.delta > 0 ? '+' : ''}${formatCount(r.delta)} (${formatCount(r.before)} → ${formatCount(r.after)})` +
      `${r.state ? ` ${r.state}` : ''}${top ? ` ${describeFrame(top)}` : ''}${creator}`;
  });
  const signature = (line: string) => line.slice(line.indexOf(')') + 1);
  const seen = new ContentKeyedMap<number>();
  for (const line of lines) seen.set(signature(line), (seen.get(signature(line)) ?? 0) + 1);
  return lines.map((line, i) => (seen.get(signature(line))! > 1
    ? `${line}\n      stack: ${rows[i].frames.map(f => `${shortFuncName(f.func)}:${f.line}`).join(' ← ')}`
    : line));
}

export const goroutines: CliCommand = {
  name: 'goroutines',
  usage: 'FILE|- [--similarity default|args|exact] [--base FILE] [--json]',
  summary: 'goroutines grouped by wait state and stack, suspects first (- reads standard input)',
  run: goroutinesCommand,
};
