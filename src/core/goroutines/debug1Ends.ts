// Where a debug=1 goroutine profile's text was cut, told from the profile itself. runtime/pprof
// prints `goroutine profile: total N` with N the sum of its records' counts; every started
// goroutine's record ends in runtime.goexit's pc, the same in every record, and a record of a
// goroutine not started yet is that pc alone (`2 @ 0x460e61`, no `#` line: pprof prints one for
// every pc but goexit's); and a pc's `#` line names the same `file:line` wherever it is printed.
// So a last record `N @ 0x…` of one pc other than goexit's was cut in its header or before its
// `#` lines; a last `#` line whose pc another `#` line prints with a longer line number beginning
// with its digits was cut inside its number; and records counting fewer goroutines than the total
// were followed by records the text no longer holds. A record's last `#` line is the frame of its
// last pc (one less than that return address) or, when that pc is goexit's, of the pc above it.
// Not every stack ends in goexit: the runtime stops a stack at the profile's depth (32 pcs before
// Go 1.23, GODEBUG profstackdepth, 128 by default, since), and a runtime other than gc's may end
// its stacks elsewhere; the profile's first record is the most common stack, often such a cut
// one. So goexit's pc is learnt from a record the next one closed whole, the one pc it printed no
// `#` line for, its last; before one says so, a last `#` line of either of the last two pcs is whole.
import { ContentKeyedMap } from '../../shared/contentKeyedMap';

/** A record's header's pcs after its `@`; a header of millions of them is never split whole. */
const PC = /^0x[0-9a-f]{1,16}$/;

/** The header's last `count` words after its `@`, last first, while they are pcs (fewer when it holds fewer). */
function lastPcs(header: string, count: number): string[] {
  const pcs: string[] = [];
  const at = header.indexOf(' @ ');
  let end = header.length;
  while (end > at + 3 && header.charCodeAt(end - 1) <= 0x20) end--;
  while (pcs.length < count && end > at + 3) {
    const space = header.lastIndexOf(' ', end - 1);
    const word = header.slice(space + 1, end);
    if (!PC.test(word)) break;
    pcs.push(word);
    end = space;
    while (end > at + 3 && header.charCodeAt(end - 1) === 0x20) end--;
  }
  return pcs;
}

/**
 * Whether a `#` line's pc is the frame of the header's return address `returnPc`: Go prints the
 * call's pc, one less; a writer that prints the address itself is read alike.
 */
function frameOf(framePc: string, returnPc: string): boolean {
  if (!PC.test(framePc)) return false;
  const frame = BigInt(framePc);
  const ret = BigInt(returnPc);
  return frame === ret - 1n || frame === ret;
}

/** How many words follow the header's `@`: its pcs. Counted on the characters: a header may hold millions. */
function pcCount(header: string): number {
  const at = header.indexOf(' @ ');
  if (at < 0) return 0;
  let words = 0;
  let inWord = false;
  for (let p = at + 3; p < header.length; p++) {
    const blank = header.charCodeAt(p) <= 0x20;
    if (!blank && !inWord) words++;
    inWord = !blank;
  }
  return words;
}

/** Whether the header holds one pc alone after its `@`. */
function onePc(header: string): boolean {
  const at = header.indexOf(' @ ');
  return at >= 0 && PC.test(header.slice(at + 3).trim());
}

export class Debug1Ends {
  /** runtime.goexit's pc in the profile being read, once a record closed whole shows it (see above), else null. */
  private goexitPc: string | null = null;
  /** The line number printed with each pc of a `#` line, the first time it was. */
  private readonly numberOfPc = new ContentKeyedMap<number>();
  /** The last `#` frame line read: its line, pc and printed line number. */
  private lastFrame: { readonly line: number; readonly pc: string; readonly number: number } | null = null;
  /** The open record's last two pcs, last first (fewer when it holds fewer). */
  private lastHeaderPcs: readonly string[] = [];
  /** The pc printed on the open record's last `#` line, or null before any. */
  private lastFramePc: string | null = null;
  /** The open record's `N @ 0x…` line. */
  private header = '';
  /** The open record's `#` frame lines. */
  private framesPrinted = 0;
  /** The open record's pcs from its first `#` line's on, or -1 when that line's pc is not among its first ones. */
  private pcsFromFirstFrame = -1;

  /** A new profile: its records, not the last one's, say what its goexit is. */
  beginProfile(): void {
    this.goexitPc = null;
    this.numberOfPc.clear();
    this.lastFrame = null;
    this.lastHeaderPcs = [];
    this.lastFramePc = null;
  }

  /** The `N @ 0x…` line of a record begun: the record before it was closed whole. */
  noteRecordHeader(header: string): void {
    if (this.goexitPc === null && this.lastFramePc !== null && this.lastHeaderPcs.length === 2 &&
      frameOf(this.lastFramePc, this.lastHeaderPcs[1]) && !frameOf(this.lastFramePc, this.lastHeaderPcs[0])) {
      this.goexitPc = this.lastHeaderPcs[0];
    }
    this.lastHeaderPcs = lastPcs(header, 2);
    this.lastFramePc = null;
    this.header = header;
    this.framesPrinted = 0;
    this.pcsFromFirstFrame = -1;
  }

  /**
   * The open record's first `#` line is the frame of its header's pc after `hidden` others (the
   * runtime's frames pprof hides above it), or of none of its first pcs when null (a writer whose
   * `#` lines are not its header's pcs' frames).
   */
  noteFirstFrame(hidden: number | null): void {
    this.pcsFromFirstFrame = hidden === null ? -1 : pcCount(this.header) - hidden;
  }

  /** A `#` line at `line` printed `pc` with line number `number`. */
  noteFrameLine(line: number, pc: string, number: number): void {
    if (!this.numberOfPc.has(pc)) this.numberOfPc.set(pc, number);
    this.lastFrame = { line, pc, number };
    this.noteFramePc(pc);
  }

  /** A `#` line printed `pc` alone, a pc pprof has no function for (a C frame's). */
  noteBarePcLine(pc: string): void {
    this.noteFramePc(pc);
  }

  private noteFramePc(pc: string): void {
    this.framesPrinted++;
    this.lastFramePc = pc;
  }

  /**
   * The record being read printed frames, but its last `#` line is neither its last pc's frame (a
   * stack that ends elsewhere than goexit, or that the profile's depth cut) nor, when that pc is
   * goexit's or may be, the frame of the pc above it; or it printed fewer `#` lines than its pcs
   * from its first `#` line's to that one (pprof prints one for each; a stack of recursion repeats
   * its pcs): cut after that line. A record whose `#` lines are not its pcs' frames tells nothing.
   */
  frameLinesCut(): boolean {
    const pcs = this.lastHeaderPcs;
    if (this.lastFramePc === null || pcs.length === 0 || this.pcsFromFirstFrame < 0) return false;
    const endsAtLast = frameOf(this.lastFramePc, pcs[0]);
    const endsAbove = !endsAtLast && pcs.length === 2 && frameOf(this.lastFramePc, pcs[1]) && (this.goexitPc === null || this.goexitPc === pcs[0]);
    if (!endsAtLast && !endsAbove) return true;
    return this.framesPrinted < this.pcsFromFirstFrame - (endsAtLast ? 0 : 1);
  }

  /** A record's header of a single pc that is not goexit's (which the profile's other records show): cut. */
  singlePcCut(header: string): boolean {
    return this.goexitPc !== null && onePc(header) && lastPcs(header, 1)[0] !== this.goexitPc;
  }

  /** The `#` line at `line` printed its pc's line number cut short: another printed it longer, with the same first digits. */
  numberCutAt(line: number): boolean {
    const last = this.lastFrame;
    if (last === null || last.line !== line) return false;
    const whole = this.numberOfPc.get(last.pc);
    return whole !== undefined && whole !== last.number && String(whole).startsWith(String(last.number));
  }
}
